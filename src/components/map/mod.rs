//! The journey map: one swimlane per agency, touchpoints as cards in time order (columns),
//! and the emotion curve above, aligned with the columns.

mod bar;
mod blueprint;
mod card;
mod card_events;
mod chosen;
mod copy;
mod curve;
pub mod face;
mod lane;
mod layout;
mod overview;
pub mod paint;
mod phases;
mod touch;
mod zoom;

use crate::i18n::{Msg, text};
use crate::state::session::use_session;
use bar::ChosenBar;
use blueprint::{BlueprintMode, BlueprintToggle};
use card::draw_cards;
use card_events::CardEvents;
use curve::EmotionCurve;
use klantreis_core::Id;
use lane::LaneHeader;
pub use layout::focus_card;
use layout::{HEAD_ROWS, lanes_of, layers_row};
use leptos::html;
use leptos::prelude::*;
use overview::MapOverview;
use phases::{HeartbeatRow, PhaseBands, use_bands};
use zoom::{Zoom, ZoomBar};

#[component]
pub fn JourneyMap() -> impl IntoView {
    let session = use_session();
    let lane_ids = Memo::new(move |_| {
        session.with_journey(|j| j.agencies.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
    });
    let card_count = Memo::new(move |_| session.with_journey(|j| j.touchpoints.len()));
    let layers = BlueprintMode::remembered();
    provide_context(layers);
    let empty = move || lane_ids.with(Vec::is_empty);
    let zoom = Zoom::remembered(session.with_journey_untracked(|j| j.id.clone()));
    provide_context(zoom);
    let scrolled = Trigger::new();
    let (map, area) = (NodeRef::<html::Div>::new(), NodeRef::<html::Div>::new());
    let fit = move || {
        if let (Some(map), Some(area)) = (map.get_untracked(), area.get_untracked()) {
            zoom.fit(map.into(), area.into());
        }
    };
    // + and − (also with Ctrl, which would otherwise zoom the whole page) and 0 to fit, while
    // the map has focus; Alt + arrows and the other keys stay the cards'.
    // Ctrl + A chooses every card, Escape lets go of the chosen ones (the detail panel's
    // Escape, outside this section, keeps coming back to the card).
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        let handled = if ev.alt_key() {
            false
        } else if (ev.ctrl_key() || ev.meta_key()) && key == "a" {
            chosen::choose_all(session);
            true
        } else if key == "Escape" && session.chosen.with_untracked(|c| !c.is_empty()) {
            session.chosen.set(Vec::new());
            true
        } else {
            zoom.on_key(&key, fit)
        };
        if handled {
            ev.prevent_default();
        }
    };
    copy::listen(session);

    view! {
        <section class="map-area" aria-labelledby="map-title" on:keydown=on_key>
            <h2 id="map-title" class="visually-hidden">{text(Msg::Map)}</h2>
            <div class="map-wrap" node_ref=area on:scroll=move |_| scrolled.notify()>
                <Show
                    when=move || !empty()
                    fallback=|| view! { <p class="map-empty">{text(Msg::EmptyMap)}</p> }
                >
                    <MapGrid lane_ids=lane_ids card_count=card_count zoom=zoom.level node=map/>
                </Show>
            </div>
            <div class="map-foot">
                <ChosenBar/>
                // The keys on request, so the hint does not take a line of the map's height.
                <details class="map-keys">
                    <summary class="button button-small">{text(Msg::MapKeys)}</summary>
                    <p class="map-hint">{text(Msg::MapKeyboardHint)}</p>
                </details>
                <BlueprintToggle mode=layers/>
                <MapOverview area=area zoom=zoom scrolled=scrolled/>
                <ZoomBar zoom=zoom fit=move |()| fit()/>
            </div>
        </section>
    }
}

/// The grid: step numbers and the curve on top, a lane per agency, a column per touchpoint.
#[component]
fn MapGrid(
    lane_ids: Memo<Vec<Id>>,
    card_count: Memo<usize>,
    zoom: RwSignal<f64>,
    node: NodeRef<html::Div>,
) -> impl IntoView {
    let columns = move || card_count.get().max(1);
    let bands = use_bands();
    let layers = expect_context::<BlueprintMode>();
    let lanes =
        Signal::derive(move || lane_ids.with(Vec::len) * blueprint::rows_per_lane(layers.on()));
    let session = use_session();
    let cards = CardEvents::new(session);
    view! {
        <div
            class="map"
            class:map-phased=move || bands.with(|b| !b.is_empty())
            class:map-blueprint=move || layers.on()
            node_ref=node
            on:click=move |ev| cards.click(&ev)
            on:focusin=move |ev| cards.focus(&ev)
            on:keydown=move |ev| cards.key(&ev)
            on:pointerdown=move |ev| cards.pointer_down(&ev)
            on:pointermove=move |ev| cards.pointer_move(&ev)
            on:pointerup=move |ev| cards.pointer_up(&ev)
            on:pointercancel=move |ev| cards.pointer_cancel(&ev)
            on:dragstart=move |ev| cards.drag_start(&ev)
            style:zoom=move || zoom.get().to_string()
            style:grid-template-columns=move || {
                format!("var(--lane-label-w) repeat({}, var(--col-w))", columns())
            }
        >
            <PhaseBands bands=bands/>
            <StepNumbers count=card_count.into()/>
            <div class="map-curve-label" style="grid-row: 2; grid-column: 1">
                {text(Msg::EmotionCurve)}
            </div>
            <div class="map-curve" style:grid-column=move || format!("2 / span {}", columns())>
                <EmotionCurve/>
            </div>
            <For each=move || lane_ids.get() key=|id| id.clone() let:id>
                <LaneHeader id=id/>
            </For>
            <div class="map-cards" use:draw_cards=session></div>
            <BlueprintCells/>
            <HeartbeatRow lanes=lanes/>
            {move || {
                (card_count.get() == 0)
                    .then(|| {
                        view! {
                            <p class="map-no-cards" style:grid-row=(HEAD_ROWS + 1).to_string()>
                                {text(Msg::NoTouchpointsYet)}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// The step numbers above the columns: our own numbers only (no user text), set as markup in
/// one go; as 200 elements of their own they took 1,200 calls into the page.
#[component]
fn StepNumbers(count: Signal<usize>) -> impl IntoView {
    view! {
        <div
            class="map-steps"
            aria-hidden="true"
            style:grid-column=move || format!("2 / span {}", count.get().max(1))
            inner_html=move || steps_markup(count.get())
        ></div>
    }
}

fn steps_markup(count: usize) -> String {
    (1..=count).map(|i| format!("<span>{i}</span>")).collect()
}

/// Each step's blueprint layers under its card, while the blueprint is shown.
#[component]
fn BlueprintCells() -> impl IntoView {
    let session = use_session();
    let layers = expect_context::<BlueprintMode>();
    let cells = Memo::new(move |_| {
        if !layers.on() {
            return Vec::new();
        }
        session.with_journey(|j| {
            let lanes = lanes_of(j);
            j.touchpoints
                .iter()
                .enumerate()
                .filter_map(|(c, t)| {
                    let row = layers_row(*lanes.get(&t.agency)?);
                    Some((t.id.clone(), t.blueprint.clone(), row, (c + 2).to_string()))
                })
                .collect::<Vec<_>>()
        })
    });
    move || {
        cells
            .get()
            .into_iter()
            .map(|(id, layers, row, column)| blueprint::cell(id, &layers, row, column))
            .collect_view()
    }
}
