//! Whether this device shares journeys with a team library (CouchDB), and how that is going.
//! The work itself (HTTP, the rounds of sending and taking) is fetched on first use; this is
//! what every page needs to show the status.

use klantreis_core::Id;
use klantreis_core::team::{Settings, Sharing};
use leptos::prelude::*;

/// Where the settings are kept on this device (never the password).
pub const SETTINGS_PREF: &str = "team-settings";

/// How the team library is doing, for the line every page shows while it is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Turned on but not signed in (or CouchDB's session ended).
    SignedOut,
    /// The browser says it is offline; changes wait on this device.
    Offline,
    /// Online, but the server does not answer; `waiting` changes wait here, tried again.
    Unreachable {
        waiting: usize,
    },
    Syncing,
    /// In step with the team; `waiting` changes not sent yet.
    Synced {
        waiting: usize,
    },
    /// The last round failed; the reason in the user's words. It is tried again.
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct Team {
    /// The settings, while the team library is turned on.
    pub settings: RwSignal<Option<Settings>>,
    pub status: RwSignal<Status>,
    /// The user signed in as, once the server said so.
    pub user: RwSignal<Option<String>>,
    /// Bumped to ask for a round now (a button, a sign-in).
    pub kick: RwSignal<u32>,
}

impl Team {
    pub fn new() -> Self {
        Self {
            settings: RwSignal::new(stored()),
            status: RwSignal::new(Status::SignedOut),
            user: RwSignal::new(None),
            kick: RwSignal::new(0),
        }
    }

    /// Keeps `settings` on this device (`None`: the team library is turned off).
    pub fn keep(&self, settings: Option<Settings>) {
        match &settings {
            Some(s) => {
                if let Ok(json) = serde_json::to_string(s) {
                    crate::browser::set_pref(SETTINGS_PREF, &json);
                }
            }
            None => crate::browser::remove_pref(SETTINGS_PREF),
        }
        self.settings.set(settings);
    }

    /// Changes the settings as stored now, not as this tab last saw them: another tab may have
    /// changed what is shared, or turned the team library off (then nothing is written, and
    /// this tab follows). `change` says whether it changed anything.
    pub fn change(&self, change: impl FnOnce(&mut Settings) -> bool) {
        let Some(mut settings) = stored() else {
            self.settings.set(None);
            return;
        };
        if change(&mut settings) {
            self.keep(Some(settings));
        } else if self
            .settings
            .with_untracked(|s| s.as_ref() != Some(&settings))
        {
            self.settings.set(Some(settings));
        }
    }

    /// Shares these journeys too, when only chosen journeys are shared (the team's journeys
    /// taken here, another version of a shared journey), in one write of the settings.
    pub fn share(&self, ids: &[Id]) {
        if ids.is_empty() {
            return;
        }
        self.change(|s| match &mut s.sharing {
            Sharing::Chosen(chosen) => {
                let before = chosen.len();
                chosen.extend(ids.iter().cloned());
                chosen.len() != before
            }
            Sharing::All => false,
        });
    }

    pub fn round_now(&self) {
        self.kick.update(|n| *n += 1);
    }
}

/// The settings as stored on this device.
fn stored() -> Option<Settings> {
    crate::browser::pref(SETTINGS_PREF)
        .and_then(|json| serde_json::from_str::<Settings>(&json).ok())
}

impl Default for Team {
    fn default() -> Self {
        Self::new()
    }
}
