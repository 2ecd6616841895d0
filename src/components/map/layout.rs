//! Where things sit on the map: each card's place and data, the columns and lanes of the grid,
//! their sizes (shared with the CSS), and bringing a card back into focus after it moved.

use crate::state::session::Session;
use klantreis_core::{Id, Journey, Touchpoint};
use leptos::prelude::*;
use std::collections::HashMap;

/// What one card shows: its column, its lane, the lane's colour, and the touchpoint.
#[derive(Clone, Debug, PartialEq)]
pub struct CardData {
    pub column: usize,
    pub lane: usize,
    pub colour: String,
    /// The lane's agency, for the card's spoken name.
    pub agency: String,
    pub touchpoint: Touchpoint,
}

impl CardData {
    /// Card `column` of `j`, or none when its agency is gone.
    fn of(j: &Journey, column: usize, lanes: &HashMap<&Id, usize>) -> Option<CardData> {
        let t = j.touchpoints.get(column)?;
        let lane = *lanes.get(&t.agency)?;
        let agency = j.agencies.get(lane)?;
        Some(CardData {
            column,
            lane,
            colour: agency.colour.to_string(),
            agency: agency.name.clone(),
            touchpoint: t.clone(),
        })
    }

    /// Whether this is what card `column` of `j` shows now, compared without cloning.
    fn shows(&self, j: &Journey, column: usize, lane: Option<usize>) -> bool {
        let Some(t) = j.touchpoints.get(column) else {
            return false;
        };
        Some(self.lane) == lane
            && self.column == column
            && self.touchpoint == *t
            && j.agencies
                .get(self.lane)
                .is_some_and(|a| a.colour.as_str() == self.colour && a.name == self.agency)
    }
}

fn lanes_of(j: &Journey) -> HashMap<&Id, usize> {
    j.agencies
        .iter()
        .enumerate()
        .map(|(i, a)| (&a.id, i))
        .collect()
}

/// Every card's data in a signal of its own. A key press in one touchpoint then notifies one
/// card: when each card kept a memo over the whole journey, every key press re-ran 200 memos,
/// each cloning its touchpoint and re-subscribing to the journey (an O(n²) shuffle of the
/// journey's subscriber list that took most of the frame).
#[derive(Clone, Copy)]
pub struct Cards(StoredValue<HashMap<Id, ArcRwSignal<Option<CardData>>>>);

impl Cards {
    /// The store for the journey being edited, kept up to date as it changes.
    pub fn follow(session: Session) -> Cards {
        // Every card's signal made in one pass: made one card at a time, each looked for its
        // column and its lanes in the whole journey (quadratic in the number of cards).
        let all = session.with_journey_untracked(|j| {
            let lanes = lanes_of(j);
            (0..j.touchpoints.len())
                .map(|c| {
                    let signal = ArcRwSignal::new(CardData::of(j, c, &lanes));
                    (j.touchpoints[c].id.clone(), signal)
                })
                .collect()
        });
        let cards = Cards(StoredValue::new(all));
        Effect::new(move || session.with_journey(|j| cards.update(j)));
        cards
    }

    /// Card `id`'s signal, made from the journey when the card is new (added since the map
    /// was drawn). Shared (not owned by the card that asked first), so a card drawn again
    /// finds the same one.
    pub fn card(&self, session: Session, id: &Id) -> RwSignal<Option<CardData>> {
        if let Some(signal) = self.0.with_value(|m| m.get(id).cloned()) {
            return signal.into();
        }
        let data = session.with_journey_untracked(|j| {
            let column = j.touchpoints.iter().position(|t| t.id == *id)?;
            CardData::of(j, column, &lanes_of(j))
        });
        let signal = ArcRwSignal::new(data);
        self.0.update_value(|m| {
            m.insert(id.clone(), signal.clone());
        });
        signal.into()
    }

    /// Sets the signal of each card whose data changed; forgets the cards that are gone.
    fn update(&self, j: &Journey) {
        let lanes = lanes_of(j);
        let columns: HashMap<&Id, usize> = j
            .touchpoints
            .iter()
            .enumerate()
            .map(|(i, t)| (&t.id, i))
            .collect();
        let mut changed = Vec::new();
        self.0.update_value(|m| {
            m.retain(|id, signal| {
                let Some(&column) = columns.get(id) else {
                    changed.push((signal.clone(), None));
                    return false;
                };
                let lane = lanes.get(&j.touchpoints[column].agency).copied();
                let same =
                    signal.with_untracked(|d| d.as_ref().is_some_and(|d| d.shows(j, column, lane)));
                if !same {
                    changed.push((signal.clone(), CardData::of(j, column, &lanes)));
                }
                true
            });
        });
        // Set outside the store, so whatever the signals wake may read it.
        for (signal, data) in changed {
            signal.set(data);
        }
    }
}

/// How many cards the map has, for each card's spoken "4 of 12".
#[derive(Clone, Copy, PartialEq)]
pub struct CardTotal(pub usize);

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

/// The grid row of a lane; with the blueprint (`layers`), its layers take the row below.
pub fn lane_row(lane: usize, layers: bool) -> String {
    (lane * super::blueprint::rows_per_lane(layers) + HEAD_ROWS + 1).to_string()
}

/// The grid row of a lane's blueprint layers: the one under its cards.
pub fn layers_row(lane: usize) -> String {
    (lane * super::blueprint::rows_per_lane(true) + HEAD_ROWS + 2).to_string()
}

/// Moves focus to a card after it moved, since re-ordering the DOM drops focus.
pub fn focus_card(id: &klantreis_core::Id) {
    crate::browser::focus_later(format!("[data-card=\"{id}\"]"));
}

/// Focuses the first field of the detail panel, once it shows the selected card.
pub fn focus_panel() {
    crate::browser::focus_later(
        "aside.detail input, aside.detail select, aside.detail textarea".to_owned(),
    );
}
