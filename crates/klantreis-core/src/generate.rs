//! Large, deterministic journeys for benchmarks and stress tests.

use crate::agency::{Agency, AgencyKind};
use crate::journey::Journey;
use crate::touchpoint::{Channel, Emotion, Touchpoint, World};

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
