//! The schaduwreis: the journey as designed (the official procedure: its steps, agencies,
//! channels and promised waiting times) beside the journey as lived. The designed version
//! starts as a linked copy of the lived one that the team rewrites into the procedure; the
//! steps keep their ids, so each lived step can be followed into the procedure.

use crate::id::Id;
use crate::journey::Journey;
use crate::variant::{Difference, compare};

impl Journey {
    /// The designed copy of this lived journey: the same steps under the same ids, linked
    /// back, outside any workshop and no one's to-be version.
    pub fn designed(&self, new_id: Id, title: impl Into<String>, now_ms: i64) -> Journey {
        let mut j = self.duplicate(new_id, title, now_ms);
        j.designed_of = Some(self.id.clone());
        j.to_be_of = None;
        j.workshop = None;
        j.ideas.clear();
        j
    }
}

/// Where the lived journey leaves the procedure.
#[derive(Clone, Debug, PartialEq)]
pub struct Shadow {
    /// Through the step ids: `removed` are designed steps that never happened, `added` the
    /// extra contacts only the lived journey has, `changed` the steps that went otherwise;
    /// contacts and waiting are (designed, lived).
    pub steps: Difference,
    /// Steps in both whose waiting time differs: promised against lived.
    pub waits: Vec<WaitGap>,
    /// Agencies the client met that the procedure does not know (by name, case ignored).
    pub unknown_agencies: Vec<String>,
}

/// One step's promised and lived waiting, in minutes (`None`: not given).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitGap {
    pub title: String,
    pub promised: Option<u64>,
    pub lived: Option<u64>,
}

impl WaitGap {
    /// The lived wait was longer than promised (or there was one where none was promised).
    pub fn overdue(&self) -> bool {
        self.lived.unwrap_or(0) > self.promised.unwrap_or(0)
    }
}

/// Compares the procedure with what the client lived.
pub fn shadow(designed: &Journey, lived: &Journey) -> Shadow {
    let waits = lived
        .touchpoints
        .iter()
        .filter_map(|t| {
            let d = designed.touchpoint(&t.id)?;
            let (promised, lived) = (
                d.waiting.map(|w| w.minutes()),
                t.waiting.map(|w| w.minutes()),
            );
            (promised != lived).then(|| WaitGap {
                title: t.title.clone(),
                promised,
                lived,
            })
        })
        .collect();
    let known = |name: &str| {
        designed
            .agencies
            .iter()
            .any(|a| a.name.trim().eq_ignore_ascii_case(name.trim()))
    };
    let unknown_agencies = lived
        .agencies
        .iter()
        .filter(|a| lived.touchpoints.iter().any(|t| t.agency == a.id) && !known(&a.name))
        .map(|a| a.name.clone())
        .collect();
    Shadow {
        steps: compare(designed, lived),
        waits,
        unknown_agencies,
    }
}

/// The steps of `of` that `other` does not have, by id: the procedure's map marks those of
/// its steps that never happened.
pub fn steps_not_in(of: &Journey, other: &Journey) -> Vec<Id> {
    of.touchpoints
        .iter()
        .filter(|t| other.touchpoint(&t.id).is_none())
        .map(|t| t.id.clone())
        .collect()
}
