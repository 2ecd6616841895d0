//! A synchronous copy of unsaved work, written when the page is closed or reloaded.
//!
//! IndexedDB writes are asynchronous, and Chromium drops a transaction that has not
//! committed when the document goes away, so the last second of typing could be lost on
//! reload. `localStorage` is synchronous: the copy is written before the page unloads, and
//! the next load of the journey takes it back.

use klantreis_core::Id;
use serde::{Deserialize, Serialize};

const PREFIX: &str = "klantreis.rescue.";

#[derive(Serialize, Deserialize)]
pub struct Rescued {
    /// The stored revision the copy was edited from.
    pub base: u64,
    /// The journey in the format of `klantreis_core::format`.
    pub json: String,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Keeps a copy; fails quietly when storage is full or blocked (then only the asynchronous
/// write is left, as without this copy).
pub fn stash(id: &Id, rescued: &Rescued) {
    if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(rescued)) {
        let _ = s.set_item(&format!("{PREFIX}{id}"), &text);
    }
}

/// Takes the copy of a journey out of storage, if there is one.
pub fn take(id: &Id) -> Option<Rescued> {
    let s = storage()?;
    let key = format!("{PREFIX}{id}");
    let text = s.get_item(&key).ok()??;
    let _ = s.remove_item(&key);
    serde_json::from_str(&text).ok()
}
