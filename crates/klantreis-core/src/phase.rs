//! Phases (fasen) of a journey: named stretches of its steps, drawn as bands above the map.
//! A touchpoint is in one phase or in none; the phases are the journey's own, editable list.

use crate::id::Id;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phase {
    pub id: Id,
    pub name: String,
}

/// The phases of the VNG Klantreizen method, a start for any journey: id, Dutch, English.
pub const VNG_PHASES: [(&str, &str, &str); 6] = [
    ("orientatie", "Oriëntatie", "Orientation"),
    ("aanvraag", "Aanvraag", "Application"),
    ("intake", "Intake", "Intake"),
    ("besluit", "Besluit", "Decision"),
    ("uitvoering", "Uitvoering", "Delivery"),
    ("nazorg", "Nazorg", "Aftercare"),
];

/// The VNG phases, named in Dutch or English (the names are the journey's from then on).
pub fn vng_phases(english: bool) -> Vec<Phase> {
    VNG_PHASES
        .iter()
        .map(|(id, nl, en)| Phase {
            id: Id::new(*id),
            name: (if english { en } else { nl }).to_string(),
        })
        .collect()
}

/// One band above the map: a run of consecutive steps in the same phase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Band {
    /// Index into the journey's phases.
    pub phase: usize,
    /// The first step of the run (0-based column) and how many steps it spans.
    pub first: usize,
    pub steps: usize,
}

/// The bands for steps in phases `phases` (each step's index into the journey's phases, or
/// none), left to right: a phase returned to later gets a second band; steps in no phase get
/// none.
pub fn bands(phases: impl Iterator<Item = Option<usize>>) -> Vec<Band> {
    let mut bands: Vec<Band> = Vec::new();
    for (column, phase) in phases.enumerate() {
        let Some(phase) = phase else {
            continue;
        };
        match bands.last_mut() {
            Some(b) if b.phase == phase && b.first + b.steps == column => b.steps += 1,
            _ => bands.push(Band {
                phase,
                first: column,
                steps: 1,
            }),
        }
    }
    bands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vng_phases_come_in_both_languages() {
        assert_eq!(vng_phases(false)[0].name, "Oriëntatie");
        assert_eq!(vng_phases(true)[5].name, "Aftercare");
        assert_eq!(vng_phases(true)[5].id, vng_phases(false)[5].id);
    }
}
