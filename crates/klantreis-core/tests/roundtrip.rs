//! Export then import gives back exactly the same data, for generated journeys.

use klantreis_core::file::{read, write};
use klantreis_core::signifier::{Answer, default_set};
use klantreis_core::{
    Agency, AgencyKind, Channel, Emotion, Id, Initiative, Journey, Story, Teller, Touchpoint,
    WaitUnit, Waiting, World,
};
use proptest::prelude::*;

/// Text as people type it: accents, emoji, quotes, markup, newlines.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 éëïüçñ'\"<>&/\n]{0,40}",
        Just("<script>alert('x')</script>".to_string()),
        Just("Ça va? \u{1F600} “quote” \\ tab\t".to_string()),
    ]
}

fn line() -> impl Strategy<Value = String> {
    "[a-zA-Z éë'<>&]{1,30}".prop_filter("not blank", |s| !s.trim().is_empty())
}

fn answer_for(q: &str) -> BoxedStrategy<Answer> {
    let na = Just(Answer::NotApplicable);
    match q {
        "focus" => prop_oneof![
            (0.0f64..1.0, 0.0f64..1.0, 0.0f64..1.0).prop_map(|(a, b, c)| {
                Answer::Triad(klantreis_core::signifier::triad::normalise([a, b, c]))
            }),
            na
        ]
        .boxed(),
        "seen" | "grip" | "stress" => prop_oneof![(0u8..=100).prop_map(Answer::Slider), na].boxed(),
        "feeling" => (-2i64..=2)
            .prop_map(|e| Answer::Emotion(Emotion::new(e).unwrap()))
            .boxed(),
        "initiative" => prop_oneof![
            prop::sample::select(vec!["self", "agency", "network", "professional"])
                .prop_map(|o| Answer::Choice(vec![Id::new(o)])),
            na
        ]
        .boxed(),
        _ => text().prop_map(Answer::Text).boxed(),
    }
}

fn answers() -> impl Strategy<Value = klantreis_core::Answers> {
    let questions = [
        "focus",
        "seen",
        "grip",
        "stress",
        "feeling",
        "initiative",
        "better",
    ];
    prop::collection::vec(prop::bool::ANY, questions.len()).prop_flat_map(move |take| {
        let chosen: Vec<_> = questions
            .iter()
            .zip(take)
            .filter(|(_, t)| *t)
            .map(|(q, _)| *q)
            .collect();
        let strategies: Vec<_> = chosen.iter().map(|q| answer_for(q)).collect();
        strategies
            .prop_map(move |answers| chosen.iter().map(|q| Id::new(*q)).zip(answers).collect())
    })
}

fn channel() -> impl Strategy<Value = Channel> {
    prop_oneof![
        prop::sample::select(Channel::FIXED.to_vec()),
        line().prop_map(Channel::Other),
    ]
}

fn touchpoint(i: usize, agencies: usize, stories: usize) -> impl Strategy<Value = Touchpoint> {
    (
        (
            0..agencies,
            line(),
            text(),
            text(),
            prop::option::of(-2i64..=2),
            channel(),
        ),
        (
            prop::collection::vec(line(), 0..3),
            prop::collection::vec(line(), 0..3),
            prop::bool::ANY,
        ),
        (
            prop::option::of(0..stories.max(1)),
            answers(),
            prop::option::of(0u32..500),
            prop::option::of(0u32..28),
        ),
    )
        .prop_map(
            move |(
                (a, title, what, quote, emotion, channel),
                (pains, chances, truth),
                (story, answers, wait, day),
            )| {
                let mut t =
                    Touchpoint::new(Id::new(format!("t{i}")), Id::new(format!("a{a}")), title);
                t.what = what;
                t.quote = quote;
                t.emotion = emotion.and_then(|e| Emotion::new(e).ok());
                t.channel = channel;
                t.pain_points = pains;
                t.opportunities = chances;
                t.moment_of_truth = truth;
                t.story = story
                    .filter(|_| stories > 0)
                    .map(|s| Id::new(format!("s{s}")));
                t.answers = answers;
                t.waiting = wait.map(|amount| Waiting {
                    amount,
                    unit: WaitUnit::ALL[amount as usize % 5],
                });
                t.date = day
                    .and_then(|d| klantreis_core::NaiveDate::from_ymd_opt(2025, 1 + d % 12, 1 + d));
                t.initiative = Some(Initiative::ALL[i % 4]);
                t.world = [None, Some(World::Leefwereld), Some(World::Systeemwereld)][i % 3];
                t
            },
        )
}

fn journey() -> impl Strategy<Value = Journey> {
    (1usize..5, 0usize..3, 0usize..8).prop_flat_map(|(agencies, stories, touchpoints)| {
        (
            (
                line(),
                line(),
                text(),
                text(),
                prop::collection::vec(line(), 0..3),
            ),
            prop::collection::vec(line(), agencies),
            prop::collection::vec((text(), answers()), stories),
            (0..touchpoints)
                .map(|i| touchpoint(i, agencies, stories))
                .collect::<Vec<_>>(),
            any::<i64>(),
        )
            .prop_map(
                |((title, persona, goal, outcome, tags), names, stories, touchpoints, stamp)| {
                    let mut j = Journey::new(Id::new("reis"), title, persona, stamp);
                    j.goal = goal;
                    j.outcome = outcome;
                    j.tags = tags;
                    j.agencies = names
                        .into_iter()
                        .enumerate()
                        .map(|(i, n)| {
                            Agency::new(Id::new(format!("a{i}")), n, AgencyKind::ALL[i % 8])
                        })
                        .collect();
                    j.stories = stories
                        .into_iter()
                        .enumerate()
                        .map(|(i, (text, answers))| Story {
                            id: Id::new(format!("s{i}")),
                            teller: Teller::ALL[i % 3],
                            date: None,
                            title: format!("Verhaal {i}"),
                            text,
                            answers,
                            marks: Vec::new(),
                        })
                        .collect();
                    j.touchpoints = touchpoints;
                    j
                },
            )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn export_then_import_gives_back_the_same_journeys(j in journey()) {
        prop_assert!(j.validate().is_ok(), "generator made an invalid journey: {:?}", j.validate());
        let mut second = j.clone();
        second.id = Id::new("tweede");
        let file = write(&[j.clone(), second.clone()], 1);
        prop_assert_eq!(read(&file).unwrap(), vec![j, second]);
    }
}

#[test]
fn the_default_set_survives_the_round_trip() {
    let mut j = Journey::new("r".into(), "T", "P", 0);
    j.story_set = default_set();
    assert_eq!(read(&write(&[j.clone()], 0)).unwrap(), vec![j]);
}
