//! The map editor for one journey.

use crate::browser::{new_id, pref, set_pref, set_title};
use crate::components::detail::DetailPanel;
use crate::components::ideas::IdeasView;
use crate::components::journey_header::JourneyHeader;
use crate::components::map::JourneyMap;
use crate::components::page_bar::LangSwitch;
use crate::components::report::Report;
use crate::components::set_editor::SetEditor;
use crate::components::shadow::DesignedBanner;
use crate::components::stories::StoriesView;
use crate::components::transfer::{Export, download_as};
use crate::components::variant::{MakeVariant, ToBeBanner, Variant, can_make_variant};
use crate::components::versions::VersionsBanner;
use crate::components::vertelpunt::ClientMode;
use crate::components::workshop::WorkshopBanner;
use crate::i18n::{Msg, text, use_i18n};
use crate::lazy::OnUse;
use crate::part;
use crate::state::route::Focus;
use crate::state::session::{Conflict, EditorView, MapSelection, SaveState, Session};
use crate::state::{LibraryState, Route, use_app};
use klantreis_core::{Agency, AgencyKind, Command, Id, JourneyField};
use leptos::prelude::*;

// Used by few, or only now and then: fetched on first use (src/lazy.rs).
part!(report fn report() => view! { <Report/> });
part!(set_editor fn set_editor() => view! { <SetEditor/> });
part!(ideas fn ideas() => view! { <IdeasView/> });
part!(client_mode fn client_mode(id: Id) => view! { <ClientMode id=id/> });

#[component]
pub fn JourneyPage(id: Id, focus: Option<Focus>) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let loaded = LocalResource::new(move || {
        let library = app.library.get();
        let id = id.get_value();
        async move {
            match library {
                LibraryState::Opening => None,
                LibraryState::Ready(l) => Some(l.load(&id).await),
            }
        }
    });
    move || match loaded.get().flatten() {
        None => view! { <p class="loading">{text(Msg::Loading)}</p> }.into_any(),
        Some(Ok(stored)) => {
            // The benchmark measures rendering from here (the journey is loaded).
            crate::browser::perf_start("klantreis:render");
            let session = Session::start(app, stored);
            provide_context(session);
            // Opened from the patterns' evidence: show that touchpoint or story.
            match focus.clone() {
                Some(Focus::Touchpoint(t)) => {
                    session.selection.set(MapSelection::Touchpoint(t.clone()));
                    crate::components::map::focus_card(&t);
                }
                Some(Focus::Story(s)) => {
                    session.view.set(EditorView::Stories);
                    session.story.set(Some(s));
                }
                None => {}
            }
            view! { <JourneyEditor session=session/> }.into_any()
        }
        Some(Err(e)) => {
            let lang = use_i18n().lang;
            let reason = move || crate::components::notices::journey_unopened(&e, lang.get());
            view! {
                <div class="page-message" role="alert">
                    <p>{reason}</p>
                    <button type="button" class="button" on:click=move |_| app.navigate(Route::Library)>
                        {text(Msg::BackToLibrary)}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

#[component]
fn JourneyEditor(session: Session) -> impl IntoView {
    let lang = use_i18n().lang;
    let title = Memo::new(move |_| session.with_journey(|j| j.title.clone()));
    Effect::new(move || {
        set_title(&format!(
            "{} – {}",
            title.get(),
            lang.get().text(Msg::AppName)
        ))
    });

    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || in_text_field(&ev) {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => session.undo(),
            ("z", true) | ("y", false) => session.redo(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
    let header = HeaderFold::remembered();
    crate::components::shadow::NotHappened::provide();

    view! {
        <div class="editor-page">
            <Toolbar session=session/>
            <ConflictBanner session=session/>
            <VersionsBanner session=session/>
            <WorkshopBanner session=session/>
            <ToBeBanner session=session/>
            <DesignedBanner session=session/>
            <ViewTabs session=session header=header/>
            {move || match session.view.get() {
                EditorView::Map => view! {
                    <div id="journey-header" hidden=move || !header.0.get()><JourneyHeader/></div>
                    <div class="workspace" id="view-panel" role="tabpanel">
                        <JourneyMap/>
                        <DetailPanel/>
                    </div>
                }.into_any(),
                EditorView::Stories => view! {
                    <div class="workspace-single" id="view-panel" role="tabpanel"><StoriesView/></div>
                }.into_any(),
                EditorView::Signifiers => view! {
                    <div class="workspace-single" id="view-panel" role="tabpanel"><OnUse load=set_editor/></div>
                }.into_any(),
                EditorView::Ideas => view! {
                    <div class="workspace-single" id="view-panel" role="tabpanel"><OnUse load=ideas/></div>
                }.into_any(),
                EditorView::Report => view! {
                    <div class="workspace-single" id="view-panel" role="tabpanel"><OnUse load=report/></div>
                }.into_any(),
            }}
        </div>
        {move || session.client.get().map(|id| view! { <OnUse load=move || client_mode(id.clone())/> })}
    }
}

/// Whether the persona and goal show above the map. Folding them away gives a small screen
/// (a 720-pixel projector) a third more map; remembered on this device.
#[derive(Clone, Copy)]
struct HeaderFold(RwSignal<bool>);

impl HeaderFold {
    const KEY: &str = "klantreis.journey-header";

    fn remembered() -> Self {
        Self(RwSignal::new(pref(Self::KEY).as_deref() != Some("folded")))
    }

    fn toggle(self) {
        self.0.update(|open| *open = !*open);
        let value = if self.0.get_untracked() {
            "open"
        } else {
            "folded"
        };
        set_pref(Self::KEY, value);
    }
}

#[component]
fn ViewTabs(session: Session, header: HeaderFold) -> impl IntoView {
    let lang = use_i18n().lang;
    let stories = Memo::new(move |_| session.with_journey(|j| j.stories.len()));
    let ideas = Memo::new(move |_| session.with_journey(|j| j.ideas.len()));
    let tab = move |view: EditorView, label: Msg| {
        let selected = move || session.view.get() == view;
        view! {
            <button
                type="button"
                role="tab"
                class="tab"
                aria-selected=move || if selected() { "true" } else { "false" }
                aria-controls="view-panel"
                on:click=move |_| session.view.set(view)
            >
                {move || {
                    let text = lang.get().text(label);
                    match view {
                        EditorView::Stories => format!("{text} ({})", stories.get()),
                        EditorView::Ideas => format!("{text} ({})", ideas.get()),
                        _ => text.to_owned(),
                    }
                }}
            </button>
        }
    };
    view! {
        <div class="tabs-row">
            <nav class="tabs" role="tablist" aria-label=text(Msg::EditorViews)>
                {tab(EditorView::Map, Msg::MapView)}
                {tab(EditorView::Stories, Msg::StoriesView)}
                {tab(EditorView::Signifiers, Msg::SignifiersView)}
                {tab(EditorView::Ideas, Msg::IdeasView)}
                {tab(EditorView::Report, Msg::ReportView)}
            </nav>
            <Show when=move || session.view.get() == EditorView::Map>
                <button
                    type="button"
                    class="button button-small header-toggle"
                    aria-expanded=move || header.0.get().to_string()
                    aria-controls="journey-header"
                    on:click=move |_| header.toggle()
                >
                    {text(Msg::JourneyHeaderToggle)}
                </button>
            </Show>
            <MapExports session=session/>
        </div>
    }
}

/// The map as SVG or PNG, the journey as a file (with edits not saved yet), and the projector.
#[component]
fn MapExports(session: Session) -> impl IntoView {
    let lang = use_i18n().lang;
    // The journey's title and its map as SVG, in the current language.
    let map_svg = move || {
        session.with_journey(|j| {
            (
                j.title.clone(),
                klantreis_core::export::svg::map(j, lang.get_untracked()),
            )
        })
    };
    let report = move |e: wasm_bindgen::JsValue| {
        session
            .app
            .notices
            .error(Msg::DownloadFailed, vec![format!("{e:?}")]);
    };
    let svg = move |_| {
        let (title, text) = map_svg();
        let name = crate::files::file_name(&title, "svg");
        if let Err(e) = crate::files::download(&name, "image/svg+xml", &text) {
            report(e);
        }
    };
    let png = move |_| {
        let (title, text) = map_svg();
        let name = crate::files::file_name(&title, "png");
        leptos::task::spawn_local(async move {
            // Twice the size: sharp on slides and in print.
            if let Err(e) = crate::files::download_png(&name, &text, 2.0).await {
                report(e);
            }
        });
    };
    // The journey in memory, with edits the autosave has not written yet.
    let file = move |_| {
        let mut journey = session.with_journey(Clone::clone);
        // The file holds the journey as it is now, edits not yet saved included.
        journey.updated_ms = crate::browser::now_ms();
        let title = journey.title.clone();
        download_as(
            session.app,
            &[journey],
            &title,
            Export::File,
            lang.get_untracked(),
        );
    };
    // The less used actions fold behind "Meer"; a choice or Escape closes the menu again.
    let more = RwSignal::new(false);
    let toggle = NodeRef::<leptos::html::Button>::new();
    let on_key = move |ev: leptos::ev::KeyboardEvent| close_on_escape(&ev, more, toggle);
    view! {
        <div class="tabs-actions" on:keydown=on_key>
            <button type="button" class="button button-small"
                on:click=move |_| session.app.navigate(Route::Present(session.with_journey(|j| j.id.clone()), None))>
                {text(Msg::Present)}
            </button>
            <button
                type="button"
                class="button button-small more-toggle"
                node_ref=toggle
                aria-expanded=move || more.get().to_string()
                aria-controls="more-actions"
                on:click=move |_| more.update(|m| *m = !*m)
            >
                {text(Msg::MoreActions)}
            </button>
            <div id="more-actions" class="more-actions" class:more-open=more on:click=move |_| more.set(false)>
                <button type="button" class="button button-small" on:click=svg>{text(Msg::ExportSvg)}</button>
                <button type="button" class="button button-small" on:click=png>{text(Msg::ExportPng)}</button>
                <button type="button" class="button button-small" on:click=file>{text(Msg::ExportThisJourney)}</button>
                <Show when=move || session.with_journey(can_make_variant)>
                    <MakeVariant session=session variant=Variant::ToBe/>
                    <MakeVariant session=session variant=Variant::Designed/>
                </Show>
            </div>
        </div>
    }
}

/// Escape closes the "Meer" menu and brings focus back to its button.
fn close_on_escape(
    ev: &leptos::ev::KeyboardEvent,
    open: RwSignal<bool>,
    toggle: NodeRef<leptos::html::Button>,
) {
    if ev.key() == "Escape" && open.get_untracked() {
        ev.prevent_default();
        open.set(false);
        if let Some(t) = toggle.get_untracked() {
            let _ = t.focus();
        }
    }
}

/// Text fields keep the browser's own undo for the text being typed.
fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

#[component]
fn Toolbar(session: Session) -> impl IntoView {
    let app = session.app;
    let lang = use_i18n().lang;
    let title = Signal::derive(move || session.with_journey(|j| j.title.clone()));
    let back = move |_| {
        session.flush();
        app.navigate(Route::Library);
    };
    let add_agency = move |_| {
        let agency = Agency::new(
            new_id(),
            lang.get_untracked().text(Msg::NewAgencyName),
            AgencyKind::Other,
        );
        let aid = agency.id.clone();
        let index = session.with_journey(|j| j.agencies.len());
        session.apply(Command::AddAgency { agency, index });
        session.selection.set(MapSelection::Agency(aid));
    };
    let can_undo = move || session.editor.with(|e| e.can_undo());
    let can_redo = move || session.editor.with(|e| e.can_redo());
    view! {
        <header class="topbar topbar-editor">
            <button type="button" class="button button-quiet" on:click=back>"← " {text(Msg::BackToLibrary)}</button>
            <label class="title-field">
                <span class="visually-hidden">{text(Msg::JourneyTitle)}</span>
                <input
                    type="text"
                    class="title-input"
                    prop:value=move || title.get()
                    on:input:target=move |ev| {
                        session.apply_typing(
                            Command::SetField { field: JourneyField::Title, value: ev.target().value() },
                            "journey:title".into(),
                        )
                    }
                    // Chrome blurs a focused field as the page that holds it goes away, when its
                    // signals are already gone: then there is nothing to tidy.
                    on:blur:target=move |ev| {
                        if let Some(t) = title.try_get_untracked() {
                            ev.target().set_value(&t)
                        }
                    }
                />
            </label>
            <SaveStatus state=session.save_state/>
            <crate::components::team::status::TeamStatus/>
            <div class="toolbar-group" role="group" aria-label=text(Msg::Undo)>
                <button type="button" class="button" disabled=move || !can_undo() on:click=move |_| session.undo()
                    aria-keyshortcuts="Control+Z">
                    "↶ " {text(Msg::Undo)}
                </button>
                <button type="button" class="button" disabled=move || !can_redo() on:click=move |_| session.redo()
                    aria-keyshortcuts="Control+Shift+Z">
                    "↷ " {text(Msg::Redo)}
                </button>
            </div>
            <button type="button" class="button button-primary" on:click=add_agency>"+ " {text(Msg::AddAgency)}</button>
            <LangSwitch/>
        </header>
    }
}

/// Whether the journey is stored, being stored, or could not be.
#[component]
pub fn SaveStatus(#[prop(into)] state: Signal<SaveState>) -> impl IntoView {
    let lang = use_i18n().lang;
    let status = move || match state.get() {
        SaveState::Saved => (Msg::Saved, "status-ok"),
        SaveState::Pending | SaveState::Saving => (Msg::Saving, "status-busy"),
        SaveState::Failed => (Msg::Unsaved, "status-bad"),
    };
    view! {
        <span class=move || format!("save-status {}", status().1) role="status">
            {move || lang.get().text(status().0)}
        </span>
    }
}

/// Another tab saved or deleted this journey while this one has unsaved edits: the user
/// chooses, nothing is overwritten unseen.
#[component]
pub fn ConflictBanner(session: Session) -> impl IntoView {
    move || {
        session.conflict.get().map(|c| {
            let msg = match c {
                Conflict::ChangedElsewhere => Msg::OtherTabChanged,
                Conflict::DeletedElsewhere => Msg::OtherTabDeleted,
            };
            let can_load = c == Conflict::ChangedElsewhere;
            view! {
                <div class="banner banner-warning" role="alert">
                    <span>{text(msg)}</span>
                    {can_load.then(|| view! {
                        <button type="button" class="button button-small" on:click=move |_| session.load_theirs(false)>
                            {text(Msg::LoadTheirs)}
                        </button>
                    })}
                    <button type="button" class="button button-small button-primary" on:click=move |_| session.keep_mine()>
                        {text(Msg::KeepMine)}
                    </button>
                </div>
            }
        })
    }
}
