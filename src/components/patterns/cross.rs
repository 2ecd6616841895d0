//! Two questions crossed (choices by option, triads by zone) within selection A.

use super::figure::FigurePane;
use crate::components::field::SelectField;
use crate::i18n::{Msg, text, use_i18n};
use crate::state::patterns::PatternsStore;
use klantreis_core::patterns::figure;
use leptos::prelude::*;

#[component]
pub fn CrossTable() -> impl IntoView {
    let store = expect_context::<PatternsStore>();
    let lang = use_i18n().lang;
    let choices = figure::categorical(&store.pool.get_value());
    if choices.len() < 2 {
        return ().into_any();
    }
    let rows = RwSignal::new(choices[0]);
    let cols = RwSignal::new(choices[1]);
    let options = {
        let choices = choices.clone();
        Signal::derive(move || {
            let english = lang.get().reads_english();
            let pool = store.pool.get_value();
            choices
                .iter()
                .map(|q| {
                    (
                        q.to_string(),
                        pool.questions[*q].prompt.get(english).to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let pick = |target: RwSignal<usize>| {
        Callback::new(move |v: String| {
            if let Ok(q) = v.parse() {
                target.set(q);
            }
        })
    };
    let figure = Memo::new(move |_| {
        let pool = store.pool.get_value();
        store
            .items_a
            .with(|items| figure::cross(&pool, items, rows.get(), cols.get(), lang.get()))
    });
    view! {
        <section class="patterns-section figure" aria-labelledby="cross-title">
            <h2 id="cross-title">{text(Msg::CrossTitle)}</h2>
            <p class="muted">{text(Msg::CrossIntro)}</p>
            <div class="cross-pick">
                <SelectField label=Msg::CrossRows options=options value=Signal::derive(move || rows.get().to_string()) on_change=pick(rows)/>
                <SelectField label=Msg::CrossColumns options=options value=Signal::derive(move || cols.get().to_string()) on_change=pick(cols)/>
            </div>
            {move || view! { <FigurePane figure=figure.get() label=None/> }}
        </section>
    }
    .into_any()
}
