//! The side panel that edits what is selected on the map.

mod agency;
mod signifiers;
mod touchpoint;

use crate::components::map::focus_card;
use crate::i18n::{Msg, text};
use crate::state::session::{MapSelection, use_session};
use agency::AgencyDetail;
use leptos::prelude::*;
use touchpoint::TouchpointDetail;

#[component]
pub fn DetailPanel() -> impl IntoView {
    let session = use_session();
    view! {
        // Escape in the panel goes back to the card it edits.
        <aside
            class="detail"
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
            {move || match session.selection.get() {
                MapSelection::Touchpoint(id) => view! { <TouchpointDetail id=id/> }.into_any(),
                MapSelection::Agency(id) => view! { <AgencyDetail id=id/> }.into_any(),
                MapSelection::None => view! { <p class="detail-empty">{text(Msg::NothingSelected)}</p> }.into_any(),
            }}
        </aside>
    }
}
