//! The journey map: one swimlane per agency, touchpoints as cards in time order (columns),
//! and the emotion curve above, aligned with the columns.

mod card;
mod curve;
mod lane;
mod layout;

use crate::i18n::{Msg, text};
use crate::state::session::use_session;
use card::TouchpointCard;
use curve::EmotionCurve;
use lane::LaneHeader;
pub use layout::focus_card;
use layout::{AskedCount, CardTotal, Cards, HEAD_ROWS};
use leptos::prelude::*;

#[component]
pub fn JourneyMap() -> impl IntoView {
    let session = use_session();
    let lane_ids = Memo::new(move |_| {
        session.with_journey(|j| j.agencies.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
    });
    let card_ids = Memo::new(move |_| {
        session.with_journey(|j| {
            j.touchpoints
                .iter()
                .map(|t| t.id.clone())
                .collect::<Vec<_>>()
        })
    });
    provide_context(Cards::follow(session));
    let asked =
        Memo::new(move |_| session.with_journey(|j| AskedCount(j.touchpoint_set.asked().count())));
    provide_context(asked);
    provide_context(Memo::new(move |_| CardTotal(card_ids.with(Vec::len))));
    let columns = move || card_ids.with(Vec::len).max(1);
    let empty = move || lane_ids.with(Vec::is_empty);

    view! {
        <section class="map-wrap" aria-labelledby="map-title">
            <h2 id="map-title" class="visually-hidden">{text(Msg::Map)}</h2>
            <Show
                when=move || !empty()
                fallback=|| view! { <p class="map-empty">{text(Msg::EmptyMap)}</p> }
            >
                <div
                    class="map"
                    style:grid-template-columns=move || {
                        format!("var(--lane-label-w) repeat({}, var(--col-w))", columns())
                    }
                >
                    <div class="map-corner" style="grid-row: 1; grid-column: 1"></div>
                    <StepNumbers count=Signal::derive(move || card_ids.with(Vec::len))/>
                    <div class="map-curve-label" style="grid-row: 2; grid-column: 1">
                        {text(Msg::EmotionCurve)}
                    </div>
                    <div class="map-curve" style:grid-column=move || format!("2 / span {}", columns())>
                        <EmotionCurve/>
                    </div>
                    <For each=move || lane_ids.get() key=|id| id.clone() let:id>
                        <LaneHeader id=id/>
                    </For>
                    <For each=move || card_ids.get() key=|id| id.clone() let:id>
                        <TouchpointCard id=id/>
                    </For>
                    {move || {
                        card_ids
                            .with(Vec::is_empty)
                            .then(|| {
                                view! {
                                    <p class="map-no-cards" style:grid-row=(HEAD_ROWS + 1).to_string()>
                                        {text(Msg::NoTouchpointsYet)}
                                    </p>
                                }
                            })
                    }}
                </div>
            </Show>
            <p class="map-hint">{text(Msg::MapKeyboardHint)}</p>
        </section>
    }
}

/// The step numbers above the columns.
#[component]
fn StepNumbers(count: Signal<usize>) -> impl IntoView {
    move || {
        (0..count.get())
            .map(|i| {
                view! {
                    <div class="map-step" style:grid-column=(i + 2).to_string() aria-hidden="true">
                        {i + 1}
                    </div>
                }
            })
            .collect_view()
    }
}
