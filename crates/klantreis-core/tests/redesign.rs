//! From the lived journey to a better one: ideas with their evidence (commands, undo, the
//! links kept right when steps go), the blueprint layers, and the schaduwreis (the procedure
//! as designed beside the journey as lived) on the four examples.

use klantreis_core::idea::{Score, Status};
use klantreis_core::shadow::{shadow, steps_not_in};
use klantreis_core::touchpoint::{WaitUnit, Waiting};
use klantreis_core::{Command, Editor, Id, Idea, Journey, Layer, examples, format};

fn idea_on(j: &Journey, id: &str, steps: &[usize]) -> Idea {
    let mut idea = Idea::new(Id::new(id), format!("Idee {id}"));
    idea.touchpoints = steps.iter().map(|&i| j.touchpoints[i].id.clone()).collect();
    idea.opportunity = j.touchpoints[steps[0]]
        .opportunities
        .first()
        .cloned()
        .unwrap_or_default();
    idea
}

#[test]
fn ideas_are_added_edited_and_removed_with_undo() {
    let j = examples::x();
    assert!(j.ideas.is_empty());
    let mut e = Editor::new(j.clone());
    e.apply(Command::put_idea(&j, idea_on(&j, "a", &[1])))
        .unwrap();
    let mut edited = e.journey().ideas[0].clone();
    edited.impact = Score::new(5).unwrap();
    edited.status = Status::Gekozen;
    e.apply(Command::put_idea(e.journey(), edited)).unwrap();
    assert_eq!(e.journey().ideas.len(), 1);
    assert_eq!(e.journey().ideas[0].impact.value(), 5);
    e.apply(Command::remove_idea(e.journey(), &Id::new("a")))
        .unwrap();
    assert!(e.journey().ideas.is_empty());
    assert!(e.undo());
    assert_eq!(e.journey().ideas[0].status, Status::Gekozen);
    assert!(e.undo() && e.undo());
    assert_eq!(e.journey(), &j);
}

#[test]
fn an_idea_on_a_step_that_is_not_there_is_refused() {
    let j = examples::jan();
    let mut bad = idea_on(&j, "a", &[0]);
    bad.touchpoints.push(Id::new("nergens"));
    let mut e = Editor::new(j.clone());
    assert!(e.apply(Command::put_idea(&j, bad)).is_err());
    assert_eq!(e.journey(), &j);
    let twice = Command::SetIdeas(vec![idea_on(&j, "a", &[0]), idea_on(&j, "a", &[1])]);
    assert!(e.apply(twice).is_err());
}

#[test]
fn removing_a_step_or_its_agency_unlinks_ideas_and_undo_links_them_again() {
    let mut j = examples::jan();
    j.ideas = vec![idea_on(&j, "a", &[1, 2]), idea_on(&j, "b", &[3])];
    let step = j.touchpoints[1].id.clone();
    let mut e = Editor::new(j.clone());
    e.apply(Command::RemoveTouchpoint { id: step.clone() })
        .unwrap();
    assert_eq!(
        e.journey().ideas[0].touchpoints,
        [j.touchpoints[2].id.clone()]
    );
    e.journey().validate().unwrap();
    assert!(e.undo());
    assert_eq!(e.journey(), &j);
    assert!(e.redo());
    assert!(!e.journey().ideas[0].touchpoints.contains(&step));
    assert!(e.undo());

    let agency = j.touchpoints[3].agency.clone();
    e.apply(Command::RemoveAgency { id: agency }).unwrap();
    e.journey().validate().unwrap();
    assert!(e.journey().ideas[1].touchpoints.is_empty());
    assert!(e.undo());
    assert_eq!(e.journey(), &j);
}

#[test]
fn ideas_and_blueprint_layers_survive_the_file_format() {
    let mut j = examples::jan();
    j.ideas = vec![idea_on(&j, "a", &[1])];
    j.ideas[0].pain_points = j.touchpoints[1].pain_points.clone();
    j.ideas[0].effort = Score::new(1).unwrap();
    *j.touchpoints[2].blueprint.get_mut(Layer::Frontstage) = "Uitleg aan de balie".into();
    *j.touchpoints[2].blueprint.get_mut(Layer::Support) = "Suite, Participatiewet".into();
    let back = format::restore(&format::to_json(&j)).unwrap();
    assert_eq!(back, j);
    // The ideas sheet names the evidence by the steps' titles, and skips none.
    let sheet =
        klantreis_core::export::table::ideas(std::slice::from_ref(&j), klantreis_words::Lang::Nl);
    let evidence = sheet
        .headers
        .iter()
        .position(|h| h == "onderbouwing")
        .unwrap();
    assert_eq!(
        sheet.rows[0][evidence],
        klantreis_core::export::table::Cell::Text(j.touchpoints[1].title.clone())
    );
    let bad = format::to_json(&j).replacen(r#""effort":1"#, r#""effort":0"#, 1);
    match format::restore(&bad) {
        Err(format::RestoreError::Shape { path, .. }) => {
            assert_eq!(path, "journey.ideas[0].effort")
        }
        other => panic!("{other:?}"),
    }
}

/// The designed procedure for `lived`: its first step is not in the procedure (an extra
/// contact), one procedure step never happened, and each wait is promised shorter.
fn procedure(lived: &Journey) -> Journey {
    let mut d = lived.designed(Id::new("procedure"), "Procedure", 7);
    d.touchpoints.remove(0);
    let mut skipped = d.touchpoints[0].clone();
    skipped.id = Id::new("overleg");
    skipped.title = "Overleg met de klant over het plan".into();
    skipped.waiting = None;
    d.touchpoints.push(skipped);
    for t in &mut d.touchpoints {
        if let Some(w) = &mut t.waiting {
            *w = Waiting {
                amount: 1,
                unit: WaitUnit::Minutes,
            };
        }
    }
    d
}

#[test]
fn the_schaduwreis_finds_extra_missing_and_late_steps_on_every_example() {
    for lived in examples::all() {
        let d = procedure(&lived);
        assert_eq!(d.designed_of.as_ref(), Some(&lived.id));
        d.validate().unwrap();
        let s = shadow(&d, &lived);
        assert_eq!(
            s.steps.added,
            [lived.touchpoints[0].title.clone()],
            "{}",
            lived.title
        );
        assert_eq!(s.steps.removed, ["Overleg met de klant over het plan"]);
        assert_eq!(steps_not_in(&lived, &d), [lived.touchpoints[0].id.clone()]);
        assert_eq!(steps_not_in(&d, &lived), [Id::new("overleg")]);
        let waited: Vec<&String> = lived.touchpoints[1..]
            .iter()
            .filter(|t| t.waiting.is_some_and(|w| w.minutes() != 1))
            .map(|t| &t.title)
            .collect();
        let gaps: Vec<&String> = s.waits.iter().map(|g| &g.title).collect();
        assert_eq!(gaps, waited, "{}", lived.title);
        assert!(s.waits.iter().all(|g| g.overdue() && g.promised == Some(1)));
        assert!(s.unknown_agencies.is_empty());
    }
}

#[test]
fn an_agency_the_procedure_does_not_know_is_named() {
    let lived = examples::jan();
    let mut d = procedure(&lived);
    let used = lived.touchpoints[2].agency.clone();
    let name = lived.agency(&used).unwrap().name.clone();
    d.agencies.iter_mut().find(|a| a.id == used).unwrap().name = "Iets anders".into();
    assert_eq!(shadow(&d, &lived).unknown_agencies, [name]);
    // Named the same in other case and spacing: the same agency.
    d.agencies.iter_mut().find(|a| a.id == used).unwrap().name =
        format!(" {} ", lived.agency(&used).unwrap().name.to_uppercase());
    assert!(shadow(&d, &lived).unknown_agencies.is_empty());
}
