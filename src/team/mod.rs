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
    /// Another tab took the lease (this one was held up longer than the lease lasts): this
    /// tab stops, so two tabs never keep two books of the same library.
    #[error("another tab syncs now")]
    Elsewhere,
}

/// Where the bookkeeping is kept on this device.
const LEDGER_PREF: &str = "team-ledger";
/// Which tab does the rounds, and until when (one tab at a time, so two tabs never keep two
/// different books of the same library).
const LEASE_PREF: &str = "team-lease";
/// Longer than a request may take (30 s), so a tab that renews after every request keeps it
/// for as long as its round runs.
const LEASE_MS: i64 = 45_000;

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

/// The tab holding the lease and until when, if it still holds it.
fn holder() -> Option<String> {
    let now = crate::browser::now_ms();
    crate::browser::pref(LEASE_PREF).and_then(|s| {
        let (tab, until) = s.split_once(' ')?;
        (until.parse::<i64>().ok()? > now).then(|| tab.to_owned())
    })
}

/// Takes or renews the lease for this tab; false when another tab holds it.
pub fn lead() -> bool {
    let me = crate::storage::tab_id();
    if holder().is_some_and(|tab| tab != me) {
        return false;
    }
    let until = crate::browser::now_ms() + LEASE_MS;
    crate::browser::set_pref(LEASE_PREF, &format!("{me} {until}"));
    true
}

/// Renews the lease during a round; an error when another tab has it now.
pub fn still_lead() -> Result<(), TeamError> {
    if lead() {
        Ok(())
    } else {
        Err(TeamError::Elsewhere)
    }
}

/// Gives the lease up (the tab closes, or the team library is turned off), so another tab
/// can take over at once rather than when the lease runs out.
pub fn release() {
    if holder().is_some_and(|tab| tab == crate::storage::tab_id()) {
        crate::browser::remove_pref(LEASE_PREF);
    }
}
