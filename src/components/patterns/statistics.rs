//! The statistics: A against B on every question, and every pair of questions within A.

use super::figure::DataTable;
use crate::i18n::{Msg, text, use_i18n};
use crate::state::patterns::PatternsStore;
use klantreis_core::export::table::Table;
use klantreis_core::patterns::{compare, figure, pairs};
use leptos::prelude::*;

#[component]
pub fn ComparisonTable() -> impl IntoView {
    let store = expect_context::<PatternsStore>();
    let lang = use_i18n().lang;
    let table = Memo::new(move |_| {
        let pool = store.pool.get_value();
        let result = store
            .items_a
            .with(|a| store.items_b.with(|b| compare(&pool, a, b)));
        figure::comparison_table(&pool, &result, lang.get())
    });
    view! {
        <section class="patterns-section" aria-labelledby="comparison-title">
            <h2 id="comparison-title">{text(Msg::ComparisonTitle)}</h2>
            <p class="muted">{text(Msg::ComparisonIntro)}</p>
            <div class="comparison">{move || view! { <DataTable table=table.get()/> }}</div>
        </section>
    }
}

#[component]
pub fn PairsList() -> impl IntoView {
    let store = expect_context::<PatternsStore>();
    let lang = use_i18n().lang;
    let result = RwSignal::new(None::<Table>);
    // A new selection makes the list stale: it is computed again on request.
    Effect::new(move || {
        store.items_a.track();
        result.set(None);
    });
    let run = move |_| {
        let pool = store.pool.get_value();
        let list = store.items_a.with_untracked(|a| pairs(&pool, a));
        result.set(Some(figure::pairs_table(
            &pool,
            &list,
            lang.get_untracked(),
        )));
    };
    view! {
        <section class="patterns-section" aria-labelledby="pairs-title">
            <h2 id="pairs-title">{text(Msg::PairsTitle)}</h2>
            <p class="muted">{text(Msg::PairsIntro)}</p>
            <button type="button" class="button" on:click=run>{text(Msg::PairsRun)}</button>
            {move || result.get().map(|table| view! { <div class="pairs"><DataTable table=table/></div> })}
        </section>
    }
}
