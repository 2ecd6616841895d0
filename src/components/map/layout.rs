//! Where things sit on the map: the columns and lanes of the grid, their sizes (shared with
//! the CSS), and bringing a card back into focus after it moved.

use klantreis_core::{Id, Journey};
use leptos::prelude::*;
use std::collections::HashMap;

/// Where each touchpoint and agency sits (column, lane), computed once per change, so each
/// card finds its place without scanning the journey (200 cards would be 40,000 lookups).
#[derive(Clone, Default, PartialEq)]
pub struct Layout {
    pub columns: HashMap<Id, usize>,
    pub lanes: HashMap<Id, usize>,
}

impl Layout {
    /// Each touchpoint's column and each agency's lane in `j`.
    pub fn of(j: &Journey) -> Layout {
        Layout {
            columns: j
                .touchpoints
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.clone(), i))
                .collect(),
            lanes: j
                .agencies
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.clone(), i))
                .collect(),
        }
    }
}

/// How many touchpoint signifiers the journey asks, for the cards' "5/7" mark.
#[derive(Clone, Copy, PartialEq)]
pub struct AskedCount(pub usize);

/// Column width in pixels; the curve's x positions depend on it (and on `--col-w` in CSS).
pub const COL_W: f64 = 208.0;
/// Width of the lane labels (`--lane-label-w` in CSS), for placing a dropped card.
pub const LABEL_W: f64 = 188.0;
/// The drag data type of a touchpoint card.
pub const DRAG_TYPE: &str = "application/x-klantreis-touchpoint";
/// Grid rows before the first lane: step numbers, then the curve.
pub const HEAD_ROWS: usize = 2;

/// The grid row of a lane.
pub fn lane_row(lane: usize) -> String {
    (lane + HEAD_ROWS + 1).to_string()
}

/// Moves focus to a card after it moved, since re-ordering the DOM drops focus.
pub fn focus_card(id: &klantreis_core::Id) {
    let selector = format!("[data-card=\"{id}\"]");
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
