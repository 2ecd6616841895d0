//! Keeping the stories safe on this device: how much is stored and whether the browser keeps
//! it, a backup of everything in one file (suggested when one is due), and erasing all of it.

use crate::browser::{format_time, now_ms};
use crate::components::dialog::{Confirm, ConfirmRequest, use_confirm};
use crate::components::transfer::{Export, export};
use crate::i18n::{Counted, Lang, Msg, text, use_i18n};
use crate::state::{AppState, Route, use_app};
use crate::storage::device;
use leptos::prelude::*;

/// "1,2 MB" in Dutch, "1.2 MB" in English; "10,7 GB" from a thousand megabytes on.
fn megabytes(bytes: f64, lang: Lang) -> String {
    if bytes >= 1e9 {
        format!("{} GB", lang.fixed(bytes / 1e9, 1))
    } else {
        format!("{} MB", lang.fixed(bytes / 1e6, 1))
    }
}

/// Every journey and workshop in one file named with the date; remembered as the last backup.
pub fn make_backup(app: AppState, lang: Lang) {
    let ids = app
        .summaries
        .get_untracked()
        .into_iter()
        .map(|s| s.id)
        .collect();
    let date = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let name = format!("klantreis-reservekopie-{}", date.get(..10).unwrap_or(""));
    export(app, ids, name, Export::File, lang);
    device::note_backup(now_ms());
}

#[component]
pub fn Safekeeping() -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    let confirm = use_confirm();
    let usage = LocalResource::new(move || {
        app.summaries.track();
        device::estimate()
    });
    let backup = RwSignal::new(device::backup_state(now_ms()));
    Effect::new(move || {
        app.summaries.track();
        backup.set(device::backup_state(now_ms()));
    });
    let storage_line = move || {
        let language = lang.get();
        let used = usage
            .get()
            .flatten()
            .map_or_else(String::new, |(used, quota)| {
                language.text_with(
                    Msg::StorageUsed,
                    &[megabytes(used, language), megabytes(quota, language)],
                )
            });
        let kept = match app.persisted.get() {
            Some(true) => Msg::StoragePersisted,
            _ => Msg::StorageNotPersisted,
        };
        format!("{used} {}", language.text(kept)).trim().to_owned()
    };
    let last = move || {
        let language = lang.get();
        match backup.get().0 {
            Some(ms) => language.text_with(Msg::BackupLast, &[format_time(ms, language)]),
            None => language.text(Msg::BackupNever).to_owned(),
        }
    };
    let make = move |_| {
        make_backup(app, lang.get_untracked());
        backup.set(device::backup_state(now_ms()));
    };
    let erase = move |_| ask_to_erase(app, confirm, lang.get_untracked());
    let empty = move || app.summaries.with(Vec::is_empty);
    view! {
        <section class="library-section safekeeping" aria-labelledby="safekeeping">
            <h2 id="safekeeping">{text(Msg::Safekeeping)}</h2>
            <p class="muted">{storage_line}</p>
            <Show when=move || backup.get().1 && !empty()>
                <p class="banner banner-warning backup-due" role="status">{text(Msg::BackupDue)}</p>
            </Show>
            <div class="safekeeping-actions">
                <button type="button" class="button" disabled=empty on:click=make>{text(Msg::BackupMake)}</button>
                <span class="field-hint">{last}</span>
                <span class="topbar-spacer"></span>
                <a class="button button-quiet" href="#/privacy">{text(Msg::PrivacyTitle)}</a>
                <button type="button" class="button button-danger" on:click=erase>{text(Msg::EraseEverything)}</button>
            </div>
        </section>
    }
}

/// Erases everything after the user confirms, told how many journeys, touchpoints and
/// workshops go.
fn ask_to_erase(app: AppState, confirm: Confirm, language: Lang) {
    let summaries = app.summaries.get_untracked();
    let workshops = summaries
        .iter()
        .filter(|s| s.workshop.as_ref().is_some_and(|(_, _, g)| g.is_none()))
        .count();
    let touchpoints = summaries.iter().map(|s| s.touchpoints).sum();
    confirm.ask(ConfirmRequest {
        title: language.text(Msg::EraseTitle).to_owned(),
        body: language.text_with(
            Msg::EraseBody,
            &[
                language.count(Counted::Journeys, summaries.len() - workshops),
                language.count(Counted::Touchpoints, touchpoints),
                language.count(Counted::Workshops, workshops),
            ],
        ),
        confirm: Msg::EraseConfirm,
        on_confirm: std::sync::Arc::new(move || app.erase_everything()),
    });
}

/// All that is left after erasing: the app holds nothing any more.
#[component]
pub fn Erased() -> impl IntoView {
    let start_again = move |_| {
        crate::state::route::go(&Route::Library);
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <div class="page-message erased" role="status">
            <h1>{text(Msg::ErasedTitle)}</h1>
            <p>{text(Msg::ErasedBody)}</p>
            <button type="button" class="button" on:click=start_again>{text(Msg::StartAgain)}</button>
        </div>
    }
}
