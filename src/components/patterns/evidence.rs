//! The touchpoints and stories behind a figure's bar, zone or cell, each one click from its
//! place in its journey.

use super::open::open_item;
use crate::i18n::{Msg, text, use_i18n};
use crate::state::AppState;
use crate::state::patterns::PatternsStore;
use klantreis_core::patterns::Source;
use leptos::prelude::*;

/// More than this many items are counted, not listed.
const LISTED: usize = 200;

#[component]
pub fn EvidencePanel() -> impl IntoView {
    let app = expect_context::<AppState>();
    let store = expect_context::<PatternsStore>();
    let lang = use_i18n().lang;
    let heading = NodeRef::<leptos::html::H2>::new();
    // Keyboard users land on the list they asked for.
    Effect::new(move || {
        if store.evidence.with(Option::is_some)
            && let Some(h) = heading.get()
        {
            let _ = h.focus();
        }
    });
    move || {
        store.evidence.get().map(|ev| {
            let pool = store.pool.get_value();
            let more = ev.items.len().saturating_sub(LISTED);
            let rows = ev
                .items
                .iter()
                .take(LISTED)
                .map(|&i| {
                    let item = &pool.items[i];
                    let journey = &pool.journeys[item.journey];
                    let kind = match item.source {
                        Source::Touchpoint => item.agency.clone().unwrap_or_default(),
                        Source::Story => lang.get_untracked().text(Msg::StoryItem).to_owned(),
                    };
                    let date = item.date.map(|d| crate::labels::date(d, lang.get_untracked())).unwrap_or_default();
                    view! {
                        <li>
                            <span class="evidence-title">{item.title.clone()}</span>
                            <span class="evidence-meta">{format!("{} · {} · {kind} {date}", journey.title, journey.persona)}</span>
                            <button type="button" class="button button-small"
                                on:click=move |_| open_item(app, &store.pool.get_value(), i)>
                                {text(Msg::OpenItem)}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <aside class="evidence" aria-labelledby="evidence-title">
                    <div class="evidence-head">
                        <h2 id="evidence-title" tabindex="-1" node_ref=heading>{text(Msg::Evidence)}</h2>
                        <button type="button" class="button button-quiet" on:click=move |_| store.evidence.set(None)>
                            {text(Msg::Close)}
                        </button>
                    </div>
                    <p class="evidence-what">{ev.title.clone()}</p>
                    <ul class="evidence-list">{rows}</ul>
                    {(more > 0).then(|| view! { <p class="muted">{move || lang.get().text_with(Msg::EvidenceMore, &[more.to_string()])}</p> })}
                </aside>
            }
        })
    }
}
