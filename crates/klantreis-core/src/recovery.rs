//! What to do with work that reaches storage late: a copy rescued when a page closed, or a
//! journey in an imported file whose id is already stored. One rule for both: **no write
//! ever replaces a version its writer has not seen.** When in doubt, both versions are kept.

use crate::id::Id;
use crate::journey::Journey;

/// The stored version a late copy meets.
#[derive(Clone, Copy, Debug)]
pub struct StoredVersion<'a> {
    pub journey: &'a Journey,
    pub revision: u64,
    /// The page that wrote this revision, if known.
    pub writer: Option<&'a str>,
}

/// What becomes of a copy rescued when its page closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rescue {
    /// Storage already holds exactly this; nothing to do.
    AlreadyStored,
    /// Store it over the stored revision, which its page had seen.
    Store,
    /// Someone else wrote (or deleted) after the copy's page last saw the journey: keep the
    /// stored version and store the copy beside it as a recovered journey.
    KeepBoth,
}

/// `base` is the revision the closing page had last read or written; `tab` that page's id.
pub fn rescue(stored: Option<StoredVersion>, base: u64, tab: &str, copy: &Journey) -> Rescue {
    let Some(stored) = stored else {
        return Rescue::KeepBoth;
    };
    if stored.journey == copy {
        return Rescue::AlreadyStored;
    }
    // The page's own last write may have landed after all (it was in flight when the page
    // went away): then the stored revision is one the page had made, so it has seen it.
    let own_write = !tab.is_empty() && stored.writer == Some(tab) && stored.revision == base + 1;
    if stored.revision == base || own_write {
        Rescue::Store
    } else {
        Rescue::KeepBoth
    }
}

/// How a journey in an imported file relates to the one stored under its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// Not in the library yet.
    New,
    /// The library holds exactly this version.
    Unchanged,
    /// The file's version is newer and nothing was edited here since the stored one came
    /// from a file: taking it loses nothing (and can be undone).
    Newer,
    /// The file's version is older than the stored one, or the stored one has edits made
    /// here that the file does not have: the user chooses.
    Ask(Why),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The file's version was saved before the stored one.
    FileOlder,
    /// The stored journey was edited here since it last came from a file.
    EditedHere,
}

/// What [`arrival`] compares: a journey or a persona, with the time its writer saved it.
pub trait Versioned: PartialEq {
    fn updated_ms(&self) -> i64;
}

impl Versioned for Journey {
    fn updated_ms(&self) -> i64 {
        self.updated_ms
    }
}

/// `edited_here`: whether the stored journey (or persona) was changed in this library since
/// it last came from a file (or never came from one).
pub fn arrival<T: Versioned>(file: &T, stored: Option<(&T, bool)>) -> Arrival {
    let Some((stored, edited_here)) = stored else {
        return Arrival::New;
    };
    if stored == file {
        Arrival::Unchanged
    } else if file.updated_ms() < stored.updated_ms() {
        Arrival::Ask(Why::FileOlder)
    } else if edited_here {
        Arrival::Ask(Why::EditedHere)
    } else {
        Arrival::Newer
    }
}

/// What the user chose for a journey that is already in the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Keep the stored version; the file's is not stored.
    KeepMine,
    /// The file's version replaces the stored one (with an undo).
    TakeFile,
    /// Keep the stored version and store the file's beside it as a copy.
    KeepBoth,
}

/// A copy of `journey` that stands apart from it: a new id, the given title, and no longer
/// a workshop's template or a group's journey (a workshop has one of each).
pub fn separate_copy(journey: &Journey, new_id: Id, title: String, now_ms: i64) -> Journey {
    Journey {
        workshop: None,
        created_ms: journey.created_ms,
        ..journey.duplicate(new_id, title, now_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    fn at<'a>(journey: &'a Journey, revision: u64, writer: Option<&'a str>) -> StoredVersion<'a> {
        StoredVersion {
            journey,
            revision,
            writer,
        }
    }

    fn edited(mut j: Journey, outcome: &str) -> Journey {
        j.outcome = outcome.into();
        j
    }

    #[test]
    fn a_copy_on_the_revision_it_saw_is_stored() {
        let jan = examples::jan();
        let copy = edited(jan.clone(), "getypt");
        assert_eq!(
            rescue(Some(at(&jan, 3, Some("b"))), 3, "a", &copy),
            Rescue::Store
        );
    }

    #[test]
    fn one_write_by_another_tab_after_the_copy_keeps_both() {
        // The gap the old rule (stored <= base + 1) let through: tab B saved base + 1.
        let jan = edited(examples::jan(), "tab B");
        let copy = edited(examples::jan(), "tab A");
        assert_eq!(
            rescue(Some(at(&jan, 4, Some("b"))), 3, "a", &copy),
            Rescue::KeepBoth
        );
        assert_eq!(
            rescue(Some(at(&jan, 4, None)), 3, "a", &copy),
            Rescue::KeepBoth
        );
    }

    #[test]
    fn the_pages_own_write_that_landed_after_all_is_replaced() {
        let landed = edited(examples::jan(), "half");
        let copy = edited(examples::jan(), "whole");
        assert_eq!(
            rescue(Some(at(&landed, 4, Some("a"))), 3, "a", &copy),
            Rescue::Store
        );
        // Two revisions later another write must have come between.
        assert_eq!(
            rescue(Some(at(&landed, 5, Some("a"))), 3, "a", &copy),
            Rescue::KeepBoth
        );
        // A copy of an older build has no page id; it never matches.
        assert_eq!(
            rescue(Some(at(&landed, 4, Some(""))), 3, "", &copy),
            Rescue::KeepBoth
        );
    }

    #[test]
    fn an_identical_copy_or_a_deleted_journey() {
        let jan = examples::jan();
        assert_eq!(
            rescue(Some(at(&jan, 9, Some("b"))), 3, "a", &jan),
            Rescue::AlreadyStored
        );
        assert_eq!(rescue(None, 3, "a", &jan), Rescue::KeepBoth);
    }

    #[test]
    fn an_import_never_replaces_newer_or_local_work_without_asking() {
        let mut stored = examples::jan();
        stored.updated_ms = 2_000;
        let mut file = stored.clone();
        assert_eq!(arrival(&file, None), Arrival::New);
        assert_eq!(arrival(&file, Some((&stored, true))), Arrival::Unchanged);
        file.outcome = "ouder".into();
        file.updated_ms = 1_000;
        assert_eq!(
            arrival(&file, Some((&stored, false))),
            Arrival::Ask(Why::FileOlder)
        );
        file.updated_ms = 3_000;
        assert_eq!(
            arrival(&file, Some((&stored, true))),
            Arrival::Ask(Why::EditedHere)
        );
        assert_eq!(arrival(&file, Some((&stored, false))), Arrival::Newer);
    }

    #[test]
    fn a_separate_copy_leaves_the_workshop() {
        let template = crate::workshop::start(examples::x(), "ws".into(), "Bootcamp", 1);
        let group = crate::workshop::package(
            &Journey {
                workshop: template.workshop.clone().map(|mut w| {
                    w.groups = vec!["Rood".into()];
                    w
                }),
                ..template
            },
            0,
            2,
        )
        .unwrap();
        let copy = separate_copy(&group, "nieuw".into(), "Hersteld".into(), 5);
        assert_eq!(copy.workshop, None);
        assert_eq!(copy.id.as_str(), "nieuw");
        assert_eq!(copy.title, "Hersteld");
        assert_eq!(copy.touchpoints, group.touchpoints);
        assert_eq!(copy.created_ms, group.created_ms);
        assert_eq!(copy.updated_ms, 5);
    }
}
