//! The rounds with the team library while the app is open: at start, every few seconds,
//! when the browser comes back online, and when asked. One round at a time, in one tab at a
//! time; the status says how it went.

use crate::i18n::{Lang, Msg};
use crate::state::team::{Status, Team};
use crate::state::use_app;
use crate::team::{TeamError, client, round};
use gloo_timers::callback::Interval;
use klantreis_core::team::Server;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Often enough that a colleague's change shows within moments in a workshop.
const EVERY_MS: u32 = 4_000;

/// A failure in the user's words.
pub fn explain(e: &TeamError, lang: Lang) -> String {
    let msg = match e {
        TeamError::Offline => Msg::TeamNoConnection,
        TeamError::SignedOut => Msg::TeamSignedOut,
        TeamError::WrongPassword => Msg::TeamWrongPassword,
        TeamError::NoAccess => Msg::TeamNoAccess,
        TeamError::NoDatabase => Msg::TeamNoDatabase,
        TeamError::Server { status, reason } => {
            return lang.text_with(Msg::TeamServerSaid, &[status.to_string(), reason.clone()]);
        }
        TeamError::Storage(e) => return e.to_string(),
        TeamError::Elsewhere => Msg::TeamElsewhere,
    };
    lang.text(msg).to_owned()
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

fn set(team: Team, status: Status) {
    if team.status.get_untracked() != status {
        team.status.set(status);
    }
}

/// Asks the server who its session cookie says is signed in, then runs a first round.
fn first_round(team: Team, run: impl Fn() + 'static) {
    let settings = team.settings.get_untracked();
    let Some(server) = settings.and_then(|s| Server::from_settings(&s).ok()) else {
        return;
    };
    spawn_local(async move {
        match client::who(&server).await {
            Ok(name) => team.user.set(name),
            Err(TeamError::Offline) => set(team, Status::Offline),
            Err(_) => team.user.set(None),
        }
        if team.user.get_untracked().is_none() {
            set(team, Status::SignedOut);
        }
        run();
    });
}

/// Runs the rounds for as long as it is mounted (the app mounts it while the team library is
/// on). Shows nothing.
#[component]
pub fn TeamSync() -> impl IntoView {
    let app = use_app();
    let team = app.team;
    let running = StoredValue::new(false);
    // Asked for while a round ran (a journey ticked right after signing in): one more round
    // follows at once instead of at the next tick.
    let again = StoredValue::new(false);
    let run = move || {
        let Some(settings) = team.settings.get_untracked() else {
            return;
        };
        let Ok(server) = Server::from_settings(&settings) else {
            return;
        };
        if !online() {
            return set(team, Status::Offline);
        }
        if running.get_value() {
            return again.set_value(true);
        }
        if team.user.get_untracked().is_none() || !crate::team::lead() {
            return;
        }
        running.set_value(true);
        // Said while a first sync or a catch-up runs (it can take seconds); a routine round
        // leaves an up-to-date status alone rather than flicker.
        if !matches!(team.status.get_untracked(), Status::Synced { .. }) {
            set(team, Status::Syncing);
        }
        spawn_local(async move {
            let result = round::round(app, &server, &settings.sharing).await;
            running.set_value(false);
            let status = match result {
                Ok(waiting) => Status::Synced { waiting },
                // Another tab took over during this round: it goes on from where this one
                // stopped, and this tab keeps the status it showed.
                Err(TeamError::Elsewhere) => team.status.get_untracked(),
                Err(TeamError::SignedOut) => {
                    team.user.set(None);
                    Status::SignedOut
                }
                Err(TeamError::Offline) if !online() => Status::Offline,
                Err(TeamError::Offline) => Status::Unreachable {
                    waiting: round::waiting(app, &server, &settings.sharing).await,
                },
                Err(e) => Status::Failed(explain(&e, app.lang.get_untracked())),
            };
            set(team, status);
            if again.get_value() {
                again.set_value(false);
                team.round_now();
            }
        });
    };
    first_round(team, run);
    Effect::new(move |_| {
        team.kick.track();
        run();
    });
    let tick = StoredValue::new_local(Some(Interval::new(EVERY_MS, run)));
    let back = window_event_listener(leptos::ev::online, move |_| run());
    let gone = window_event_listener(leptos::ev::offline, move |_| set(team, Status::Offline));
    let closing = window_event_listener(leptos::ev::pagehide, |_| crate::team::release());
    on_cleanup(move || {
        tick.set_value(None);
        back.remove();
        gone.remove();
        closing.remove();
        crate::team::release();
    });
}
