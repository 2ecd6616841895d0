//! What storage keeps and what a write expects: revisions, the page that wrote them, and the
//! errors every store (IndexedDB or memory) answers with.

use klantreis_core::Journey;
use klantreis_core::format::RestoreError;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StorageError {
    #[error("IndexedDB is not available in this browser window")]
    Unavailable,
    #[error("another tab blocks opening the database")]
    Blocked,
    #[error("the browser's storage quota is exceeded")]
    Quota,
    #[error("changed in another tab (stored revision {stored:?}, expected {expected})")]
    Conflict { stored: Option<u64>, expected: u64 },
    #[error("no journey with this id")]
    NotFound,
    #[error("{0}")]
    Unreadable(RestoreError),
    /// The part of the app that reads journeys could not be fetched (offline before it was
    /// ever cached): nothing is wrong with the data.
    #[error("part of the app could not be fetched")]
    Unfetched,
    #[error("{0}")]
    Other(String),
}

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for StorageError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        StorageError::Unfetched
    }
}

/// What a write expects to find stored. Every write names the revision its writer has seen
/// (or that there is none), so no write ever replaces a version its writer has not seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Nothing stored under this id yet: a new journey, a copy, an undone delete.
    Absent,
    /// Only if the stored revision is still this one (the tab's last load or save).
    Revision(u64),
}

impl Expect {
    /// The expectation after having seen `base` (0: nothing stored).
    pub fn after(base: u64) -> Self {
        if base == 0 {
            Expect::Absent
        } else {
            Expect::Revision(base)
        }
    }

    /// The revision this expectation has seen (0: none).
    pub fn seen(self) -> u64 {
        match self {
            Expect::Absent => 0,
            Expect::Revision(n) => n,
        }
    }

    /// The revision the write will store.
    pub fn next(self) -> u64 {
        self.seen() + 1
    }

    /// The rule both stores apply: a write that expects another state than the stored one is
    /// a conflict.
    pub fn check(self, stored: Option<u64>) -> Result<u64, StorageError> {
        if stored.unwrap_or(0) == self.seen() {
            Ok(self.next())
        } else {
            Err(StorageError::Conflict {
                stored,
                expected: self.seen(),
            })
        }
    }
}

/// A journey as stored: the journey and the revision it was read at.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub journey: Journey,
    pub revision: u64,
    /// The page (see [`tab_id`]) that wrote this revision.
    pub writer: Option<String>,
    /// When this version came from a file (import, a workshop package): its `updated_ms`
    /// then. A journey whose `updated_ms` still equals it has no edits made here since.
    pub received: Option<i64>,
}

impl Stored {
    /// Whether this journey was edited here since it last came from a file (or never came
    /// from one).
    pub fn edited_here(&self) -> bool {
        self.received != Some(self.journey.updated_ms)
    }
}

/// One write of a batch that is stored all or nothing.
#[derive(Clone, Debug)]
pub struct Write {
    pub journey: Journey,
    pub expect: Expect,
    /// The journey comes from a file as it is (see [`Stored::received`]).
    pub from_file: bool,
}

thread_local! {
    static TAB: String = crate::browser::new_id().as_str().to_owned();
}

/// This page's own id, written beside every revision it stores, so that a copy rescued when
/// the page closed can tell its own last write from another tab's.
pub fn tab_id() -> String {
    TAB.with(Clone::clone)
}
