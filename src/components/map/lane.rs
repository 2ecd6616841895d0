//! One agency's lane (swimlane) on the map, with its cards in time order.

use super::blueprint::{BlueprintMode, lane_layers};
use super::layout::{COL_W, DRAG_TYPE, LABEL_W, focus_card, lane_row, layers_row};
use crate::browser::new_id;
use crate::i18n::{Msg, text, use_i18n};
use crate::labels;
use crate::state::session::{MapSelection, Session, use_session};
use klantreis_core::{Command, Id, Touchpoint};
use leptos::prelude::*;

/// The label of a swimlane (select it to edit the agency) with its add-touchpoint button, and
/// the lane's background band across all columns.
#[component]
pub fn LaneHeader(id: Id) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let layers = expect_context::<BlueprintMode>();
    let id = StoredValue::new(id);
    let lane = Memo::new(move |_| {
        session.with_journey(|j| {
            let i = j.agency_index(&id.get_value())?;
            let a = &j.agencies[i];
            Some((i, a.name.clone(), a.kind, a.colour.to_string()))
        })
    });
    let selected = move || {
        session
            .selection
            .with(|s| matches!(s, MapSelection::Agency(x) if *x == id.get_value()))
    };
    let add_touchpoint = move |_| {
        add_touchpoint(
            session,
            id.get_value(),
            lang.get_untracked().text(Msg::NewTouchpointTitle),
        )
    };
    let on_drop = move |ev: leptos::ev::DragEvent| dropped(session, id.get_value(), ev);
    move || {
        let layers = layers.on();
        lane.get().map(|(i, name, kind, colour)| {
            let add_label = {
                let name = name.clone();
                move || {
                    lang.get().text_with(Msg::AddTouchpointTo, std::slice::from_ref(&name),
                    )
                }
            };
            view! {
                <div
                    class="lane-band"
                    class:lane-band-alt=i % 2 == 1
                    style:grid-row=lane_row(i, layers)
                    style:--lane-colour=colour.clone()
                    data-lane=id.get_value().to_string()
                    on:dragover=|ev| ev.prevent_default()
                    on:drop=on_drop
                ></div>
                <div class="lane-label" style:grid-row=lane_row(i, layers) style:--lane-colour=colour>
                    <button
                        type="button"
                        class="lane-name"
                        aria-pressed=move || if selected() { "true" } else { "false" }
                        on:click=move |_| session.selection.set(MapSelection::Agency(id.get_value()))
                    >
                        <span class="lane-title">{name}</span>
                        <span class="lane-kind">{text(labels::agency_kind(kind))}</span>
                    </button>
                    <button
                        type="button"
                        class="button button-icon lane-add"
                        aria-label=add_label.clone()
                        title=add_label
                        on:click=add_touchpoint
                    >
                        "+"
                    </button>
                </div>
                {layers.then(|| lane_layers(layers_row(i)))}
            }
        })
    }
}

/// A new touchpoint at the end of the journey in `agency`'s lane, selected and focused.
fn add_touchpoint(session: Session, agency: Id, title: &str) {
    let tp = Touchpoint::new(new_id(), agency, title);
    let tp_id = tp.id.clone();
    let index = session.with_journey(|j| j.touchpoints.len());
    session.apply(Command::AddTouchpoint {
        touchpoint: tp,
        index,
    });
    session
        .selection
        .set(MapSelection::Touchpoint(tp_id.clone()));
    focus_card(&tp_id);
}

/// A card dropped on `agency`'s lane moves to that agency and to the column it was dropped in.
fn dropped(session: Session, agency: Id, ev: leptos::ev::DragEvent) {
    let Some(tp) = ev.data_transfer().and_then(|d| d.get_data(DRAG_TYPE).ok()) else {
        return;
    };
    if tp.is_empty() {
        return;
    }
    ev.prevent_default();
    let column = ((f64::from(ev.offset_x()) - LABEL_W) / COL_W)
        .floor()
        .max(0.0) as usize;
    place(session, Id::new(tp), agency, column);
}

/// Moves touchpoint `tp` into `agency`'s lane at `column`, as one step of undo, and keeps it
/// selected and focused.
pub fn place(session: Session, tp: Id, agency: Id, column: usize) {
    let Some(mut moved) = session.with_journey_untracked(|j| j.touchpoint(&tp).cloned()) else {
        return;
    };
    moved.agency = agency;
    session.apply(Command::Batch(vec![
        Command::UpdateTouchpoint(moved),
        Command::MoveTouchpoint {
            id: tp.clone(),
            to: column,
        },
    ]));
    session.selection.set(MapSelection::Touchpoint(tp.clone()));
    focus_card(&tp);
}
