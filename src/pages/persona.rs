//! A persona of the library: its profile, its empathy map, and the journeys that link to it.
//! Edits are stored 300 ms after the last one, under the revision rule: a version another tab
//! stored in between is never overwritten; this page's version is then kept as a copy.

use crate::browser::{new_id, now_ms};
use crate::components::field::{SelectField, TextField};
use crate::components::list_editor::ListEditor;
use crate::components::page_bar::PageBar;
use crate::components::persona::Avatar;
use crate::i18n::{Msg, text, use_i18n};
use crate::labels;
use crate::pages::journey::SaveStatus;
use crate::state::personas::Saved;
use crate::state::session::SaveState;
use crate::state::{AppState, NoticeAction, Route, use_app};
use crate::storage::Expect;
use crate::storage::persona::StoredPersona;
use gloo_timers::callback::Timeout;
use klantreis_core::persona::{AgeBand, Lines, Quarter};
use klantreis_core::{Id, Journey, Persona};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::{Arc, Mutex};

/// Wait after the last edit before storing it, as the journey editor does.
const SAVE_AFTER_MS: u32 = 300;

#[component]
pub fn PersonaPage(id: Id) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let loaded = LocalResource::new(move || {
        let shelf = app.personas.shelf.get();
        async move {
            let (list, _) = match shelf?.list().await {
                Ok(listing) => listing,
                Err(e) => return Some(Err(e)),
            };
            Some(Ok(list
                .into_iter()
                .find(|p| p.persona.id == id.get_value())))
        }
    });
    view! {
        <PageBar title=Msg::ReportPersona/>
        {move || match loaded.get().flatten() {
            None => view! { <p class="loading" role="status">{text(Msg::Loading)}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="page-message" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(None)) => view! { <p class="page-message" role="alert">{text(Msg::PersonaNotFound)}</p> }.into_any(),
            Some(Ok(Some(stored))) => view! { <PersonaEditor stored=stored/> }.into_any(),
        }}
    }
}

/// What saving needs, kept outside the page's reactive arena: a save under way finishes,
/// and the last edits are stored, even when the page has gone in between.
#[derive(Default)]
struct Saving {
    /// The edited persona not stored yet.
    waiting: Option<Persona>,
    /// The stored revision this page has seen.
    rev: u64,
    /// One save at a time, so a save never meets this page's own previous write as a
    /// stranger's.
    busy: bool,
}

fn lock(saving: &Mutex<Saving>) -> std::sync::MutexGuard<'_, Saving> {
    saving.lock().unwrap_or_else(|e| e.into_inner())
}

/// The persona being edited, its save status, and its saving.
#[derive(Clone, Copy)]
struct Draft {
    persona: RwSignal<Persona>,
    status: RwSignal<SaveState>,
    saving: StoredValue<Arc<Mutex<Saving>>>,
    timer: StoredValue<Option<Timeout>, LocalStorage>,
}

impl Draft {
    fn edit(self, app: AppState, change: impl FnOnce(&mut Persona)) {
        self.persona.update(|p| {
            change(p);
            p.updated_ms = now_ms();
        });
        let edited = self.persona.get_untracked();
        self.saving.with_value(|s| lock(s).waiting = Some(edited));
        self.status.set(SaveState::Pending);
        let timer = Timeout::new(SAVE_AFTER_MS, move || self.save(app));
        self.timer.set_value(Some(timer));
    }

    /// Stores what waits; the saving itself holds on to nothing of the page's.
    fn save(self, app: AppState) {
        if let Some(saving) = self.saving.try_get_value() {
            store(saving, self.persona, self.status, app);
        }
    }
}

/// Stores the waiting edit over the revision this page has seen, then whatever was edited
/// meanwhile. `persona` and `status` are the page's, which may be gone by the time a save
/// is done.
fn store(
    saving: Arc<Mutex<Saving>>,
    persona: RwSignal<Persona>,
    status: RwSignal<SaveState>,
    app: AppState,
) {
    let Some((edited, rev)) = ({
        let mut s = lock(&saving);
        if s.busy {
            None
        } else {
            s.waiting.take().map(|p| (p, s.rev))
        }
    }) else {
        return;
    };
    lock(&saving).busy = true;
    spawn_local(async move {
        let state = match app.personas.save(&edited, Expect::after(rev), false).await {
            Saved::Stored(rev) => {
                lock(&saving).rev = rev;
                SaveState::Saved
            }
            Saved::Conflict => {
                keep_as_copy(&saving, persona, app, edited).await;
                SaveState::Saved
            }
            // Told already; the edit waits and the next one tries again.
            Saved::Failed => {
                lock(&saving).waiting.get_or_insert(edited);
                SaveState::Failed
            }
        };
        let again = {
            let mut s = lock(&saving);
            s.busy = false;
            s.waiting.is_some() && state != SaveState::Failed
        };
        if again {
            store(saving, persona, status, app);
        } else {
            let _ = status.try_set(state);
        }
    });
}

/// Another tab stored this persona since this page read it: this page's version (with any
/// edit made meanwhile) is stored beside it as a copy, and the page shows the stored one.
async fn keep_as_copy(
    saving: &Mutex<Saving>,
    persona: RwSignal<Persona>,
    app: AppState,
    mine: Persona,
) {
    let mine = lock(saving).waiting.take().unwrap_or(mine);
    let lang = app.lang.get_untracked();
    let name = lang.text_with(Msg::PersonaCopySuffix, std::slice::from_ref(&mine.name));
    let copy = mine.separate_copy(new_id(), name.clone());
    if let Saved::Stored(_) = app.personas.save(&copy, Expect::Absent, false).await {
        let open: NoticeAction =
            std::sync::Arc::new(move || app.navigate(Route::Persona(copy.id.clone())));
        app.notices
            .lasting(Msg::PersonaKeptAsCopy, vec![name], Some((Msg::Open, open)));
    }
    if let Some(shelf) = app.personas.shelf()
        && let Ok((list, _)) = shelf.list().await
        && let Some(theirs) = list.into_iter().find(|p| p.persona.id == mine.id)
    {
        lock(saving).rev = theirs.revision;
        let _ = persona.try_set(theirs.persona);
    }
}

#[component]
fn PersonaEditor(stored: StoredPersona) -> impl IntoView {
    let app = use_app();
    let draft = Draft {
        persona: RwSignal::new(stored.persona),
        status: RwSignal::new(SaveState::Saved),
        saving: StoredValue::new(Arc::new(Mutex::new(Saving {
            rev: stored.revision,
            ..Saving::default()
        }))),
        timer: StoredValue::new_local(None),
    };
    // Leaving the page or the tab stores what is waiting at once.
    let hide = window_event_listener(leptos::ev::visibilitychange, move |_| draft.save(app));
    on_cleanup(move || {
        hide.remove();
        draft.save(app);
    });
    let field = move |get: fn(&Persona) -> &String, set: fn(&mut Persona, String)| {
        (
            Signal::derive(move || draft.persona.with(|p| get(p).clone())),
            Callback::new(move |v: String| draft.edit(app, |p| set(p, v))),
        )
    };
    let (name, set_name) = field(|p| &p.name, |p, v| p.name = v);
    let (household, set_household) = field(|p| &p.household, |p, v| p.household = v);
    let (situation, set_situation) = field(|p| &p.situation, |p, v| p.situation = v);
    let (goal, set_goal) = field(|p| &p.goal, |p, v| p.goal = v);
    let initials = Signal::derive(move || draft.persona.with(Persona::initials));
    view! {
        <div class="persona-page">
            <header class="persona-head">
                <Avatar initials=initials/>
                <h2>{move || draft.persona.with(|p| p.name.clone())}</h2>
                <span class="topbar-spacer"></span>
                <SaveStatus state=draft.status/>
            </header>
            <section class="persona-profile" aria-label=text(Msg::ReportPersona)>
                <TextField label=Msg::PersonaPseudonym value=name on_input=set_name hint=Msg::PersonaNameHint/>
                <AgeField draft=draft/>
                <TextField label=Msg::PersonaHousehold value=household on_input=set_household/>
                <TextField label=Msg::PersonaSituation value=situation on_input=set_situation multiline=true/>
                <TextField label=Msg::PersonaGoal value=goal on_input=set_goal multiline=true/>
                <ListField draft=draft lines=Lines::Needs/>
                <ListField draft=draft lines=Lines::Frustrations/>
                <ListField draft=draft lines=Lines::Channels/>
            </section>
            <section class="empathy-map" aria-labelledby="empathy-title">
                <h2 id="empathy-title">{text(Msg::EmpathyMap)}</h2>
                <div class="empathy-grid">
                    {Quarter::ALL.map(|q| view! { <ListField draft=draft lines=Lines::Empathy(q)/> }).collect_view()}
                </div>
            </section>
            <PersonaJourneys draft=draft/>
        </div>
    }
}

#[component]
fn AgeField(draft: Draft) -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    let options = Signal::derive(move || {
        AgeBand::ALL
            .map(|a| {
                (
                    a.key().to_owned(),
                    lang.get().text(labels::age(a)).to_owned(),
                )
            })
            .to_vec()
    });
    let value = Signal::derive(move || draft.persona.with(|p| p.age.key().to_owned()));
    let on_change = move |key: String| {
        if let Some(age) = AgeBand::from_key(&key) {
            draft.edit(app, |p| p.age = age);
        }
    };
    view! { <SelectField label=Msg::PersonaAge options=options value=value on_change=on_change/> }
}

/// One list of the profile or of the empathy map; each added or edited item is stored.
#[component]
fn ListField(draft: Draft, lines: Lines) -> impl IntoView {
    let app = use_app();
    let items = Signal::derive(move || draft.persona.with(|p| lines.get(p).clone()));
    let on_change =
        move |(items, _): (Vec<String>, bool)| draft.edit(app, |p| *lines.get_mut(p) = items);
    let (label, class) = match lines {
        Lines::Needs => (Msg::PersonaNeeds, ""),
        Lines::Frustrations => (Msg::PersonaFrustrations, ""),
        Lines::Channels => (Msg::PersonaChannels, ""),
        Lines::Empathy(q) => (labels::quarter(q), q.key()),
    };
    view! {
        <ListEditor label=label add_placeholder=Msg::PersonaAddItem items=items on_change=on_change class=class/>
    }
}

/// The journeys that link to this persona, in time order, a new one, and deleting it.
#[component]
fn PersonaJourneys(draft: Draft) -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    let id = draft.persona.with_untracked(|p| p.id.clone());
    let linked = {
        let id = id.clone();
        move || {
            let mut list: Vec<_> = app.summaries.with(|l| {
                l.iter()
                    .filter(|s| s.persona_id.as_ref() == Some(&id))
                    .cloned()
                    .collect()
            });
            list.sort_by_key(|s| s.updated_ms);
            list
        }
    };
    let has_none = {
        let linked = linked.clone();
        move || linked().is_empty()
    };
    let new_journey = move |_| {
        let persona = draft.persona.get_untracked();
        let language = lang.get_untracked();
        let mut j = Journey::new(
            new_id(),
            language.text(Msg::NewJourneyTitle),
            persona.name,
            now_ms(),
        );
        j.persona.id = Some(persona.id);
        app.create_and_open(j);
    };
    let delete = move |_| {
        // What waits to be stored goes with the persona (and comes back with the undo).
        let revision = draft.saving.with_value(|s| {
            let mut s = lock(s);
            s.waiting = None;
            s.rev
        });
        let stored = StoredPersona {
            persona: draft.persona.get_untracked(),
            revision,
            received: None,
        };
        app.personas
            .delete(stored, move || app.navigate(Route::Library));
    };
    view! {
        <section class="persona-journeys" aria-labelledby="persona-journeys-title">
            <h2 id="persona-journeys-title">{text(Msg::PersonaJourneys)}</h2>
            <Show when=has_none>
                <p class="muted">{text(Msg::PersonaNoJourneys)}</p>
            </Show>
            <ul class="persona-journey-list">
                {move || linked().into_iter().map(|s| {
                    let href = crate::state::route::to_hash(&Route::Journey(s.id.clone(), None));
                    view! { <li><a href=href>{s.title.clone()}</a></li> }
                }).collect_view()}
            </ul>
            <div class="persona-actions">
                <button type="button" class="button" on:click=new_journey>"+ " {text(Msg::PersonaNewJourney)}</button>
                <button type="button" class="button button-danger" on:click=delete>{text(Msg::PersonaDelete)}</button>
            </div>
        </section>
    }
}
