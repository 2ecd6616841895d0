//! The phases as bands over the step numbers (with the button that edits them), and the
//! hartslag row under the lanes: per step, how many belevingsprincipes were kept and broken.

use super::layout::HEAD_ROWS;
use crate::i18n::{Msg, text, use_i18n};
use crate::state::session::{MapSelection, use_session};
use klantreis_core::Heartbeat;
use leptos::prelude::*;

/// The bands: (phase name, first column, steps). Empty when no step is in a phase.
pub fn use_bands() -> Memo<Vec<(String, usize, usize)>> {
    let session = use_session();
    Memo::new(move |_| {
        session.with_journey(|j| {
            j.phase_bands()
                .into_iter()
                .map(|b| (j.phases[b.phase].name.clone(), b.first, b.steps))
                .collect()
        })
    })
}

#[component]
pub fn PhaseBands(bands: Memo<Vec<(String, usize, usize)>>) -> impl IntoView {
    let session = use_session();
    view! {
        <div class="map-corner" style="grid-row: 1; grid-column: 1">
            <button
                type="button"
                class="map-phases-edit"
                aria-pressed=move || (session.selection.get() == MapSelection::Phases).to_string()
                on:click=move |_| session.selection.set(MapSelection::Phases)
            >
                {text(Msg::Phases)}
            </button>
        </div>
        {move || {
            bands
                .get()
                .into_iter()
                .map(|(name, first, steps)| {
                    view! {
                        <div class="map-phase" style:grid-column=format!("{} / span {steps}", first + 2)>
                            <span class="map-phase-name">{name}</span>
                        </div>
                    }
                })
                .collect_view()
        }}
    }
}

/// Below the last lane, once any principle is judged: a cell per step with its kept (+) and
/// broken (−) count as bars.
#[component]
pub fn HeartbeatRow(lanes: Signal<usize>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let beats = Memo::new(move |_| {
        session.with_journey(|j| {
            let beats: Vec<Heartbeat> = j
                .touchpoints
                .iter()
                .map(|t| Heartbeat::of(&t.principles))
                .collect();
            if beats.iter().all(Heartbeat::is_empty) {
                Vec::new()
            } else {
                beats
            }
        })
    });
    move || {
        let beats = beats.get();
        let row = (lanes.get() + HEAD_ROWS + 1).to_string();
        (!beats.is_empty()).then(|| {
            let language = lang.get();
            let cells = beats
                .into_iter()
                .enumerate()
                .map(|(i, b)| {
                    let spoken = language.text_with(
                        Msg::HeartbeatSpoken,
                        &[(i + 1).to_string(), b.kept.to_string(), b.broken.to_string()],
                    );
                    view! {
                        <div class="map-beat" style:grid-row=row.clone() style:grid-column=(i + 2).to_string()>
                            <span class="visually-hidden">{spoken}</span>
                            {(!b.is_empty()).then(|| view! {
                                <span class="beat beat-kept" style:--n=b.kept.to_string() aria-hidden="true">"+" {b.kept}</span>
                                <span class="beat beat-broken" style:--n=b.broken.to_string() aria-hidden="true">"−" {b.broken}</span>
                            })}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class="map-beat-label" style:grid-row=row.clone()>{language.text(Msg::Heartbeat)}</div>
                {cells}
            }
        })
    }
}
