//! Pooling, selections, views and comparisons over a seeded population of journeys.

use klantreis_core::examples;
use klantreis_core::generate::population;
use klantreis_core::patterns::composition::Zone;
use klantreis_core::patterns::selection::AnswerIs;
use klantreis_core::patterns::stats::{self, MIN_GROUP};
use klantreis_core::patterns::views::{self, QuestionView};
use klantreis_core::patterns::{Outcome, Pool, Selection, Source, Subject, compare, pairs};
use klantreis_core::touchpoint::World;
use klantreis_core::{Datelike, NaiveDate};

fn year(y: i32) -> Selection {
    Selection {
        from: NaiveDate::from_ymd_opt(y, 1, 1),
        to: NaiveDate::from_ymd_opt(y, 12, 31),
        source: Some(Source::Touchpoint),
        ..Selection::default()
    }
}

fn q(pool: &Pool, id: &str) -> usize {
    pool.questions
        .iter()
        .position(|q| q.id.as_str() == id)
        .unwrap()
}

#[test]
fn to_be_journeys_procedures_and_other_versions_stay_out_of_the_pool() {
    use klantreis_core::{Id, team::versions::other_version};
    let lived = examples::x();
    let to_be = lived.to_be(Id::new("gewenst"), "X (gewenst)", 1);
    let procedure = lived.designed(Id::new("procedure"), "X (procedure)", 1);
    let version = other_version(&lived, &lived.id, Id::new("versie"), 1);
    let alone = Pool::new(std::slice::from_ref(&lived));
    let all = Pool::new(&[lived.clone(), to_be, procedure, version]);
    assert_eq!(all.items.len(), alone.items.len());
    assert_eq!(all.journeys.len(), 1);
}

#[test]
fn pooled_a_journey_at_a_time_is_pooled_at_once() {
    use klantreis_core::Id;
    let mut journeys = population(3, 12, 4, 3);
    let to_be = journeys[0].to_be(Id::new("gewenst"), "gewenst", 1);
    journeys.insert(0, to_be);
    let (last, first) = journeys.split_last().unwrap();
    let mut sliced = Pool::asking(&journeys);
    for j in first {
        sliced.add(j);
    }
    assert_ne!(
        sliced,
        Pool::new(&journeys),
        "the last journey not added yet"
    );
    sliced.add(last);
    assert_eq!(sliced, Pool::new(&journeys));
}

#[test]
fn a_population_is_valid_and_pools_every_touchpoint_and_story() {
    let journeys = population(1, 20, 6, 2);
    for j in &journeys {
        j.validate().unwrap();
    }
    let pool = Pool::new(&journeys);
    assert_eq!(pool.items.len(), 20 * (6 + 2));
    // Free text is not pooled: six of the seven default questions.
    assert_eq!(pool.questions.len(), 6);
    assert_eq!(
        population(1, 20, 6, 2),
        journeys,
        "seeded: the same every time"
    );
}

#[test]
fn selections_filter_on_period_source_agency_world_and_answer() {
    let pool = Pool::new(&population(2, 30, 8, 1));
    let all = Selection::default().select(&pool);
    assert_eq!(all.len(), pool.items.len());
    let (a, b) = (year(2025).select(&pool), year(2026).select(&pool));
    let in_range = pool
        .items
        .iter()
        .filter(|i| i.source == Source::Touchpoint)
        .filter(|i| i.date.is_some_and(|d| (2025..=2026).contains(&d.year())))
        .count();
    assert_eq!(a.len() + b.len(), in_range);
    assert!(
        in_range > 200,
        "most of the 240 touchpoints fall in the two years"
    );
    assert!(
        a.iter()
            .all(|&i| pool.items[i].date.unwrap() < NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
    );

    let stories = Selection {
        source: Some(Source::Story),
        ..Selection::default()
    }
    .select(&pool);
    assert_eq!(stories.len(), 30);

    let gemeente = Selection {
        agency: Some("Gemeente".into()),
        ..Selection::default()
    }
    .select(&pool);
    assert!(!gemeente.is_empty());
    assert!(
        gemeente
            .iter()
            .all(|&i| pool.items[i].agency.as_deref() == Some("Gemeente"))
    );

    let system = Selection {
        world: Some(World::Systeemwereld),
        ..Selection::default()
    }
    .select(&pool);
    assert!(
        system
            .iter()
            .all(|&i| pool.items[i].world == Some(World::Systeemwereld))
    );

    let focus = q(&pool, "focus");
    let rules = Selection {
        answer: Some(AnswerIs::Zone(focus, Zone::Pole(0))),
        ..Selection::default()
    }
    .select(&pool);
    assert!(!rules.is_empty());
    for &i in &rules {
        let klantreis_core::patterns::pool::Value::Triad(w) = pool.items[i].values[focus] else {
            panic!("a triad answer")
        };
        assert!(w[0] >= 0.6);
    }
}

#[test]
fn views_count_every_answer_once() {
    let pool = Pool::new(&population(3, 25, 8, 2));
    let items = Selection::default().select(&pool);
    let QuestionView::Triad(t) = views::question(&pool, &items, q(&pool, "focus")) else {
        panic!("focus is a triad")
    };
    let zoned: usize = t.zones.iter().map(Vec::len).sum();
    assert_eq!(zoned, t.points.len());
    assert_eq!(t.points.len() + t.not_applicable, items.len());
    let mean = t.mean.unwrap();
    assert!((mean.iter().sum::<f64>() - 1.0).abs() < 1e-9);

    let QuestionView::Number(s) = views::question(&pool, &items, q(&pool, "seen")) else {
        panic!("seen is a slider")
    };
    assert_eq!(s.bins.len(), 10);
    assert_eq!(
        s.bins.iter().map(Vec::len).sum::<usize>(),
        s.describe.unwrap().n
    );

    let QuestionView::Choice(c) = views::question(&pool, &items, q(&pool, "initiative")) else {
        panic!("initiative is a choice")
    };
    assert_eq!(c.options.iter().map(Vec::len).sum::<usize>(), c.answered);

    let agencies = views::groups(&pool, &items, |i| i.agency.as_deref());
    assert_eq!(
        agencies.iter().map(|g| g.items.len()).sum::<usize>(),
        25 * 8
    );
    assert!(
        agencies
            .windows(2)
            .all(|w| w[0].items.len() >= w[1].items.len())
    );

    let curve = views::curve(&pool, &items);
    assert_eq!(curve.iter().map(|p| p.items.len()).sum::<usize>(), 25 * 8);

    // Eight personas over 25 journeys: each followed over several journeys, in time order.
    let personas = views::personas(&pool, &items);
    assert_eq!(personas.len(), 8);
    for p in &personas {
        let starts: Vec<_> = p
            .journeys
            .iter()
            .map(|(j, _)| pool.journeys[*j].start)
            .collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{}", p.persona);
    }
}

#[test]
fn journeys_linked_to_one_persona_are_one_client_whatever_their_names() {
    let mut journeys = population(4, 6, 4, 0);
    for (n, j) in journeys.iter_mut().enumerate() {
        j.persona.name = format!("Naam {n}");
        j.persona.id = (n < 3).then(|| "p-1".into());
    }
    let pool = Pool::new(&journeys);
    let items: Vec<usize> = (0..pool.items.len()).collect();
    let rows = views::personas(&pool, &items);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].journeys.len(), 3);
}

#[test]
fn two_periods_compared_find_the_built_in_difference() {
    let pool = Pool::new(&population(4, 40, 8, 1));
    let (a, b) = (year(2025).select(&pool), year(2026).select(&pool));
    let result = compare(&pool, &a, &b);
    let emotion = result
        .iter()
        .find(|c| c.subject == Subject::Emotion)
        .unwrap();
    let Outcome::MannWhitney(m) = &emotion.outcome else {
        panic!(
            "emotion is compared with Mann-Whitney: {:?}",
            emotion.outcome
        )
    };
    assert!(m.p < 1e-6, "2026 feels better: {m:?}");
    assert!(m.r < 0.0, "A (2025) ranks lower");
    // The same numbers as the statistic on its own.
    let x: Vec<f64> = a
        .iter()
        .filter_map(|&i| pool.items[i].emotion.map(f64::from))
        .collect();
    let y: Vec<f64> = b
        .iter()
        .filter_map(|&i| pool.items[i].emotion.map(f64::from))
        .collect();
    assert_eq!(emotion.n, (x.len(), y.len()));
    assert_eq!(stats::mann_whitney(&x, &y).as_ref(), Some(m));
    for c in &result {
        if let (Some(p), Some(adj)) = (c.outcome.p(), c.adjusted) {
            assert!(adj >= p - 1e-15);
        }
    }
    let focus = result
        .iter()
        .find(|c| c.subject == Subject::Question(q(&pool, "focus")))
        .unwrap();
    assert!(
        matches!(focus.outcome, Outcome::Triad { .. }),
        "{:?}",
        focus.outcome
    );
}

#[test]
fn small_groups_get_counts_only() {
    let pool = Pool::new(&population(5, 4, 3, 0));
    let (a, b) = (year(2025).select(&pool), year(2026).select(&pool));
    assert!(a.len() < MIN_GROUP);
    for c in compare(&pool, &a, &b) {
        assert_eq!(c.outcome, Outcome::TooFew, "{:?}", c.subject);
        assert_eq!(c.adjusted, None);
    }
}

#[test]
fn the_patterns_list_puts_the_strongest_pair_first() {
    let pool = Pool::new(&population(6, 60, 8, 1));
    let items = Selection::default().select(&pool);
    let list = pairs(&pool, &items);
    let strengths: Vec<f64> = list
        .iter()
        .map(|p| p.outcome.strength().unwrap_or(-1.0))
        .collect();
    assert!(strengths.windows(2).all(|w| w[0] >= w[1]));
    // "I took the initiative" goes with feeling seen (built into the population).
    let seen = Subject::Question(q(&pool, "seen"));
    let initiative = Subject::Question(q(&pool, "initiative"));
    let found = list
        .iter()
        .find(|p| {
            p.option == Some(0)
                && [p.first, p.second].contains(&seen)
                && [p.first, p.second].contains(&initiative)
        })
        .unwrap();
    assert!(found.adjusted.unwrap() < 0.001, "{found:?}");
    assert!(found.adjusted.unwrap() >= found.outcome.p().unwrap());
}

/// The end-to-end data set gives SciPy's answer here too (the browser test then checks that
/// the page shows it).
#[test]
fn the_end_to_end_data_set_matches_scipy() {
    let text = include_str!("../../../tests/e2e/fixtures/patterns.klantreis.json");
    let expected: serde_json::Value = serde_json::from_str(include_str!(
        "../../../tests/e2e/fixtures/patterns-expected.json"
    ))
    .unwrap();
    let pool = Pool::new(&klantreis_core::file::read(text).unwrap());
    let (a, b) = (year(2025).select(&pool), year(2026).select(&pool));
    let emotion = compare(&pool, &a, &b)
        .into_iter()
        .find(|c| c.subject == Subject::Emotion)
        .unwrap();
    assert_eq!(emotion.n.0 as u64, expected["n_a"].as_u64().unwrap());
    assert_eq!(emotion.n.1 as u64, expected["n_b"].as_u64().unwrap());
    let Outcome::MannWhitney(m) = emotion.outcome else {
        panic!()
    };
    assert_eq!(m.u, expected["u"].as_f64().unwrap());
    let p = expected["p"].as_f64().unwrap();
    assert!((m.p - p).abs() <= 1e-6 * p, "{} against SciPy's {p}", m.p);
}

#[test]
fn a_selection_takes_one_workshop_or_one_group() {
    use klantreis_core::workshop::{package, start};
    let mut template = start(klantreis_core::examples::x(), "ws".into(), "Bootcamp", 0);
    template.workshop.as_mut().unwrap().groups = vec!["Rood".into(), "Blauw".into()];
    let mut journeys = population(13, 3, 4, 0);
    journeys.push(package(&template, 0, 0).unwrap());
    journeys.push(package(&template, 1, 0).unwrap());
    let pool = Pool::new(&journeys);
    let workshop = Selection {
        workshop: Some("Bootcamp".into()),
        ..Selection::default()
    }
    .select(&pool);
    // Example X: six touchpoints and one story per group.
    assert_eq!(workshop.len(), 2 * 7);
    let rood = Selection {
        group: Some("Rood".into()),
        ..Selection::default()
    }
    .select(&pool);
    assert_eq!(rood.len(), 7);
    assert!(
        rood.iter()
            .all(|&i| pool.journeys[pool.items[i].journey].group.as_deref() == Some("Rood"))
    );
    assert_eq!(
        pool.journey_values(|j| j.group.as_deref()),
        ["Blauw", "Rood"]
    );
}

#[test]
fn a_selection_takes_an_answer_to_a_choice_and_every_answer_has_a_key() {
    let pool = Pool::new(&population(14, 20, 5, 1));
    let initiative = q(&pool, "initiative");
    let mine = Selection {
        answer: Some(AnswerIs::Option(initiative, 0)),
        ..Selection::default()
    }
    .select(&pool);
    assert!(!mine.is_empty());
    for &i in &mine {
        assert!(
            matches!(&pool.items[i].values[initiative], klantreis_core::patterns::pool::Value::Choice(c) if c.contains(&0))
        );
    }
    let choices =
        klantreis_core::patterns::figure::answer_choices(&pool, klantreis_words::Lang::Nl);
    // Seven zones of the triad and four options of the choice.
    assert_eq!(choices.len(), 7 + 4);
    for (a, label) in &choices {
        assert_eq!(AnswerIs::from_key(&a.key()), Some(*a), "{label}");
    }
    assert!(
        choices
            .iter()
            .any(|(_, l)| l == "Wie nam het initiatief? ik zelf")
    );
    assert_eq!(AnswerIs::from_key("x1:2"), None);
    assert_eq!(AnswerIs::from_key("z0:9"), None);
}

#[test]
fn broken_principles_are_counted_per_agency_and_a_selection_takes_one_phase() {
    use klantreis_core::patterns::views::broken_principles;
    let pool = Pool::new(&[examples::jan(), examples::intake()]);
    let all = Selection::default().select(&pool);
    let rows = broken_principles(&pool, &all, |i| i.agency.as_deref());
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Gemeente", "Schuldhulpverlening", "Werkgever"]);
    // Snel, Persoonlijk, Betrokken, Eenvoudig, Relevant, Transparant, Consistent.
    assert_eq!(rows[0].broken, [1, 2, 0, 1, 0, 1, 0]);
    assert_eq!(rows[0].items.len(), 2);
    assert_eq!(rows[1].total(), 0);

    let aanvraag = Selection {
        phase: Some("Aanvraag".into()),
        ..Selection::default()
    };
    let picked = aanvraag.select(&pool);
    let titles: Vec<&str> = picked
        .iter()
        .map(|&i| pool.items[i].title.as_str())
        .collect();
    assert_eq!(titles, ["Aanmelden aan de balie", "Wachten op een reactie"]);
    let per_phase = broken_principles(&pool, &all, |i| i.phase.as_deref());
    assert_eq!(per_phase[0].name, "Aanvraag");
    assert_eq!(per_phase[0].total(), 5);
}

#[test]
fn pooled_from_stored_entries_is_pooled_from_whole_journeys() {
    use klantreis_core::Id;
    use klantreis_core::patterns::pooled::Pooled;
    use std::collections::HashMap;
    let mut journeys = population(4, 6, 5, 2);
    journeys.extend(examples::all());
    let to_be = journeys[0].to_be(Id::new("gewenst"), "gewenst", 1);
    journeys.push(to_be);
    // As stored: JSON, the sets once each under their fingerprint.
    let stored: Vec<Vec<u8>> = journeys.iter().map(|j| Pooled::of(j).to_bytes()).collect();
    let mut sets = HashMap::new();
    for j in &journeys {
        for set in [&j.touchpoint_set, &j.story_set] {
            sets.insert(
                klantreis_core::patterns::pooled::fingerprint(set),
                set.clone(),
            );
        }
    }
    let read: Vec<Pooled> = stored
        .iter()
        .map(|s| Pooled::from_bytes(s).unwrap())
        .collect();
    let of = |p: &Pooled| [&sets[&p.sets[0]], &sets[&p.sets[1]]];
    let mut pool = Pool::asking_sets(read.iter().filter(|p| p.pooled).flat_map(of));
    for p in &read {
        pool.add_pooled(p.clone(), of(p));
    }
    assert_eq!(pool, Pool::new(&journeys));
    assert!(
        !read.last().unwrap().pooled,
        "the to-be journey is kept, not pooled"
    );
    // Free text stays in the journey.
    let text = |a: &klantreis_core::Answer| matches!(a, klantreis_core::Answer::Text(_));
    let answers = |j: &klantreis_core::Journey| {
        let t = j.touchpoints.iter().map(|t| &t.answers);
        t.chain(j.stories.iter().map(|s| &s.answers))
            .flat_map(|a| a.values())
            .cloned()
            .collect::<Vec<_>>()
    };
    assert!(journeys.iter().flat_map(answers).any(|a| text(&a)));
    assert!(
        !read
            .iter()
            .flat_map(|p| p.answers.iter().flat_map(|a| a.values()))
            .any(text)
    );
    // Bytes of another format are not read.
    let mut other = stored[0].clone();
    other[0] += 1;
    assert_eq!(Pooled::from_bytes(&other), None);
    assert!(read.iter().any(|p| p.ideas), "an example journey has ideas");
}

#[test]
fn a_set_edited_in_any_way_has_another_fingerprint() {
    use klantreis_core::patterns::pooled::fingerprint;
    let a = examples::x();
    let b = examples::x();
    assert_eq!(
        fingerprint(&a.touchpoint_set),
        fingerprint(&b.touchpoint_set)
    );
    assert_ne!(fingerprint(&a.touchpoint_set), fingerprint(&a.story_set));
    let mut edited = a.touchpoint_set.clone();
    edited.questions.pop();
    assert_ne!(fingerprint(&edited), fingerprint(&a.touchpoint_set));
}
