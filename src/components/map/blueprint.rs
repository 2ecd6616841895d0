//! The Blauwdruk view: under each agency's lane a row of its steps' blueprint layers
//! (frontstage, backstage, support), with the line of interaction above the frontstage and
//! the line of visibility between frontstage and backstage. Remembered on this device.

use crate::browser::{pref, set_pref};
use crate::i18n::{Msg, text, use_i18n};
use crate::state::session::{MapSelection, use_session};
use klantreis_core::{Blueprint, Id, Layer};
use leptos::prelude::*;

/// Whether the map shows the blueprint layers.
#[derive(Clone, Copy)]
pub struct BlueprintMode(pub RwSignal<bool>);

impl BlueprintMode {
    const KEY: &str = "klantreis.blueprint";

    pub fn remembered() -> Self {
        Self(RwSignal::new(pref(Self::KEY).as_deref() == Some("on")))
    }

    pub fn on(self) -> bool {
        self.0.get()
    }

    fn toggle(self) {
        self.0.update(|on| *on = !*on);
        set_pref(Self::KEY, if self.0.get_untracked() { "on" } else { "off" });
    }
}

/// The grid rows one lane takes: its cards, and with the blueprint its layers below.
pub fn rows_per_lane(on: bool) -> usize {
    if on { 2 } else { 1 }
}

/// The toggle, in the map's foot.
#[component]
pub fn BlueprintToggle(mode: BlueprintMode) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button button-small blueprint-toggle"
            aria-pressed=move || mode.on().to_string()
            on:click=move |_| mode.toggle()
        >
            {text(Msg::BlueprintView)}
        </button>
    }
}

/// Under lane `row - 1`: the layers' names with the two lines, and the band across the map.
pub fn lane_layers(row: String) -> impl IntoView {
    let lang = use_i18n().lang;
    view! {
        <div class="bp-label" style:grid-row=row.clone()>
            <span class="bp-line bp-line-interaction">{move || lang.get().text(Msg::LineOfInteraction)}</span>
            {Layer::ALL.into_iter().map(|l| view! {
                <span class="bp-layer-name">{move || lang.get().text(l.msg())}</span>
            }).collect_view()}
            <span class="bp-line bp-line-visibility">{move || lang.get().text(Msg::LineOfVisibility)}</span>
        </div>
        <div class="bp-band" style:grid-row=row aria-hidden="true">
            <div></div><div></div><div></div>
        </div>
    }
}

/// One step's layers, under its card. A click opens the step in the panel, where the
/// layers are edited (the card itself is the keyboard's way there).
pub fn cell(id: Id, blueprint: &Blueprint, row: String, column: String) -> impl IntoView + use<> {
    let session = use_session();
    let texts = Layer::ALL
        .into_iter()
        .map(|l| {
            let t = blueprint.get(l).to_owned();
            let empty = t.is_empty();
            view! { <p class="bp-text" class:bp-empty=empty>{t}</p> }
        })
        .collect_view();
    view! {
        <div
            class="bp-cell"
            style:grid-row=row
            style:grid-column=column
            on:click=move |_| session.selection.set(MapSelection::Touchpoint(id.clone()))
        >
            {texts}
        </div>
    }
}
