//! The side panel that edits what is selected on the map.

mod agency;
mod blueprint;
mod phases;
mod principles;
mod signifiers;
mod touchpoint;

use crate::components::map::focus_card;
use crate::i18n::{Msg, text};
use crate::state::session::{MapSelection, Session, use_session};
use agency::AgencyDetail;
use leptos::prelude::*;
use phases::PhasesDetail;
use touchpoint::TouchpointDetail;

/// The widest screen on which the panel is a sheet (`max-width` of its media query in CSS).
const SHEET_MAX_W: f64 = 1100.0;

#[component]
pub fn DetailPanel() -> impl IntoView {
    let session = use_session();
    // On a tablet the panel is a sheet over the lower part of the screen: the card it edits
    // is scrolled to just above it (the cards' scroll margin is the sheet's height).
    Effect::new(move || {
        if let MapSelection::Touchpoint(id) = session.selection.get()
            && window()
                .inner_width()
                .ok()
                .and_then(|w| w.as_f64())
                .is_some_and(|w| w <= SHEET_MAX_W)
        {
            request_animation_frame(move || {
                let card = document().query_selector(&format!("[data-card=\"{id}\"]"));
                if let Ok(Some(card)) = card {
                    card.scroll_into_view_with_bool(false);
                }
            });
        }
    });
    view! {
        // Escape in the panel goes back to the card it edits.
        <aside
            class="detail"
            class:detail-open=move || session.selection.with(|s| *s != MapSelection::None)
            aria-label=text(Msg::TouchpointDetails)
            on:keydown=move |ev| {
                if ev.key() == "Escape"
                    && let MapSelection::Touchpoint(id) = session.selection.get_untracked()
                {
                    ev.prevent_default();
                    focus_card(&id);
                }
            }
        >
            // On a tablet the panel is a sheet over the lower half of the map; this closes it.
            <button type="button" class="button button-small detail-close" on:click=move |_| close(session)>
                {text(Msg::Close)}
            </button>
            {move || match session.selection.get() {
                MapSelection::Touchpoint(id) => view! { <TouchpointDetail id=id/> }.into_any(),
                MapSelection::Agency(id) => view! { <AgencyDetail id=id/> }.into_any(),
                MapSelection::Phases => view! { <PhasesDetail/> }.into_any(),
                MapSelection::None => view! { <p class="detail-empty">{text(Msg::NothingSelected)}</p> }.into_any(),
            }}
        </aside>
    }
}

/// Closes the panel (the sheet, on a tablet). Focus does not go back to the card: a card
/// with focus is the selected card, which would open the sheet again.
fn close(session: Session) {
    session.selection.set(MapSelection::None);
}
