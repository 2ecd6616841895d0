use crate::browser::new_id;
use crate::files::read_text;
use crate::i18n::{Lang, Msg, fill, t, use_i18n};
use crate::state::{AppState, use_app};
use klantreis_core::file::{self, OnConflict};
use klantreis_core::format::{MAX_BYTES, RestoreError};
use klantreis_core::{Id, Journey};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashSet;

/// A read and validated file waiting for the user's choices on journeys already present.
#[derive(Clone)]
struct Pending {
    journeys: Vec<Journey>,
    choices: Vec<RwSignal<OnConflict>>,
    existing: HashSet<Id>,
}

/// What went wrong, in the user's language, with the place in the file.
pub fn explain(e: &RestoreError, lang: Lang) -> String {
    let f = |m: Msg, args: &[String]| fill(m.text(lang), args);
    match e {
        RestoreError::TooLarge { size, max } => f(
            Msg::ImportTooLarge,
            &[
                format!("{:.1}", *size as f64 / 1e6),
                format!("{:.0}", *max as f64 / 1e6),
            ],
        ),
        RestoreError::NotJson(detail) => f(Msg::ImportNotJson, std::slice::from_ref(detail)),
        RestoreError::WrongFormat(_) => f(Msg::ImportNotOurs, &[]),
        RestoreError::NoSchema => f(Msg::ImportNoVersion, &[]),
        RestoreError::FromTheFuture { found, .. } => f(Msg::ImportFuture, &[found.to_string()]),
        RestoreError::Shape { path, message } => {
            f(Msg::ImportWhere, &[path.clone(), message.clone()])
        }
        RestoreError::Invalid(errors) => errors
            .0
            .iter()
            .take(5)
            .map(|e| f(Msg::ImportWhere, &[e.path.clone(), e.problem.to_string()]))
            .collect::<Vec<_>>()
            .join("; "),
        RestoreError::Migration { .. } => e.to_string(),
    }
}

/// A workshop group's journey is replaced when it comes back (its id is the group's, so a
/// second import of the same group does not add a copy); the user is not asked about it.
fn is_group(j: &Journey) -> bool {
    j.workshop.as_ref().is_some_and(|w| w.group.is_some())
}

/// A workshop package opens straight into the group's journey: one group journey, new here.
fn opens_after_import(p: &Pending) -> Option<Id> {
    match &p.journeys[..] {
        [j] if is_group(j) && !p.existing.contains(&j.id) => Some(j.id.clone()),
        _ => None,
    }
}

/// Stores the journeys, one by one, with progress; nothing is stored before the whole file
/// has been read and checked.
fn store(app: AppState, pending: Pending, progress: RwSignal<Option<String>>, lang: Lang) {
    let open_after = opens_after_import(&pending);
    spawn_local(async move {
        let total = pending.journeys.len();
        let suffix = Msg::ImportSuffix.text(lang);
        for (i, (journey, choice)) in pending
            .journeys
            .into_iter()
            .zip(pending.choices)
            .enumerate()
        {
            progress.set(Some(fill(
                Msg::ImportStoring.text(lang),
                &[(i + 1).to_string(), total.to_string()],
            )));
            let journey = file::resolve(
                journey,
                &pending.existing,
                choice.get_untracked(),
                new_id(),
                suffix,
            );
            if let Err(e) = app.put(&journey).await {
                progress.set(None);
                return app.report(e);
            }
        }
        progress.set(None);
        app.refresh();
        app.notices
            .info(Msg::ImportDone, vec![total.to_string()], None);
        if let Some(id) = open_after {
            app.navigate(crate::state::Route::Journey(id, None));
        }
    });
}

/// The import button, the progress while a file is read and stored, and the choices for
/// journeys that are already in the library.
#[component]
pub fn ImportControl() -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    let input = NodeRef::<html::Input>::new();
    let progress = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<Pending>);
    let failure = RwSignal::new(None::<String>);

    let on_file = move |_| {
        let Some(el) = input.get_untracked() else {
            return;
        };
        let Some(chosen) = el.files().and_then(|f| f.get(0)) else {
            return;
        };
        el.set_value("");
        let l = lang.get_untracked();
        failure.set(None);
        if chosen.size() > MAX_BYTES as f64 {
            let e = RestoreError::TooLarge {
                size: chosen.size() as usize,
                max: MAX_BYTES,
            };
            failure.set(Some(fill(Msg::ImportFailed.text(l), &[explain(&e, l)])));
            return;
        }
        progress.set(Some(Msg::ImportReading.text(l).to_owned()));
        spawn_local(async move {
            let text = read_text(&chosen).await;
            let journeys = match text {
                Ok(text) => file::read(&text).map_err(|e| explain(&e, l)),
                Err(e) => Err(format!("{e:?}")),
            };
            progress.set(None);
            let journeys = match journeys {
                Ok(j) => j,
                Err(why) => return failure.set(Some(fill(Msg::ImportFailed.text(l), &[why]))),
            };
            let existing: HashSet<Id> = app
                .summaries
                .get_untracked()
                .into_iter()
                .map(|s| s.id)
                .collect();
            let choices = journeys
                .iter()
                .map(|j| {
                    RwSignal::new(if is_group(j) {
                        OnConflict::Replace
                    } else {
                        OnConflict::KeepCopy
                    })
                })
                .collect();
            let any_conflict = journeys
                .iter()
                .any(|j| existing.contains(&j.id) && !is_group(j));
            let p = Pending {
                journeys,
                choices,
                existing,
            };
            if any_conflict {
                pending.set(Some(p));
            } else {
                store(app, p, progress, l);
            }
        });
    };
    let confirm = move |_| {
        if let Some(p) = pending.get_untracked() {
            pending.set(None);
            store(app, p, progress, lang.get_untracked());
        }
    };
    view! {
        <div class="import">
            <label class="button">
                {t(Msg::Import)} "…"
                <input
                    node_ref=input
                    type="file"
                    accept=".json,application/json"
                    class="visually-hidden"
                    aria-describedby="import-hint"
                    on:change=on_file
                />
            </label>
            <span id="import-hint" class="field-hint">{t(Msg::ImportHint)}</span>
            {move || progress.get().map(|p| view! { <p class="import-progress" role="status"><progress></progress> " " {p}</p> })}
            {move || failure.get().map(|f| view! { <p class="import-error" role="alert">{f}</p> })}
            {move || pending.get().map(|p| {
                let rows = p.journeys.iter().zip(p.choices.iter()).filter(|(j, _)| p.existing.contains(&j.id) && !is_group(j)).map(|(j, choice)| {
                    let choice = *choice;
                    let name = format!("conflict-{}", j.id);
                    let option = move |value: OnConflict, label: Msg| {
                        let name = name.clone();
                        view! {
                            <label class="check">
                                <input type="radio" name=name prop:checked=move || choice.get() == value on:change=move |_| choice.set(value)/>
                                <span>{t(label)}</span>
                            </label>
                        }
                    };
                    view! {
                        <li>
                            <strong>{j.title.clone()}</strong>
                            {option(OnConflict::KeepCopy, Msg::KeepCopy)}
                            {option(OnConflict::Replace, Msg::Replace)}
                        </li>
                    }
                }).collect_view();
                view! {
                    <div class="import-conflicts" role="group" aria-labelledby="conflicts-title">
                        <p id="conflicts-title">{t(Msg::ImportConflicts)}</p>
                        <ul>{rows}</ul>
                        <div class="dialog-actions">
                            <button type="button" class="button" on:click=move |_| pending.set(None)>{t(Msg::Cancel)}</button>
                            <button type="button" class="button button-primary" on:click=confirm>{t(Msg::Import)}</button>
                        </div>
                    </div>
                }
            })}
        </div>
    }
}
