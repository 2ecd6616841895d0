//! The team library's status in the top bar of every page, while it is turned on: a link to
//! its page, announced politely when it changes.

use crate::i18n::{Counted, Lang, Msg, use_i18n};
use crate::state::team::Status;
use crate::state::use_app;
use leptos::prelude::*;

/// The status in words, and the class that colours it.
pub fn status_words(status: &Status, lang: Lang) -> (String, &'static str) {
    match status {
        Status::SignedOut => (lang.text(Msg::TeamSignedOut).to_owned(), "status-busy"),
        Status::Offline => (lang.text(Msg::TeamOffline).to_owned(), "status-busy"),
        Status::Syncing => (lang.text(Msg::TeamSyncing).to_owned(), "status-busy"),
        Status::Synced { waiting: 0 } => (lang.text(Msg::TeamSynced).to_owned(), "status-ok"),
        Status::Synced { waiting } => (
            lang.text_with(
                Msg::TeamWaiting,
                &[lang.count(Counted::WaitingChanges, *waiting)],
            ),
            "status-busy",
        ),
        Status::Unreachable { waiting } => (
            lang.text_with(
                Msg::TeamUnreachable,
                &[lang.count(Counted::WaitingChanges, *waiting)],
            ),
            "status-bad",
        ),
        Status::Failed(why) => (
            lang.text_with(Msg::TeamFailed, std::slice::from_ref(why)),
            "status-bad",
        ),
    }
}

#[component]
pub fn TeamStatus() -> impl IntoView {
    let team = use_app().team;
    let lang = use_i18n().lang;
    let words = Memo::new(move |_| status_words(&team.status.get(), lang.get()));
    view! {
        <Show when=move || team.settings.with(Option::is_some)>
            <span role="status" class=move || format!("team-status {}", words.get().1)>
                <a href="#/team">{move || words.get().0}</a>
            </span>
        </Show>
    }
}
