//! Phases of a journey: bands over the map, validation, and removing a phase with undo.

use klantreis_core::phase::{Band, Phase, vng_phases};
use klantreis_core::{Command, Editor, Id, Journey, examples};

fn with_phases() -> Journey {
    let mut j = examples::x();
    j.phases = vng_phases(false);
    let n = j.touchpoints.len();
    for (i, t) in j.touchpoints.iter_mut().enumerate() {
        // The first two in orientation, then application; the last back in orientation.
        let p = if i < 2 || i == n - 1 { 0 } else { 1 };
        t.phase = Some(j.phases[p].id.clone());
    }
    j.touchpoints[2].phase = None;
    j
}

#[test]
fn bands_follow_the_journeys_steps() {
    let j = with_phases();
    let n = j.touchpoints.len();
    assert_eq!(
        j.phase_bands(),
        vec![
            Band {
                phase: 0,
                first: 0,
                steps: 2
            },
            Band {
                phase: 1,
                first: 3,
                steps: n - 4
            },
            Band {
                phase: 0,
                first: n - 1,
                steps: 1
            },
        ]
    );
    j.validate().unwrap();
}

#[test]
fn removing_a_phase_takes_its_touchpoints_out_and_one_undo_puts_all_back() {
    let j = with_phases();
    let mut editor = Editor::new(j.clone());
    let kept: Vec<Phase> = j.phases[1..].to_vec();
    editor.apply(Command::set_phases(&j, kept)).unwrap();
    let after = editor.journey();
    assert_eq!(after.phases.len(), 5);
    assert!(
        after
            .touchpoints
            .iter()
            .all(|t| t.phase.as_ref() != Some(&j.phases[0].id))
    );
    assert_eq!(after.phase_bands().len(), 1);
    assert!(editor.undo());
    assert_eq!(editor.journey(), &j);
}

#[test]
fn a_touchpoint_in_a_phase_the_journey_lacks_is_invalid_with_its_path() {
    let mut j = with_phases();
    j.touchpoints[1].phase = Some(Id::new("nergens"));
    j.phases.push(Phase {
        id: j.phases[0].id.clone(),
        name: " ".into(),
    });
    let errors = j.validate().unwrap_err();
    let paths: Vec<&str> = errors.0.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        ["phases[6].id", "phases[6].name", "touchpoints[1].phase"]
    );
}

#[test]
fn the_example_of_jan_walks_through_the_vng_phases() {
    let j = examples::jan();
    let names: Vec<&str> = j
        .phase_bands()
        .iter()
        .map(|b| j.phases[b.phase].name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Oriëntatie",
            "Aanvraag",
            "Intake",
            "Besluit",
            "Uitvoering",
            "Nazorg"
        ]
    );
}
