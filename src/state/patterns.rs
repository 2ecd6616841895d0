//! The patterns page's store: the pooled journeys, the two selections and the evidence shown.

use klantreis_core::patterns::{Pool, Selection};
use leptos::prelude::*;
use std::sync::Arc;

/// The items behind a bar, zone or cell, listed beside the figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub title: String,
    pub items: Vec<usize>,
}

#[derive(Clone, Copy)]
pub struct PatternsStore {
    pub pool: StoredValue<Arc<Pool>>,
    pub a: RwSignal<Selection>,
    pub b: RwSignal<Selection>,
    pub comparing: RwSignal<bool>,
    pub evidence: RwSignal<Option<Evidence>>,
    /// The matching items of A and B, recomputed when a selection changes.
    pub items_a: Memo<Vec<usize>>,
    pub items_b: Memo<Vec<usize>>,
}

impl PatternsStore {
    pub fn new(pool: impl Into<Arc<Pool>>) -> Self {
        let pool = StoredValue::new(pool.into());
        let a = RwSignal::new(Selection::default());
        let b = RwSignal::new(Selection::default());
        Self {
            pool,
            a,
            b,
            comparing: RwSignal::new(false),
            evidence: RwSignal::new(None),
            items_a: Memo::new(move |_| a.with(|s| s.select(&pool.get_value()))),
            items_b: Memo::new(move |_| b.with(|s| s.select(&pool.get_value()))),
        }
    }
}
