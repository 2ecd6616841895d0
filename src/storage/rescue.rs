//! A synchronous copy of unsaved work, written when the page is closed or reloaded.
//!
//! IndexedDB writes are asynchronous, and Chromium drops a transaction that has not
//! committed when the document goes away, so the last second of typing could be lost on
//! reload. `localStorage` is synchronous: the copy is written before the page unloads, and
//! the next start takes it back in one explicit step ([`recover`]) before anything is read.

use super::{Expect, Library, StorageError};
use crate::browser::local_storage;
use klantreis_core::recovery::{self, Rescue, StoredVersion};
use klantreis_core::{Id, Journey};
use serde::{Deserialize, Serialize};

const PREFIX: &str = "klantreis.rescue.";

#[derive(Serialize, Deserialize)]
pub struct Rescued {
    /// The stored revision the copy was edited from.
    pub base: u64,
    /// The page that made the copy (`storage::tab_id`); empty in copies of older builds.
    #[serde(default)]
    pub tab: String,
    /// The journey in the format of `klantreis_core::format`.
    pub json: String,
}

fn key(id: &Id) -> String {
    format!("{PREFIX}{id}")
}

/// Keeps a copy; returns whether it could (storage may be full or blocked; then only the
/// asynchronous write is left, as without this copy).
pub fn stash(id: &Id, rescued: &Rescued) -> bool {
    match (local_storage(), serde_json::to_string(rescued)) {
        (Some(s), Ok(text)) => s.set_item(&key(id), &text).is_ok(),
        _ => false,
    }
}

/// The copy of a journey, if there is one (left in place).
pub fn peek(id: &Id) -> Option<Rescued> {
    let text = local_storage()?.get_item(&key(id)).ok()??;
    serde_json::from_str(&text).ok()
}

/// Forgets the copy of a journey: it is stored, or superseded by a later save of its page.
pub fn discard(id: &Id) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(&key(id));
    }
}

/// The ids of every journey with a rescued copy.
pub fn pending() -> Vec<Id> {
    let Some(s) = local_storage() else {
        return Vec::new();
    };
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter_map(|k| k.strip_prefix(PREFIX).map(Id::new))
        .collect()
}

/// A rescued copy that could not go back in place and was stored beside the newer version.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// The id and title of the journey the copy belongs to.
    pub of: Id,
    pub title: String,
    /// The recovered copy's own id.
    pub copy: Id,
}

/// Takes every rescued copy back, once, at start-up: into place when its page had seen the
/// stored revision, otherwise as a separate journey (titled by `title_of`) beside the newer
/// one. A copy stays in `localStorage` until it is stored, so a failure keeps it for the next
/// start.
pub async fn recover(
    library: &Library,
    mut new_id: impl FnMut() -> Id,
    title_of: impl Fn(&Journey) -> String,
    now_ms: i64,
) -> Result<Vec<Recovered>, StorageError> {
    let mut recovered = Vec::new();
    for id in pending() {
        let Some(rescued) = peek(&id) else {
            discard(&id);
            continue;
        };
        // Our own copy; one that does not read is kept for a later build to read.
        let copy = match super::reader::journey(rescued.json.clone()).await {
            Ok(copy) => copy,
            Err(StorageError::Unreadable(_)) => continue,
            Err(e) => return Err(e),
        };
        let stored = match library.load(&id).await {
            Ok(s) => Some(s),
            Err(StorageError::NotFound) => None,
            Err(e) => return Err(e),
        };
        let version = stored.as_ref().map(|s| StoredVersion {
            journey: &s.journey,
            revision: s.revision,
            writer: s.writer.as_deref(),
        });
        match recovery::rescue(version, rescued.base, &rescued.tab, &copy) {
            Rescue::AlreadyStored => {}
            Rescue::Store => {
                let revision = stored.as_ref().map_or(0, |s| s.revision);
                library.save(&copy, Expect::after(revision)).await?;
            }
            Rescue::KeepBoth => {
                let separate = recovery::separate_copy(&copy, new_id(), title_of(&copy), now_ms);
                library.save(&separate, Expect::Absent).await?;
                recovered.push(Recovered {
                    of: id.clone(),
                    title: copy.title.clone(),
                    copy: separate.id,
                });
            }
        }
        discard(&id);
    }
    Ok(recovered)
}
