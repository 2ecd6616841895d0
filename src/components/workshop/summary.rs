//! The plenary: every group's pain points and opportunities together, most frequent first,
//! and the signifiers of all groups' touchpoints pooled.

use crate::components::patterns::{DataTable, EvidencePanel, FigurePane, TableButtons};
use crate::i18n::{Msg, text, use_i18n};
use crate::state::patterns::PatternsStore;
use klantreis_core::Journey;
use klantreis_core::patterns::{Pool, figure};
use klantreis_core::workshop::{Mention, mentions_table, summary};
use leptos::prelude::*;

#[component]
fn Mentions(title: Msg, list: Vec<Mention>) -> impl IntoView {
    let lang = use_i18n().lang;
    let empty = list.is_empty();
    let list = StoredValue::new(list);
    let table = move || mentions_table(&list.get_value(), lang.get());
    view! {
        <div class="mentions">
            <h3>{text(title)}</h3>
            {move || if empty {
                view! { <p class="muted">{text(Msg::NoneYet)}</p> }.into_any()
            } else {
                view! {
                    <DataTable table=table()/>
                    <div class="figure-actions">
                        <TableButtons table=table() title=lang.get().text(title).to_owned()/>
                    </div>
                }
                .into_any()
            }}
        </div>
    }
}

/// `groups`: the journeys of the workshop's groups, as stored.
#[component]
pub fn WorkshopSummary(groups: Vec<Journey>) -> impl IntoView {
    let lang = use_i18n().lang;
    let refs: Vec<&Journey> = groups.iter().collect();
    let (pains, chances) = summary(&refs);
    let store = PatternsStore::new(Pool::new(&groups));
    provide_context(store);
    let figures = Memo::new(move |_| {
        let pool = store.pool.get_value();
        let questions = pool.questions.len();
        store.items_a.with(|items| {
            (0..questions)
                .map(|q| figure::question(&pool, items, q, lang.get()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="workshop-summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{text(Msg::WorkshopSummaryTitle)}</h2>
            <div class="mentions-row">
                <Mentions title=Msg::PainPoints list=pains/>
                <Mentions title=Msg::Opportunities list=chances/>
            </div>
            <h3>{text(Msg::WorkshopSignifiers)}</h3>
            <div class="patterns-body">
                <div class="figures">
                    {move || figures.get().into_iter().map(|f| view! {
                        <section class="figure">
                            <h2>{f.title.clone()}</h2>
                            <FigurePane figure=f label=None/>
                        </section>
                    }).collect_view()}
                </div>
                <EvidencePanel/>
            </div>
        </section>
    }
}
