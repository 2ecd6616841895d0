//! The journey's phases in the side panel: rename, add, remove, or start from the VNG set.

use super::principles::use_vng_phases;
use crate::browser::new_id;
use crate::components::field::control_id;
use crate::i18n::{Msg, text, use_i18n};
use crate::state::session::use_session;
use klantreis_core::{Command, Id, Phase};
use leptos::prelude::*;

#[component]
pub fn PhasesDetail() -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let ids = Memo::new(move |_| {
        session.with_journey(|j| j.phases.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
    });
    let add = move |_| {
        let id = new_id();
        let mut phases = session.with_journey_untracked(|j| j.phases.clone());
        phases.push(Phase {
            id: id.clone(),
            name: lang.get_untracked().text(Msg::NewPhase).to_owned(),
        });
        session.apply(Command::SetPhases(phases));
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
            let input = document()
                .query_selector(&format!("[data-phase=\"{id}\"]"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(input) = input {
                let _ = input.focus();
                input.select();
            }
        });
    };
    view! {
        <div class="detail-body">
            <h2 class="detail-title">{text(Msg::Phases)}</h2>
            <p class="field-hint">{text(Msg::PhasesHint)}</p>
            <Show when=move || ids.with(Vec::is_empty)>
                <button type="button" class="button button-small" on:click=move |_| use_vng_phases(session, lang.get_untracked())>
                    {text(Msg::UseVngPhases)}
                </button>
            </Show>
            <ol class="phase-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <PhaseRow id=id/>
                </For>
            </ol>
            <button type="button" class="button button-small" on:click=add>{text(Msg::AddPhase)}</button>
        </div>
    }
}

/// One phase: its name (typing is one undo step) and a button that takes it away (its steps
/// leave the phase; undo brings both back).
#[component]
fn PhaseRow(id: Id) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let id = StoredValue::new(id);
    let at = Memo::new(move |_| {
        session.with_journey(|j| {
            let i = j.phases.iter().position(|p| p.id == id.get_value())?;
            Some((i, j.phases[i].name.clone()))
        })
    });
    let number = move || {
        at.get()
            .map(|(i, _)| (i + 1).to_string())
            .unwrap_or_default()
    };
    let name = move || at.get().map(|(_, n)| n).unwrap_or_default();
    let rename = move |value: String| {
        let mut phases = session.with_journey_untracked(|j| j.phases.clone());
        if let Some(p) = phases.iter_mut().find(|p| p.id == id.get_value()) {
            p.name = value;
        }
        session.apply_typing(
            Command::SetPhases(phases),
            format!("phase:{}", id.get_value()),
        );
    };
    let remove = move |_| {
        let mut phases = session.with_journey_untracked(|j| j.phases.clone());
        phases.retain(|p| p.id != id.get_value());
        let command = session.with_journey_untracked(|j| Command::set_phases(j, phases));
        session.apply(command);
    };
    let field = control_id();
    view! {
        <li class="phase-row">
            <label class="field-label" for=field.clone()>
                {move || lang.get().text_with(Msg::PhaseName, &[number()])}
            </label>
            <div class="phase-edit">
                <input
                    id=field
                    type="text"
                    data-phase=id.get_value().to_string()
                    prop:value=name
                    on:input:target=move |ev| rename(ev.target().value())
                />
                <PhaseMoves id=id at=at/>
                <button
                    type="button"
                    class="button button-small button-danger"
                    aria-label=move || lang.get().text_with(Msg::RemovePhase, &[name()])
                    on:click=remove
                >
                    "✕"
                </button>
            </div>
        </li>
    }
}

/// The buttons that move a phase one place up or down the list.
#[component]
fn PhaseMoves(id: StoredValue<Id>, at: Memo<Option<(usize, String)>>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let name = move || at.get().map(|(_, n)| n).unwrap_or_default();
    // Earlier or later in the list (the order the phase choices and patterns use); the
    // bands on the map follow the steps, wherever their phase stands in the list.
    let shift = move |later: bool| {
        let mut phases = session.with_journey_untracked(|j| j.phases.clone());
        let Some(i) = phases.iter().position(|p| p.id == id.get_value()) else {
            return;
        };
        let to = if later { i + 1 } else { i.wrapping_sub(1) };
        if to < phases.len() {
            phases.swap(i, to);
            session.apply(Command::SetPhases(phases));
            let which = if later { "later" } else { "earlier" };
            crate::browser::focus_later(format!(
                "[data-phase-move=\"{}-{which}\"]",
                id.get_value()
            ));
        }
    };
    let last =
        move || session.with_journey(|j| j.phases.len()) == at.get().map_or(0, |(i, _)| i + 1);
    view! {
        <button
            type="button"
            class="button button-small"
            data-phase-move=format!("{}-earlier", id.get_value())
            disabled=move || at.get().is_none_or(|(i, _)| i == 0)
            aria-label=move || lang.get().text_with(Msg::PhaseEarlier, &[name()])
            on:click=move |_| shift(false)
        >
            "↑"
        </button>
        <button
            type="button"
            class="button button-small"
            data-phase-move=format!("{}-later", id.get_value())
            disabled=last
            aria-label=move || lang.get().text_with(Msg::PhaseLater, &[name()])
            on:click=move |_| shift(true)
        >
            "↓"
        </button>
    }
}
