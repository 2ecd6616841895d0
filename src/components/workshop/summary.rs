//! The plenary: every group's pain points and opportunities together, most frequent first,
//! their ideas best first, and the signifiers of all groups' touchpoints pooled.

use crate::components::ideas::PriorityMatrix;
use crate::components::patterns::{DataTable, EvidencePanel, FigurePane, TableButtons};
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::state::patterns::PatternsStore;
use klantreis_core::export::table::{self, Table};
use klantreis_core::patterns::{Pool, figure};
use klantreis_core::workshop::{Mention, mentions_table, summary};
use klantreis_core::{Idea, Journey};
use leptos::prelude::*;

/// A titled table of the groups' work with its download buttons, or "none yet".
#[component]
fn GroupTable(title: Msg, table: Signal<Table>) -> impl IntoView {
    let lang = use_i18n().lang;
    view! {
        <div class="mentions">
            <h3>{text(title)}</h3>
            {move || {
                let table = table.get();
                if table.rows.is_empty() {
                    view! { <p class="muted">{text(Msg::NoneYet)}</p> }.into_any()
                } else {
                    view! {
                        <DataTable table=table.clone()/>
                        <div class="figure-actions">
                            <TableButtons table=table title=lang.get().text(title).to_owned()/>
                        </div>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

/// Every group's ideas, each row headed by the group's journey (its id, the file's first
/// column, says nothing in a plenary).
fn group_ideas(groups: &[Journey], lang: Lang) -> Table {
    let mut t = table::ideas(groups, lang);
    t.headers.remove(0);
    for row in &mut t.rows {
        row.remove(0);
    }
    t
}

/// Every group's ideas for the plenary's matrix, each title led by its group's name.
fn named_ideas(groups: &[Journey]) -> Vec<Idea> {
    groups
        .iter()
        .flat_map(|j| j.labelled_ideas(j.workshop.as_ref().and_then(|w| w.group.as_deref())))
        .collect()
}

/// The pain points or opportunities named by the groups, most often first.
fn mentions(list: Vec<Mention>, lang: RwSignal<Lang>) -> Signal<Table> {
    let list = StoredValue::new(list);
    Signal::derive(move || mentions_table(&list.get_value(), lang.get()))
}

/// `groups`: the journeys of the workshop's groups, as stored.
#[component]
pub fn WorkshopSummary(groups: Vec<Journey>) -> impl IntoView {
    let lang = use_i18n().lang;
    let refs: Vec<&Journey> = groups.iter().collect();
    let (pains, chances) = summary(&refs);
    let store = PatternsStore::new(Pool::new(&groups));
    let groups = StoredValue::new(groups);
    let ideas = Signal::derive(move || groups.with_value(|g| group_ideas(g, lang.get())));
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
                <GroupTable title=Msg::PainPoints table=mentions(pains, lang)/>
                <GroupTable title=Msg::Opportunities table=mentions(chances, lang)/>
            </div>
            <GroupTable title=Msg::WorkshopIdeas table=ideas/>
            <Show when=move || groups.with_value(|g| g.iter().any(|j| !j.ideas.is_empty()))>
                <PriorityMatrix ideas=Signal::derive(move || groups.with_value(|g| named_ideas(g)))/>
            </Show>
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
