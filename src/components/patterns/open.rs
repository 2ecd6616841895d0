//! From a pooled item back to its place: the touchpoint or story in its journey.

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
