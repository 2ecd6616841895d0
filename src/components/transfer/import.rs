//! Importing a file of ours: read, checked, compared with what is stored, chosen where needed,
//! stored in one go, undoable.

use crate::browser::{Slices, format_time, new_id};
use crate::files::read_text;
use crate::i18n::{Arg, Counted, Lang, Msg, text, use_i18n};
use crate::state::notices::NO_ARGS;
use crate::state::{AppState, use_app};
use crate::storage::{Expect, Library, StorageError, Stored, Write};
use klantreis_core::file;
use klantreis_core::format::{MAX_BYTES, RestoreError};
use klantreis_core::recovery::{self, Arrival, Choice, Why};
use klantreis_core::{Id, Journey};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One journey of a read and validated file, beside the version stored under its id.
#[derive(Clone)]
struct Item {
    journey: Journey,
    stored: Option<Stored>,
    arrival: Arrival,
    choice: RwSignal<Choice>,
}

/// A read and validated file, waiting for the user's choices where the library has a version
/// the file would otherwise replace unseen.
#[derive(Clone)]
struct Pending {
    items: Vec<Item>,
}

/// A workshop package opens straight into the group's journey: one group journey, new here.
fn opens_after_import(p: &Pending) -> Option<Id> {
    match &p.items[..] {
        [item]
            if item.arrival == Arrival::New
                && item
                    .journey
                    .workshop
                    .as_ref()
                    .is_some_and(|w| w.group.is_some()) =>
        {
            Some(item.journey.id.clone())
        }
        _ => None,
    }
}

/// Reads what the library holds under each journey's id and how the file's version relates.
async fn compare(library: &Library, journeys: Vec<Journey>) -> Result<Vec<Item>, StorageError> {
    let mut items = Vec::with_capacity(journeys.len());
    let ids: Vec<Id> = journeys.iter().map(|j| j.id.clone()).collect();
    // Only journeys already here are read; one stored meanwhile is refused at the write.
    let here = library.stored_ids(&ids).await?;
    let mut slices = Slices::new();
    for journey in journeys {
        if slices.due() {
            slices.yield_now().await;
        }
        let stored = if here.contains(&journey.id) {
            match library.load(&journey.id).await {
                Ok(s) => Some(s),
                Err(StorageError::NotFound) => None,
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        let arrival = recovery::arrival(
            &journey,
            stored.as_ref().map(|s| (&s.journey, s.edited_here())),
        );
        let choice = match arrival {
            Arrival::Ask(Why::FileOlder) => Choice::KeepMine,
            _ => Choice::KeepBoth,
        };
        items.push(Item {
            journey,
            stored,
            arrival,
            choice: RwSignal::new(choice),
        });
    }
    Ok(items)
}

/// What one import did, for its summary and its undo.
#[derive(Default)]
struct Outcome {
    added: Vec<(Id, u64)>,
    /// The stored versions the file replaced, with the revision that replaced them.
    replaced: Vec<(Stored, u64)>,
    copies: Vec<(Id, u64)>,
    left: usize,
}

/// The writes for a file, given the user's choices; nothing is written here.
fn writes(items: &[Item], suffix: &str) -> (Vec<Write>, Vec<Effect>) {
    let mut writes = Vec::new();
    let mut effects = Vec::new();
    for item in items {
        let from_file = |expect| Write {
            journey: item.journey.clone(),
            expect,
            from_file: true,
        };
        let revision = item.stored.as_ref().map_or(0, |s| s.revision);
        let choice = match item.arrival {
            Arrival::New => Some(Effect::Added),
            Arrival::Unchanged => None,
            Arrival::Newer => Some(Effect::Replaced),
            Arrival::Ask(_) => match item.choice.get_untracked() {
                Choice::KeepMine => None,
                Choice::TakeFile => Some(Effect::Replaced),
                Choice::KeepBoth => Some(Effect::Copied),
            },
        };
        match choice {
            None => effects.push(Effect::Left),
            Some(Effect::Copied) => {
                let j = &item.journey;
                let title = format!("{} {suffix}", j.title);
                writes.push(Write {
                    journey: recovery::separate_copy(j, new_id(), title, j.updated_ms),
                    expect: Expect::Absent,
                    from_file: false,
                });
                effects.push(Effect::Copied);
            }
            Some(effect) => {
                writes.push(from_file(Expect::after(revision)));
                effects.push(effect);
            }
        }
    }
    (writes, effects)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Effect {
    Added,
    Replaced,
    Copied,
    Left,
}

/// Stores the whole file in one transaction: all of it or, on any failure, nothing.
fn store(app: AppState, pending: Pending, progress: RwSignal<Option<String>>, lang: Lang) {
    let open_after = opens_after_import(&pending);
    let (writes, effects) = writes(&pending.items, lang.text(Msg::ImportSuffix));
    progress.set(Some(
        lang.text_with(Msg::ImportStoring, &[writes.len().to_string()]),
    ));
    spawn_local(async move {
        let result = app.store_all(&writes).await;
        progress.set(None);
        let revisions = match result {
            Ok(r) => r,
            Err(e) => {
                let why = match e {
                    StorageError::Conflict { .. } => {
                        lang.text(Msg::ImportChangedMeanwhile).to_owned()
                    }
                    other => crate::components::notices::storage_text(&other, lang),
                };
                return app.notices.error(Msg::ImportNothingStored, vec![why]);
            }
        };
        let mut outcome = Outcome::default();
        let mut revisions = revisions.into_iter().zip(&writes);
        for (item, effect) in pending.items.into_iter().zip(effects) {
            if effect == Effect::Left {
                outcome.left += 1;
                continue;
            }
            let Some((rev, write)) = revisions.next() else {
                break;
            };
            match effect {
                Effect::Added => outcome.added.push((write.journey.id.clone(), rev)),
                Effect::Copied => outcome.copies.push((write.journey.id.clone(), rev)),
                Effect::Replaced => {
                    if let Some(old) = item.stored {
                        outcome.replaced.push((old, rev));
                    }
                }
                Effect::Left => {}
            }
        }
        app.refresh();
        let counts = vec![
            (outcome.added.len() + outcome.replaced.len() + outcome.copies.len()).to_string(),
            outcome.added.len().to_string(),
            outcome.replaced.len().to_string(),
            outcome.copies.len().to_string(),
            outcome.left.to_string(),
        ];
        let nothing =
            outcome.added.is_empty() && outcome.replaced.is_empty() && outcome.copies.is_empty();
        let undo = (!nothing).then(|| -> crate::state::NoticeAction {
            let outcome = std::sync::Arc::new(outcome);
            std::sync::Arc::new(move || undo(app, outcome.clone()))
        });
        app.notices.info(Msg::ImportDone, counts, undo);
        if let Some(id) = open_after {
            app.navigate(crate::state::Route::Journey(id, None));
        }
    });
}

/// Puts back what an import replaced and takes out what it added, as long as nobody changed
/// those journeys since (the same revision rule as every write).
fn undo(app: AppState, outcome: std::sync::Arc<Outcome>) {
    let Some(library) = app.library() else { return };
    spawn_local(async move {
        let back: Vec<Write> = outcome
            .replaced
            .iter()
            .map(|(old, rev)| Write {
                journey: old.journey.clone(),
                expect: Expect::Revision(*rev),
                from_file: old.received == Some(old.journey.updated_ms),
            })
            .collect();
        let mut result = app.store_all(&back).await.map(|_| ());
        for (id, rev) in outcome.added.iter().chain(&outcome.copies) {
            if result.is_err() {
                break;
            }
            result = library.delete(id, Expect::Revision(*rev)).await;
            if result.is_ok() {
                app.announce(id, 0);
            }
        }
        app.refresh();
        match result {
            Ok(()) => app.notices.info(Msg::ImportUndone, NO_ARGS, None),
            Err(e) => app.report(e),
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
        read_file(
            app,
            Status {
                progress,
                pending,
                failure,
            },
            chosen,
            lang.get_untracked(),
        );
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
                {text(Msg::Import)} "…"
                <input
                    node_ref=input
                    type="file"
                    accept=".json,application/json"
                    class="visually-hidden"
                    aria-describedby="import-hint"
                    on:change=on_file
                />
            </label>
            <span id="import-hint" class="field-hint">{text(Msg::ImportHint)}</span>
            {move || progress.get().map(|p| view! { <p class="import-progress" role="status"><progress></progress> " " {p}</p> })}
            {move || failure.get().map(|f| view! { <p class="import-error" role="alert">{f}</p> })}
            {move || pending.get().map(|p| view! { <Choices pending=p on_cancel=move || pending.set(None) on_confirm=confirm/> })}
        </div>
    }
}

/// What the import control shows: reading or storing, the choices to make, or why it failed.
#[derive(Clone, Copy)]
struct Status {
    progress: RwSignal<Option<String>>,
    pending: RwSignal<Option<Pending>>,
    failure: RwSignal<Option<String>>,
}

/// Reads a chosen file and compares its journeys with the library: stored at once when
/// nothing needs asking, else held in `pending` for the user's choices.
fn read_file(app: AppState, status: Status, chosen: web_sys::File, language: Lang) {
    let Status {
        progress,
        pending,
        failure,
    } = status;
    failure.set(None);
    if chosen.size() > MAX_BYTES as f64 {
        let e = RestoreError::TooLarge {
            size: chosen.size() as usize,
            max: MAX_BYTES,
        };
        failure.set(Some(language.text_with(
            Msg::ImportFailed,
            &[crate::explain::restore_error(&e, language)],
        )));
        return;
    }
    progress.set(Some(language.text(Msg::ImportReading).to_owned()));
    spawn_local(async move {
        let text = read_text(&chosen).await;
        let journeys = match text {
            Ok((text, replaced)) => contents_of(text, progress, language)
                .await
                .map(|contents| (contents, replaced))
                .map_err(|e| crate::components::notices::storage_text(&e, language)),
            Err(e) => Err(format!("{e:?}")),
        };
        progress.set(None);
        let (contents, replaced) = match journeys {
            Ok(j) => j,
            Err(why) => return failure.set(Some(language.text_with(Msg::ImportFailed, &[why]))),
        };
        let file::Contents {
            journeys,
            personas,
            removed,
        } = contents;
        // The file was read and checked whole: its personas are stored now, whatever is
        // chosen for its journeys (a persona without journeys harms nothing).
        super::personas::arrive(app, personas, language).await;
        if replaced > 0 {
            app.notices.lasting(
                Msg::ImportReplacedBytes,
                vec![Arg::Count(Counted::Places, replaced)],
                None,
            );
        }
        if removed > 0 {
            app.notices.lasting(
                Msg::ImportRemovedControls,
                vec![Arg::Count(Counted::ControlCharacters, removed)],
                None,
            );
        }
        let Some(library) = app.library() else { return };
        let items = match compare(&library, journeys).await {
            Ok(items) => items,
            Err(e) => return app.report(e),
        };
        let p = Pending { items };
        if p.items.iter().any(|i| matches!(i.arrival, Arrival::Ask(_))) {
            pending.set(Some(p));
        } else {
            store(app, p, progress, language);
        }
    });
}

/// What a file holds: read in the reading worker and taken from it a slice at a time, so a
/// file of thousands of journeys never blocks the page; read here instead where the worker
/// cannot be started (offline before it was ever fetched), or where the file does not read
/// (for the reason in the user's words, which the worker cannot give).
async fn contents_of(
    text: String,
    progress: RwSignal<Option<String>>,
    language: Lang,
) -> Result<file::Contents, StorageError> {
    if let Ok(read) = super::worker::read_file(&text).await
        && let Ok(contents) = taken(read, progress, language).await
    {
        return Ok(contents);
    }
    crate::storage::reader::contents(text).await
}

/// The worker's journeys and personas, each read the quick way (as this build stores it).
async fn taken(
    read: super::worker::ReadFile,
    progress: RwSignal<Option<String>>,
    language: Lang,
) -> Result<file::Contents, StorageError> {
    let total = read.journeys.len().to_string();
    let mut journeys = Vec::with_capacity(read.journeys.len());
    let mut slices = Slices::new();
    for json in read.journeys {
        journeys.push(crate::storage::reader::journey(json).await?);
        if slices.due() {
            let n = journeys.len().to_string();
            let told = language.text_with(Msg::ImportReadingCount, &[n, total.clone()]);
            progress.set(Some(told));
            slices.yield_now().await;
        }
    }
    let mut personas = Vec::with_capacity(read.personas.len());
    for json in read.personas {
        personas.push(crate::storage::reader::persona(json).await?);
    }
    Ok(file::Contents {
        journeys,
        personas,
        removed: read.removed,
    })
}

/// Per journey that the file would replace unseen: why, and keep mine / take the file /
/// keep both.
#[component]
fn Choices(
    pending: Pending,
    on_cancel: impl Fn() + 'static,
    on_confirm: impl Fn(()) + 'static,
) -> impl IntoView {
    let lang = use_i18n().lang;
    let rows = pending
        .items
        .iter()
        .filter_map(|item| match item.arrival {
            Arrival::Ask(why) => Some((item, why)),
            _ => None,
        })
        .map(|(item, why)| {
            let choice = item.choice;
            let name = format!("conflict-{}", item.journey.id);
            let option = move |value: Choice, label: Msg| {
                let name = name.clone();
                view! {
                    <label class="check">
                        <input type="radio" name=name prop:checked=move || choice.get() == value on:change=move |_| choice.set(value)/>
                        <span>{text(label)}</span>
                    </label>
                }
            };
            let mine = item.stored.as_ref().map_or(0, |s| s.journey.updated_ms);
            let theirs = item.journey.updated_ms;
            let why = move || {
                let language = lang.get();
                let msg = match why {
                    Why::FileOlder => Msg::ImportWhyOlder,
                    Why::EditedHere => Msg::ImportWhyEdited,
                };
                language.text_with(msg, &[format_time(mine, language), format_time(theirs, language)])
            };
            view! {
                <li>
                    <strong>{item.journey.title.clone()}</strong>
                    <span class="field-hint">{why}</span>
                    {option(Choice::KeepMine, Msg::KeepMine)}
                    {option(Choice::TakeFile, Msg::TakeFile)}
                    {option(Choice::KeepBoth, Msg::KeepBoth)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="import-conflicts" role="group" aria-labelledby="conflicts-title">
            <p id="conflicts-title">{text(Msg::ImportConflicts)}</p>
            <ul>{rows}</ul>
            <div class="dialog-actions">
                <button type="button" class="button" on:click=move |_| on_cancel()>{text(Msg::Cancel)}</button>
                <button type="button" class="button button-primary" on:click=move |_| on_confirm(())>{text(Msg::Import)}</button>
            </div>
        </div>
    }
}
