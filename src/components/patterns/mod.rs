//! The patterns page's parts: selection forms, figures with their tables, the evidence list,
//! and the statistics between selections and between questions.

mod cross;
mod evidence;
mod figure;
mod selection;
mod statistics;
mod table_buttons;

pub use cross::CrossTable;
pub use evidence::EvidencePanel;
pub use figure::{DataTable, FigurePane};
pub use selection::SelectionForm;
pub use statistics::{ComparisonTable, PairsList};
pub use table_buttons::TableButtons;

use crate::state::route::Focus;
use crate::state::{AppState, Route};
use klantreis_core::patterns::{Pool, Source};

/// Opens the touchpoint or story behind a pooled item in its journey.
pub fn open_item(app: AppState, pool: &Pool, item: usize) {
    let Some(it) = pool.items.get(item) else {
        return;
    };
    let journey = pool.journeys[it.journey].id.clone();
    let focus = match it.source {
        Source::Touchpoint => Focus::Touchpoint(it.id.clone()),
        Source::Story => Focus::Story(it.id.clone()),
    };
    app.navigate(Route::Journey(journey, Some(focus)));
}
