//! A persona on paper: its face (initials), profile and empathy map, read-only (the report,
//! the printed page).

use crate::i18n::{Msg, text};
use crate::labels;
use klantreis_core::Persona;
use klantreis_core::persona::{AgeBand, Quarter};
use leptos::prelude::*;

/// The persona's face: its initials in a circle (no photograph of anyone).
#[component]
pub fn Avatar(#[prop(into)] initials: Signal<String>) -> impl IntoView {
    view! { <span class="avatar" aria-hidden="true">{move || initials.get()}</span> }
}

fn items(label: Msg, list: Vec<String>) -> impl IntoView {
    (!list.is_empty()).then(|| {
        view! {
            <div class="persona-items">
                <h4>{text(label)}</h4>
                <ul>{list.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            </div>
        }
    })
}

/// The persona in one line (the projector): face, pseudonym, age band and household.
#[component]
pub fn PersonaLine(persona: Persona) -> impl IntoView {
    view! {
        <p class="persona-line">
            <Avatar initials=persona.initials()/>
            <strong>{persona.name.clone()}</strong>
            {(persona.age != AgeBand::Unknown).then(|| view! { <span>{text(labels::age(persona.age))}</span> })}
            {(!persona.household.is_empty()).then(|| view! { <span>{persona.household.clone()}</span> })}
        </p>
    }
}

/// The persona's profile and empathy map as text.
#[component]
pub fn PersonaSheet(persona: Persona) -> impl IntoView {
    let quarters = Quarter::ALL.map(|q| (q, q.get(&persona.empathy).clone()));
    view! {
        <div class="persona-sheet">
            <div class="persona-sheet-head">
                <Avatar initials=persona.initials()/>
                <div>
                    <strong>{persona.name.clone()}</strong>
                    <p class="muted">
                        {(persona.age != AgeBand::Unknown).then(|| text(labels::age(persona.age)))}
                        {(persona.age != AgeBand::Unknown && !persona.household.is_empty()).then_some(" · ")}
                        {persona.household.clone()}
                    </p>
                </div>
            </div>
            {(!persona.situation.is_empty()).then(|| view! { <p>{persona.situation.clone()}</p> })}
            {(!persona.goal.is_empty()).then(|| view! { <p><strong>{text(Msg::PersonaGoal)} ": "</strong>{persona.goal.clone()}</p> })}
            {items(Msg::PersonaNeeds, persona.needs.clone())}
            {items(Msg::PersonaFrustrations, persona.frustrations.clone())}
            {items(Msg::PersonaChannels, persona.channels.clone())}
            <div class="empathy-grid">
                {quarters.into_iter().map(|(q, list)| items(labels::quarter(q), list)).collect_view()}
            </div>
        </div>
    }
}
