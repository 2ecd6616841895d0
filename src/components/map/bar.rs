//! The bar below the map: "Meer kiezen", and copy, paste, move and delete for the chosen
//! cards (or the selected one).

use super::chosen::{chosen_or_selected, delete};
use super::copy;
use crate::components::field::control_id;
use crate::i18n::{Msg, text};
use crate::state::session::use_session;
use klantreis_core::{Command, Id};
use leptos::prelude::*;

/// Below the map: "Meer kiezen", and for the chosen cards copy, paste, move and delete.
#[component]
pub fn ChosenBar() -> impl IntoView {
    let session = use_session();
    let lang = crate::i18n::use_i18n().lang;
    // Those still in the journey: an undo may have taken pasted cards away again.
    let count = Memo::new(move |_| {
        session.chosen.with(|c| {
            session.with_journey(|j| c.iter().filter(|id| j.touchpoint(id).is_some()).count())
        })
    });
    let has_clip = move || session.app.clip.with(Option::is_some);
    view! {
        <div class="chosen-bar" role="group" aria-label=move || text(Msg::ChosenActions)>
            // Touch screens have no Shift: this makes a tap choose (hidden where a mouse is).
            <button
                type="button"
                class="button button-small choose-several"
                aria-pressed=move || session.choosing.get().to_string()
                on:click=move |_| session.choosing.update(|c| *c = !*c)
            >
                {text(Msg::ChooseSeveral)}
            </button>
            <Show when=move || { count.get() > 0 }>
                <span class="chosen-count" aria-live="polite">
                    {move || lang.get().text_with(Msg::ChosenCount, &[count.get().to_string()])}
                </span>
                <button type="button" class="button button-small" on:click=move |_| copy::copy_by_button()>
                    {text(Msg::CopyChosen)}
                </button>
                <MoveTo/>
                <button type="button" class="button button-small button-danger" on:click=move |_| delete(session)>
                    {text(Msg::DeleteChosen)}
                </button>
                <button type="button" class="button button-small" on:click=move |_| session.chosen.set(Vec::new())>
                    {text(Msg::ClearChosen)}
                </button>
            </Show>
            <Show when=has_clip>
                <button type="button" class="button button-small" on:click=move |_| copy::paste_remembered(session)>
                    {text(Msg::PasteTouchpoints)}
                </button>
            </Show>
        </div>
    }
}

/// "Verplaatsen naar": the chosen cards into another lane. The list goes back to its prompt
/// after each move, ready for the next.
#[component]
fn MoveTo() -> impl IntoView {
    let session = use_session();
    let agencies = Memo::new(move |_| {
        session.with_journey(|j| {
            j.agencies
                .iter()
                .map(|a| (a.id.to_string(), a.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let moved = move |value: String| {
        let ids = chosen_or_selected(session);
        let agency = Id::new(value);
        if let Some(command) =
            session.with_journey_untracked(|j| Command::move_touchpoints_to(j, &ids, &agency))
        {
            session.apply(command);
        }
    };
    let id = control_id();
    view! {
        <span class="chosen-move">
            <label class="visually-hidden" for=id.clone()>{text(Msg::MoveChosenTo)}</label>
            <select
                id=id
                on:change:target=move |ev| {
                    let value = ev.target().value();
                    ev.target().set_value("");
                    if !value.is_empty() {
                        moved(value);
                    }
                }
            >
                <option value="">{text(Msg::MoveChosenTo)} "…"</option>
                {move || {
                    agencies
                        .get()
                        .into_iter()
                        .map(|(v, name)| view! { <option value=v>{name}</option> })
                        .collect_view()
                }}
            </select>
        </span>
    }
}
