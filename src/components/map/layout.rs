//! Where things sit on the map: each card's place and data, the columns and lanes of the grid,
//! their sizes (shared with the CSS), and bringing a card back into focus after it moved.

use klantreis_core::{Id, Journey, Touchpoint};
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
    pub fn of(j: &Journey, column: usize, lanes: &HashMap<&Id, usize>) -> Option<CardData> {
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

    /// Card `id` of `j`, wherever it is now.
    pub fn find(j: &Journey, id: &Id) -> Option<CardData> {
        let column = j.touchpoints.iter().position(|t| t.id == *id)?;
        CardData::of(j, column, &lanes_of(j))
    }

    /// Whether this is what card `column` of `j` shows now, compared without cloning.
    pub fn shows(&self, j: &Journey, column: usize, lane: Option<usize>) -> bool {
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

/// Each agency's lane number.
pub fn lanes_of(j: &Journey) -> HashMap<&Id, usize> {
    j.agencies
        .iter()
        .enumerate()
        .map(|(i, a)| (&a.id, i))
        .collect()
}

/// Shapes gathered into one SVG path per group (a lane, an emotion), in the order the groups
/// first come: hundreds of blocks or dots drawn as a few elements.
pub struct PathsBy<K>(Vec<(K, String)>);

impl<K: PartialEq> PathsBy<K> {
    pub fn new() -> Self {
        PathsBy(Vec::new())
    }

    /// The path data of `group`, to write a subpath into.
    pub fn of(&mut self, group: K) -> &mut String {
        let at = match self.0.iter().position(|(g, _)| *g == group) {
            Some(at) => at,
            None => {
                self.0.push((group, String::new()));
                self.0.len() - 1
            }
        };
        &mut self.0[at].1
    }

    pub fn into_paths(self) -> Vec<(K, String)> {
        self.0
    }
}

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
