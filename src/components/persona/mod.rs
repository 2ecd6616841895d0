//! Personas in the app beside the page that edits them (pages/persona.rs): the library's
//! cards, the journey's link to one, and a persona's sheet for the report.

mod sheet;

pub use sheet::{Avatar, PersonaLine, PersonaSheet};

use crate::browser::{new_id, now_ms};
use crate::i18n::{Counted, Msg, text, use_i18n};
use crate::labels;
use crate::state::session::use_session;
use crate::state::{AppState, Route, use_app};
use crate::storage::Expect;
use klantreis_core::{Client, Command, Id, Persona};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Stores a new persona and opens it.
fn create(app: AppState, name: String) {
    let persona = Persona::new(new_id(), name, now_ms());
    spawn_local(async move {
        if let crate::state::personas::Saved::Stored(_) =
            app.personas.save(&persona, Expect::Absent, false).await
        {
            app.navigate(Route::Persona(persona.id));
        }
    });
}

/// The library's personas as cards, each with its number of journeys.
#[component]
pub fn PersonaShelf() -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    let new_persona = move |_| {
        create(
            app,
            lang.get_untracked().text(Msg::NewPersonaName).to_owned(),
        )
    };
    let journeys_of = move |id: &Id| {
        app.summaries.with(|l| {
            l.iter()
                .filter(|s| s.persona_id.as_ref() == Some(id))
                .count()
        })
    };
    view! {
        <section class="library-section" aria-labelledby="personas">
            <div class="section-head">
                <h2 id="personas">{text(Msg::Personas)}</h2>
                <button type="button" class="button" on:click=new_persona>
                    "+ " {text(Msg::NewPersona)}
                </button>
            </div>
            <p class="muted">{text(Msg::PersonasIntro)}</p>
            <Show when=move || !app.personas.unreadable.with(Vec::is_empty)>
                <p class="import-error" role="alert">
                    {move || lang.get().text_with(Msg::PersonasUnreadable, &[app.personas.unreadable.get().join(", ")])}
                </p>
            </Show>
            <Show
                when=move || !app.personas.list.with(Vec::is_empty)
                fallback=|| view! { <p class="empty">{text(Msg::NoPersonas)}</p> }
            >
                <ul class="persona-cards">
                    <For
                        each=move || app.personas.list.get()
                        key=|p| (p.persona.id.clone(), p.revision)
                        children=move |p| {
                            let persona = p.persona;
                            let id = persona.id.clone();
                            let href = crate::state::route::to_hash(&Route::Persona(id.clone()));
                            let age = persona.age;
                            view! {
                                <li class="persona-card">
                                    <Avatar initials=persona.initials()/>
                                    <a class="persona-card-name" href=href>{persona.name.clone()}</a>
                                    <span class="journey-meta">
                                        <span>{text(labels::age(age))}</span>
                                        <span>{move || lang.get().count(Counted::Journeys, journeys_of(&id))}</span>
                                    </span>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </section>
    }
}

/// The journey's link to a library persona: choosing one shows its pseudonym on the map
/// (one undoable step); "none" keeps the name the journey has. Compact, beside the labels, so
/// the header does not take rows from the map.
#[component]
pub fn PersonaLink() -> impl IntoView {
    let app = use_app();
    let session = use_session();
    let linked = Memo::new(move |_| session.with_journey(|j| j.persona.id.clone()));
    let on_change = move |chosen: String| {
        let client = session.with_journey(|j| j.persona.clone());
        let client = match app.personas.get(&Id::new(chosen.clone())) {
            Some(p) if !chosen.is_empty() => Client {
                name: p.persona.name,
                id: Some(p.persona.id),
                ..client
            },
            _ => Client { id: None, ..client },
        };
        session.apply(Command::SetClient(client));
    };
    let id = crate::components::field::control_id();
    let options = move || {
        let current = linked.get();
        let none =
            view! { <option value="" selected=current.is_none()>{text(Msg::PersonaNone)}</option> };
        let listed = app.personas.list.with(|l| {
            l.iter()
                .map(|p| {
                    let selected = current.as_ref() == Some(&p.persona.id);
                    let value = p.persona.id.to_string();
                    view! { <option value=value selected=selected>{p.persona.name.clone()}</option> }
                })
                .collect_view()
        });
        (none, listed)
    };
    view! {
        <div class="field persona-link">
            <span class="field-label-row">
                <label class="field-label" for=id.clone()>{text(Msg::PersonaLink)}</label>
                {move || linked.get().filter(|id| app.personas.get(id).is_some()).map(|id| {
                    let href = crate::state::route::to_hash(&Route::Persona(id));
                    view! { <a href=href aria-label=text(Msg::PersonaOpen)>{text(Msg::Open)}</a> }
                })}
            </span>
            <select id=id on:change:target=move |ev| on_change(ev.target().value())>
                {options}
            </select>
        </div>
    }
}
