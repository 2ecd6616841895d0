//! The team library's work in the browser: CouchDB over HTTP (`client`) and the rounds that
//! take the team's changes and send this device's (`round`). Fetched on first use, and
//! only on devices where the team library is turned on.

pub mod client;
pub mod round;

use crate::storage::StorageError;
use klantreis_core::team::Ledger;

/// Why the team library could not do what was asked; shown to the user in their words.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TeamError {
    /// No answer: offline, the server is down, or the page may not reach it.
    #[error("no connection with the server")]
    Offline,
    /// The server's session ended (or was never started).
    #[error("not signed in")]
    SignedOut,
    #[error("name or password is not right")]
    WrongPassword,
    #[error("no access to this database")]
    NoAccess,
    #[error("this database does not exist")]
    NoDatabase,
    #[error("the server answered {status}: {reason}")]
    Server { status: u16, reason: String },
    #[error("{0}")]
    Storage(#[from] StorageError),
}

/// Where the bookkeeping is kept on this device.
const LEDGER_PREF: &str = "team-ledger";
/// Which tab does the rounds, and until when (one tab at a time, so two tabs never keep two
/// different books of the same library).
const LEASE_PREF: &str = "team-lease";
const LEASE_MS: i64 = 20_000;

pub fn ledger(place: &str) -> Ledger {
    crate::browser::pref(LEDGER_PREF)
        .and_then(|json| serde_json::from_str::<Ledger>(&json).ok())
        .unwrap_or_default()
        .for_place(place)
}

pub fn keep_ledger(ledger: &Ledger) {
    if let Ok(json) = serde_json::to_string(ledger) {
        crate::browser::set_pref(LEDGER_PREF, &json);
    }
}

pub fn forget_ledger() {
    crate::browser::remove_pref(LEDGER_PREF);
}

/// Takes or renews the lease for this tab; false when another tab holds it.
pub fn lead() -> bool {
    let me = crate::storage::tab_id();
    let now = crate::browser::now_ms();
    let held = crate::browser::pref(LEASE_PREF)
        .and_then(|s| {
            let (tab, until) = s.split_once(' ')?;
            Some((tab.to_owned(), until.parse::<i64>().ok()?))
        })
        .filter(|(tab, until)| *tab != me && *until > now);
    if held.is_some() {
        return false;
    }
    crate::browser::set_pref(LEASE_PREF, &format!("{me} {}", now + LEASE_MS));
    true
}
