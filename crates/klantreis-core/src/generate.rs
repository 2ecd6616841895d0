//! Large, deterministic journeys for benchmarks and stress tests, and seeded populations of
//! answered journeys for the patterns view.

use crate::agency::{Agency, AgencyKind};
use crate::journey::Journey;
use crate::signifier::{Answer, Answers};
use crate::story::{Story, Teller};
use crate::touchpoint::{Channel, Emotion, Touchpoint, WaitUnit, Waiting, World};
use chrono::NaiveDate;

/// A journey of `touchpoints` touchpoints spread over `agencies` lanes, every field that a card
/// shows filled in, so rendering it costs what a real journey of that size costs.
pub fn large_journey(touchpoints: usize, agencies: usize) -> Journey {
    let agencies = agencies.max(1);
    let mut j = Journey::new("groot".into(), "Grote klantreis", "Persona", 0);
    j.goal = "Een doel".into();
    for a in 0..agencies {
        let kind = AgencyKind::ALL[a % AgencyKind::ALL.len()];
        j.agencies.push(Agency::new(
            format!("a{a}").as_str().into(),
            format!("Instantie {}", a + 1),
            kind,
        ));
    }
    for i in 0..touchpoints {
        // A walk over the lanes that jumps back and forth, as real journeys do.
        let lane = (i * 7 + i / agencies) % agencies;
        let mut t = Touchpoint::new(
            format!("t{i}").as_str().into(),
            format!("a{lane}").as_str().into(),
            format!("Contactmoment {}", i + 1),
        );
        t.channel = Channel::FIXED[i % Channel::FIXED.len()].clone();
        t.emotion = Emotion::new((i % 5) as i64 - 2).ok();
        t.what = format!("Wat er gebeurde bij contact {}", i + 1);
        if i % 3 == 0 {
            t.quote = "Een citaat van de cliënt".into();
        }
        if i % 4 == 0 {
            t.pain_points.push("Een knelpunt".into());
        }
        if i % 5 == 0 {
            t.opportunities.push("Een kans".into());
        }
        t.world = Some(if i % 2 == 0 {
            World::Systeemwereld
        } else {
            World::Leefwereld
        });
        t.moment_of_truth = i % 17 == 0;
        j.touchpoints.push(t);
    }
    j
}

/// A seeded population of journeys for the patterns view, its tests and its benchmark:
/// `journeys` journeys of `touchpoints` touchpoints and `stories` stories each, every one
/// answered with the default signifiers. Half start in 2025, half in 2026; the patterns are
/// built in so the views have something to find: 2026 feels better than 2025, systeemwereld
/// contacts feel worse and are mostly about the rules, and a client who took the initiative
/// feels more seen.
pub fn population(seed: u64, journeys: usize, touchpoints: usize, stories: usize) -> Vec<Journey> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let names = [
        "Gemeente",
        "Schuldhulp",
        "Maatje",
        "Jobcoach",
        "Werkgever",
        "Wijkteam",
    ];
    let personas = [
        "Jan", "Fatima", "Kees", "Sanne", "Mo", "Ineke", "Ahmed", "Lotte",
    ];
    let mut out = Vec::with_capacity(journeys);
    for n in 0..journeys {
        let later = n % 2 == 1;
        let year = if later { 2026 } else { 2025 };
        let start = NaiveDate::from_ymd_opt(year, 1 + (n % 12) as u32, 1 + (n % 28) as u32);
        let persona = personas[n % personas.len()];
        let mut j = Journey::new(
            format!("p{seed}-{n}").as_str().into(),
            format!("Reis {} van {persona}", n + 1),
            persona,
            0,
        );
        j.period.start = start;
        j.tags = vec![format!("cohort {year}")];
        for (a, name) in names.iter().enumerate() {
            let kind = AgencyKind::ALL[a % AgencyKind::ALL.len()];
            j.agencies
                .push(Agency::new(format!("a{a}").as_str().into(), *name, kind));
        }
        for i in 0..touchpoints {
            let t = touchpoint(&mut rng, i, &names, start, later);
            j.touchpoints.push(t);
        }
        for k in 0..stories {
            let system = rng.bool();
            j.stories.push(Story {
                id: format!("s{k}").as_str().into(),
                teller: Teller::ALL[k % 3],
                date: start,
                title: format!("Verhaal {} van {persona}", k + 1),
                text: String::new(),
                answers: answers(&mut rng, system, later),
                marks: Vec::new(),
            });
        }
        out.push(j);
    }
    out
}

/// Touchpoint `i` of a generated journey starting on `start`: a random agency of `names`,
/// with more pain in the systeemwereld and better moods in the `later` cohort.
fn touchpoint(
    rng: &mut fastrand::Rng,
    i: usize,
    names: &[&str],
    start: Option<NaiveDate>,
    later: bool,
) -> Touchpoint {
    let a = rng.usize(..names.len());
    let mut t = Touchpoint::new(
        format!("t{i}").as_str().into(),
        format!("a{a}").as_str().into(),
        format!("Contact {}", i + 1),
    );
    let system = rng.bool();
    t.world = Some(if system {
        World::Systeemwereld
    } else {
        World::Leefwereld
    });
    t.channel = Channel::FIXED[rng.usize(..Channel::FIXED.len())].clone();
    t.date = start.and_then(|d| d.checked_add_days(chrono::Days::new(7 * i as u64)));
    let mood = rng.i64(-2..=1) + i64::from(later) - i64::from(system) + i64::from(rng.bool());
    t.emotion = Emotion::new(mood.clamp(-2, 2)).ok();
    t.moment_of_truth = rng.u8(..10) == 0;
    if mood < 0 {
        t.pain_points.push(format!("Knelpunt bij {}", names[a]));
    }
    if rng.u8(..4) == 0 {
        t.opportunities.push(format!("Kans bij {}", names[a]));
    }
    if rng.bool() {
        t.waiting = Some(Waiting {
            amount: rng.u32(1..30),
            unit: WaitUnit::Days,
        });
    }
    t.answers = answers(rng, system, later);
    t
}

fn answers(rng: &mut fastrand::Rng, system: bool, later: bool) -> Answers {
    let mut out = Answers::new();
    if rng.u8(..12) == 0 {
        out.insert("focus".into(), Answer::NotApplicable);
    } else {
        let rules = if system { 3.0 } else { 1.0 };
        let w = [rules * rng.f64() + 0.05, rng.f64() + 0.05, rng.f64() + 0.05];
        let sum: f64 = w.iter().sum();
        let mut w = w.map(|v| v / sum);
        // Re-close so the weights sum to one within the answer tolerance.
        w[2] = 1.0 - w[0] - w[1];
        out.insert("focus".into(), Answer::Triad(w));
    }
    let initiative = ["self", "agency", "network", "professional"][rng.usize(..4)];
    out.insert("initiative".into(), Answer::Choice(vec![initiative.into()]));
    let seen = 30 + rng.u8(..50) + if initiative == "self" { 20 } else { 0 };
    out.insert("seen".into(), Answer::Slider(seen.min(100)));
    out.insert("grip".into(), Answer::Slider(rng.u8(..=100)));
    out.insert(
        "stress".into(),
        Answer::Slider(if system {
            40 + rng.u8(..=60)
        } else {
            rng.u8(..=70)
        }),
    );
    let feeling = rng.i64(-2..=1) + i64::from(later);
    if let Ok(e) = Emotion::new(feeling) {
        out.insert("feeling".into(), Answer::Emotion(e));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn large_journey_is_valid_and_uses_every_lane() {
        let j = super::large_journey(200, 12);
        j.validate().unwrap();
        assert_eq!(j.touchpoints.len(), 200);
        for a in &j.agencies {
            assert!(
                j.touchpoints.iter().any(|t| t.agency == a.id),
                "{} unused",
                a.name
            );
        }
    }
}
