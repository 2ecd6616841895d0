//! The library: the journeys in this browser, and the examples to start from.

use crate::browser::{format_time, new_id, now_ms, set_title};
use crate::components::dialog::{ConfirmRequest, use_confirm};
use crate::components::page_bar::LangSwitch;
use crate::components::persona::PersonaShelf;
use crate::components::safekeeping::{Safekeeping, make_backup};
use crate::components::transfer::{Export, ImportControl, export};
use crate::i18n::{Counted, Msg, text, use_i18n};
use crate::state::{AppState, Route, use_app};
use crate::storage::Expect;
use klantreis_core::{Id, Journey, JourneySummary, examples};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Stores a journey that is not in the library yet, then runs `then`.
/// Puts a deleted journey back (the undo of delete).
pub fn restore(app: AppState, journey: Journey) {
    app.store_new(journey, || {});
}

fn duplicate(app: AppState, id: Id, suffix: &'static str) {
    let Some(library) = app.library() else { return };
    spawn_local(async move {
        match library.load(&id).await {
            Ok(stored) => {
                let j = stored.journey;
                let title = format!("{} {suffix}", j.title);
                app.store_new(j.duplicate(new_id(), title, now_ms()), || {});
            }
            Err(e) => app.report(e),
        }
    });
}

fn rename(app: AppState, id: Id, title: String) {
    let Some(library) = app.library() else { return };
    spawn_local(async move {
        let result = async {
            let mut stored = library.load(&id).await?;
            stored.journey.title = title;
            stored.journey.updated_ms = now_ms();
            library
                .save(&stored.journey, Expect::Revision(stored.revision))
                .await
        };
        match result.await {
            Ok(rev) => {
                app.announce(&id, rev);
                app.refresh();
            }
            Err(e) => app.report(e),
        }
    });
}

fn delete(app: AppState, id: Id) {
    let Some(library) = app.library() else { return };
    spawn_local(async move {
        // Read it first, so the notice can offer to put it back; the delete is refused if
        // another tab saved it in between (an unreadable record is deleted as it is).
        let kept = library.load(&id).await.ok();
        let revision = match &kept {
            Some(stored) => Ok(stored.revision),
            None => library.revision(&id).await,
        };
        let result = match revision {
            Ok(rev) => library.delete(&id, Expect::after(rev)).await,
            Err(e) => Err(e),
        };
        let kept = kept.map(|s| s.journey);
        match result {
            Ok(()) => {
                app.announce(&id, 0);
                app.refresh();
                let title = kept.as_ref().map(|j| j.title.clone()).unwrap_or_default();
                let undo = kept.map(|j| -> crate::state::NoticeAction {
                    std::sync::Arc::new(move || restore(app, j.clone()))
                });
                app.notices.info(Msg::Deleted, vec![title], undo);
            }
            Err(e) => app.report(e),
        }
    });
}

#[component]
pub fn LibraryPage() -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    Effect::new(move || set_title(lang.get().text(Msg::AppName)));
    app.refresh();
    // Another tab saved or deleted: show the new list.
    Effect::new(move || {
        if app.sync.incoming.get().is_some() {
            app.refresh();
        }
    });
    let selected = RwSignal::new(std::collections::HashSet::<Id>::new());
    provide_context(Selected(selected));
    let new_journey = move |_| {
        let language = lang.get_untracked();
        let j = Journey::new(
            new_id(),
            language.text(Msg::NewJourneyTitle),
            language.text(Msg::DefaultPersona),
            now_ms(),
        );
        app.create_and_open(j);
    };
    view! {
        <header class="topbar">
            <h1 class="brand">{text(Msg::AppName)}</h1>
            <span class="topbar-spacer"></span>
            <crate::components::team::status::TeamStatus/>
            <a class="button button-quiet" href="#/patronen">{text(Msg::OpenPatterns)}</a>
            <a class="button button-quiet" href="#/team">{text(Msg::TeamOpen)}</a>
            <LangSwitch/>
        </header>
        <div class="library">
            <section class="library-section" aria-labelledby="mine">
                <div class="section-head">
                    <h2 id="mine">{text(Msg::MyJourneys)}</h2>
                    <button type="button" class="button button-primary" on:click=new_journey>
                        "+ " {text(Msg::NewJourney)}
                    </button>
                </div>
                <p class="muted">{text(Msg::LibraryIntro)} " " {text(Msg::Privacy)}</p>
                <div class="library-tools">
                    <ImportControl/>
                    <span class="topbar-spacer"></span>
                    <LibraryExports/>
                </div>
                <Show
                    when=move || !app.summaries.with(Vec::is_empty)
                    fallback=|| view! { <p class="empty">{text(Msg::NoJourneys)}</p> }
                >
                    <JourneyList/>
                </Show>
            </section>
            <PersonaShelf/>
            <WorkshopList/>
            <Safekeeping/>
            <section class="library-section" aria-labelledby="examples">
                <h2 id="examples">{text(Msg::Examples)}</h2>
                <p class="muted">{text(Msg::ExamplesIntro)}</p>
                <ul class="example-list">
                    {examples::all().into_iter().map(|j| view! { <ExampleCard journey=j/> }).collect_view()}
                </ul>
            </section>
        </div>
    }
}

/// Export of the ticked journeys (or all), a backup, the tables and the workbook.
#[component]
fn LibraryExports() -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    let Selected(selected) = expect_context::<Selected>();
    // The ticked journeys, or all when none are ticked.
    let chosen = move || {
        let ticked = selected.get_untracked();
        let all = app.summaries.get_untracked().into_iter().map(|s| s.id);
        if ticked.is_empty() {
            all.collect()
        } else {
            all.filter(|id| ticked.contains(id)).collect()
        }
    };
    let export_as = move |kind: Export, name: &'static str| {
        move |_| export(app, chosen(), name.into(), kind, lang.get_untracked())
    };
    let selection_count = move || {
        let chosen = selected.get();
        app.summaries
            .with(|s| s.iter().filter(|s| chosen.contains(&s.id)).count())
    };
    let none = move || app.summaries.with(Vec::is_empty);
    view! {
        <div class="export-buttons">
            <button type="button" class="button" disabled=move || selection_count() == 0
                on:click=export_as(Export::File, "klantreizen-selectie")>
                {move || lang.get().text_with(Msg::ExportSelection, &[selection_count().to_string()])}
            </button>
            <button type="button" class="button" disabled=none
                on:click=move |_| make_backup(app, lang.get_untracked())>
                {text(Msg::ExportAll)}
            </button>
            <button type="button" class="button" disabled=none
                aria-describedby="csv-hint" on:click=export_as(Export::TouchpointsCsv, "klantreizen")>
                {text(Msg::CsvTouchpoints)}
            </button>
            <button type="button" class="button" disabled=none
                aria-describedby="csv-hint" on:click=export_as(Export::StoriesCsv, "klantreizen")>
                {text(Msg::CsvStories)}
            </button>
            <button type="button" class="button" disabled=none
                aria-describedby="csv-hint" on:click=export_as(Export::Workbook, "klantreizen")>
                {text(Msg::ExportWorkbook)}
            </button>
            <span id="csv-hint" class="field-hint">{text(Msg::CsvHint)}</span>
        </div>
    }
}

/// How many rows the list draws before "show more": a screenful and then some. Drawing every
/// row of a library of thousands took seconds; nobody scrolls through thousands of rows.
const PAGE: usize = 100;

/// From how many journeys the list offers a search field.
const SEARCH_FROM: usize = 20;

/// The journeys, newest first: a search over title, persona, workshop and group, the first
/// `PAGE` that match, and more on request.
#[component]
fn JourneyList() -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    let query = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    let matching = Memo::new(move |_| {
        query.with(|q| {
            app.summaries.with(|list| {
                list.iter()
                    .filter(|s| s.matches(q))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let total = move || app.summaries.with(Vec::len);
    let count = move || {
        let language = lang.get();
        let all = language.count(Counted::Journeys, total());
        if query.with(|q| q.trim().is_empty()) {
            all
        } else {
            let found = matching.with(Vec::len).to_string();
            format!(
                "{all} · {}",
                language.text_with(Msg::JourneysFound, &[found])
            )
        }
    };
    let visible =
        move || matching.with(|m| m.iter().take(shown.get()).cloned().collect::<Vec<_>>());
    let more = move || matching.with(Vec::len) > shown.get();
    view! {
        <div class="journey-list-head">
            <p class="journey-count" aria-live="polite">{count}</p>
            <Show when=move || { total() >= SEARCH_FROM }>
                <input
                    type="search"
                    class="journey-search"
                    aria-label=text(Msg::SearchJourneys)
                    placeholder=text(Msg::SearchJourneys)
                    prop:value=move || query.get()
                    on:input:target=move |ev| {
                        query.set(ev.target().value());
                        shown.set(PAGE);
                    }
                />
            </Show>
        </div>
        <ul class="journey-list">
            <For each=visible key=|s| (s.id.clone(), s.title.clone(), s.updated_ms) let:s>
                <JourneyRow summary=s/>
            </For>
        </ul>
        <Show when=more>
            <button type="button" class="button journey-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                {move || lang.get().text_with(Msg::ShowMoreJourneys, &[shown.get().min(matching.with(Vec::len)).to_string(), matching.with(Vec::len).to_string()])}
            </button>
        </Show>
    }
}

/// The workshops in this browser (their templates), and a new one.
#[component]
fn WorkshopList() -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    let workshops = move || {
        app.summaries.with(|list| {
            list.iter()
                .filter(|s| s.workshop.as_ref().is_some_and(|(_, _, g)| g.is_none()))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let new_workshop = move |_| {
        let language = lang.get_untracked();
        let name = language.text(Msg::NewWorkshop);
        let template = klantreis_core::workshop::start(
            examples::all().swap_remove(1),
            new_id(),
            name,
            now_ms(),
        );
        let template = Journey {
            id: new_id(),
            title: name.to_owned(),
            ..template
        };
        let id = template.id.clone();
        app.store_new(template, move || app.navigate(Route::Workshop(id)));
    };
    view! {
        <section class="library-section" aria-labelledby="workshops">
            <div class="section-head">
                <h2 id="workshops">{text(Msg::Workshops)}</h2>
                <button type="button" class="button" on:click=new_workshop>"+ " {text(Msg::NewWorkshop)}</button>
            </div>
            <p class="muted">{text(Msg::WorkshopsIntro)}</p>
            <Show when=move || !workshops().is_empty() fallback=|| view! { <p class="empty">{text(Msg::NoWorkshops)}</p> }>
                <ul class="workshop-list">
                    <For each=workshops key=|s| (s.id.clone(), s.title.clone()) let:s>
                        {
                            let id = s.id.clone();
                            view! {
                                <li>
                                    <button type="button" class="journey-open" on:click=move |_| app.navigate(Route::Workshop(id.clone()))>
                                        {s.title.clone()}
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// The journeys ticked for export.
#[derive(Clone, Copy)]
struct Selected(RwSignal<std::collections::HashSet<Id>>);

#[component]
fn JourneyRow(summary: JourneySummary) -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(summary.title.clone());
    let id = StoredValue::new(summary.id.clone());
    let title = StoredValue::new(summary.title.clone());
    let open = move |_| app.navigate(Route::Journey(id.get_value(), None));
    let save_name = move || {
        let text = draft.get_untracked().trim().to_owned();
        if !text.is_empty() && text != title.get_value() {
            rename(app, id.get_value(), text);
        }
        renaming.set(false);
    };
    let updated = summary.updated_ms;
    let shared = {
        let summary = summary.clone();
        move || {
            app.team.settings.with(|s| {
                s.as_ref()
                    .is_some_and(|s| s.sharing.shares_journey(&summary))
            })
        }
    };
    let Selected(selected) = expect_context::<Selected>();
    let is_selected = move || selected.with(|s| s.contains(&id.get_value()));
    let toggle = move |_| {
        selected.update(|s| {
            let id = id.get_value();
            if !s.remove(&id) {
                s.insert(id);
            }
        })
    };
    let select_label = move || {
        lang.get()
            .text_with(Msg::SelectJourney, &[title.get_value()])
    };
    view! {
        <li class="journey-row">
            <input type="checkbox" class="journey-select" aria-label=select_label prop:checked=is_selected on:change=toggle/>
            <div class="journey-row-main">
                <Show
                    when=move || renaming.get()
                    fallback=move || view! {
                        <button type="button" class="journey-open" on:click=open>{title.get_value()}</button>
                    }
                >
                    <RenameForm draft=draft renaming=renaming save=Callback::new(move |()| save_name())/>
                </Show>
                <span class="journey-meta">
                    {summary.workshop.clone().map(|(_, name, group)| view! {
                        <span class="badge">{move || lang.get().text_with(Msg::WorkshopBadge, std::slice::from_ref(&name))} {group.map(|g| format!(" · {g}"))}</span>
                    })}
                    <Show when=shared.clone()>
                        <span class="badge badge-shared">{text(Msg::TeamShared)}</span>
                    </Show>
                    {summary.version_of.is_some().then(|| view! {
                        <span class="badge badge-warning">{text(Msg::VersionBadge)}</span>
                    })}
                    <span>{text(Msg::Persona)} ": " {summary.persona.clone()}</span>
                    <span>{text(Msg::Touchpoints)} ": " {summary.touchpoints}</span>
                    <span>{text(Msg::Updated)} ": " {move || format_time(updated, lang.get())}</span>
                </span>
            </div>
            <JourneyActions id=id title=title draft=draft renaming=renaming/>
        </li>
    }
}

/// The row's title as a field, saved with Enter or the button, left with Escape.
#[component]
fn RenameForm(
    draft: RwSignal<String>,
    renaming: RwSignal<bool>,
    save: Callback<()>,
) -> impl IntoView {
    view! {
        <form class="rename" on:submit=move |ev| { ev.prevent_default(); save.run(()); }>
            <label class="field">
                <span class="field-label">{text(Msg::Title)}</span>
                <input
                    type="text"
                    autofocus
                    prop:value=move || draft.get()
                    on:input:target=move |ev| draft.set(ev.target().value())
                    on:keydown=move |ev| if ev.key() == "Escape" { renaming.set(false) }
                />
            </label>
            <button type="submit" class="button button-small button-primary">{text(Msg::Save)}</button>
            <button type="button" class="button button-small" on:click=move |_| renaming.set(false)>{text(Msg::Cancel)}</button>
        </form>
    }
}

/// Open, rename, duplicate, export and delete one journey.
#[component]
fn JourneyActions(
    id: StoredValue<Id>,
    title: StoredValue<String>,
    draft: RwSignal<String>,
    renaming: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let confirm = use_confirm();
    let lang = use_i18n().lang;
    let ask_delete = move |_| {
        let language = lang.get_untracked();
        confirm.ask(ConfirmRequest {
            title: language.text_with(Msg::ConfirmDeleteJourney, &[title.get_value()]),
            body: language.text(Msg::ConfirmDeleteJourneyBody).to_owned(),
            confirm: Msg::Delete,
            on_confirm: {
                let id = id.get_value();
                std::sync::Arc::new(move || delete(app, id.clone()))
            },
        });
    };
    let export_label = move || {
        lang.get()
            .text_with(Msg::ExportJourney, &[title.get_value()])
    };
    view! {
        <div class="journey-actions">
            <button type="button" class="button button-small" on:click=move |_| app.navigate(Route::Journey(id.get_value(), None))>{text(Msg::Open)}</button>
            <button type="button" class="button button-small" on:click=move |_| { draft.set(title.get_value()); renaming.set(true); }>
                {text(Msg::Rename)}
            </button>
            <button type="button" class="button button-small" on:click=move |_| duplicate(app, id.get_value(), lang.get_untracked().text(Msg::CopySuffix))>
                {text(Msg::Duplicate)}
            </button>
            <button type="button" class="button button-small" aria-label=export_label
                on:click=move |_| export(app, vec![id.get_value()], title.get_value(), Export::File, lang.get_untracked())>
                {text(Msg::Export)}
            </button>
            <button type="button" class="button button-small button-danger" on:click=ask_delete>{text(Msg::Delete)}</button>
        </div>
    }
}

#[component]
fn ExampleCard(journey: Journey) -> impl IntoView {
    let app = use_app();
    let summary = journey.summary();
    let goal = journey.goal.clone();
    let journey = StoredValue::new(journey);
    let open = move |_| {
        let j = journey.get_value();
        let title = j.title.clone();
        app.create_and_open(j.duplicate(new_id(), title, now_ms()));
    };
    view! {
        <li class="example">
            <h3>{summary.title.clone()}</h3>
            <p class="example-goal">{goal}</p>
            <p class="journey-meta">
                <span>{text(Msg::Agencies)} ": " {summary.agencies}</span>
                <span>{text(Msg::Touchpoints)} ": " {summary.touchpoints}</span>
            </p>
            <button type="button" class="button" on:click=open>{text(Msg::OpenAsCopy)}</button>
        </li>
    }
}
