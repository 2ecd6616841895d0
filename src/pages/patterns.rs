//! Patterns across every journey in this browser: one or two selections, the pooled figures
//! side by side, the evidence behind them, and the statistics.

use crate::browser::{Slices, perf_end, perf_start};
use crate::components::ideas::PriorityMatrix;
use crate::components::notices::{SkippedNote, storage_text};
use crate::components::page_bar::PageBar;
use crate::components::patterns::{
    ComparisonTable, CrossTable, EvidencePanel, FigurePane, PairsList, SelectionForm,
};
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::state::patterns::PatternsStore;
use crate::state::{AppState, LibraryState};
use crate::storage::StorageError;
use klantreis_core::patterns::Pool;
use klantreis_core::patterns::figure::{self, Figure};
use klantreis_core::{Id, Journey};
use leptos::prelude::*;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

/// What the page shows: every journey that reads, pooled; the few with ideas (not pooled,
/// kept for the matrix); and the titles of those that do not read.
#[derive(Default)]
struct Loaded {
    pool: Arc<Pool>,
    with_ideas: Vec<Journey>,
    unreadable: Vec<String>,
}

/// Reads and pools every journey, a slice at a time between two paints: 100,000 stories
/// pooled at once blocked the page for half a second. Journeys are read as the `pooled` store
/// keeps them; the entries made on the way are kept afterwards, once the figures are drawn.
async fn load_all(
    app: AppState,
    progress: RwSignal<(usize, usize)>,
) -> Result<Arc<Loaded>, StorageError> {
    let Some(library) = app.library() else {
        return Ok(Default::default());
    };
    let mut read = library.pooled_every(|n, of| progress.set((n, of))).await?;
    // The benchmark measures pooling and the first drawing of every view.
    perf_start("klantreis:patterns");
    let pooled = std::mem::take(&mut read.pooled);
    let mut pool = Pool::asking_sets(
        pooled
            .iter()
            .filter(|p| p.pooled)
            .filter_map(|p| read.sets_of(p))
            .flatten(),
    );
    let mut slices = Slices::new();
    for p in pooled {
        if let Some(sets) = read.sets_of(&p) {
            pool.add_pooled(p, sets);
        }
        if slices.due() {
            slices.yield_now().await;
        }
    }
    let (with_ideas, unreadable) = library.load_readable(&read.with_ideas, |_| ()).await?;
    let unreadable = read.unreadable.iter().chain(&unreadable);
    let unreadable = unreadable.map(|s| s.title.clone()).collect();
    leptos::task::spawn_local(async move {
        // A cache: if it cannot be kept now, the next visit makes it again.
        let _ = library.keep_pooled(&read).await;
    });
    Ok(Arc::new(Loaded {
        pool: Arc::new(pool),
        with_ideas,
        unreadable,
    }))
}

#[component]
pub fn PatternsPage() -> impl IntoView {
    let app = expect_context::<AppState>();
    let lang = use_i18n().lang;
    let progress = RwSignal::new((0, 0));
    let loaded = LocalResource::new(move || {
        let ready = matches!(app.library.get(), LibraryState::Ready(_));
        async move {
            if ready {
                Some(load_all(app, progress).await)
            } else {
                None
            }
        }
    });
    view! {
        <PageBar title=Msg::Patterns/>
        {move || match loaded.get().flatten() {
            None => view! {
                <p class="loading" role="status">
                    {move || { let (n, of) = progress.get(); lang.get().text_with(Msg::LoadingJourneys, &[n.to_string(), of.to_string()]) }}
                </p>
            }.into_any(),
            Some(Err(e)) => view! {
                <p class="page-message" role="alert">{move || storage_text(&e, lang.get())}</p>
            }.into_any(),
            Some(Ok(loaded)) => {
                let store = PatternsStore::new(loaded.pool.clone());
                provide_context(store);
                let with_ideas = StoredValue::new(loaded.with_ideas.clone());
                view! {
                    <SkippedNote titles=loaded.unreadable.clone()/>
                    <PatternsView store=store with_ideas=with_ideas/>
                }.into_any()
            }
        }}
    }
}

/// How many figures the page draws before the others: drawing all of them over 100,000 stories
/// was one task of over 200 ms; the first ones are up a task earlier, the rest follow.
const FIRST_FIGURES: usize = 2;

/// Figures `range` of one selection: a figure per question, by the question's place, then
/// the overview figures after the last question. Each question's figure is timed (a
/// performance measure per question id) so the benchmark can set one view beside a plain
/// JavaScript version.
fn figures(store: PatternsStore, items: &[usize], lang: Lang, range: Range<usize>) -> Vec<Figure> {
    let pool = store.pool.get_value();
    let n = pool.questions.len();
    let mut out: Vec<Figure> = (range.start.min(n)..range.end.min(n))
        .map(|q| {
            let name = format!("klantreis:figure:{}", pool.questions[q].id);
            perf_start(&name);
            let f = figure::question(&pool, items, q, lang);
            perf_end(&name);
            f
        })
        .collect();
    if range.end > n {
        out.extend(figure::overview(&pool, items, lang));
    }
    out
}

/// Figures `range` of selection A, each beside B's while comparing.
#[component]
fn Figures(store: PatternsStore, #[prop(into)] range: Signal<Range<usize>>) -> impl IntoView {
    let lang = use_i18n().lang;
    let figures_a = Memo::new(move |_| {
        store
            .items_a
            .with(|items| figures(store, items, lang.get(), range.get()))
    });
    let figures_b = Memo::new(move |_| {
        if !store.comparing.get() {
            return Vec::new();
        }
        store
            .items_b
            .with(|items| figures(store, items, lang.get(), range.get()))
    });
    move || {
        figures_a.get().into_iter().enumerate().map(|(k, a)| {
            let b = figures_b.with(|f| f.get(k).cloned());
            let title = a.title.clone();
            let two = b.is_some();
            view! {
                <section class="figure" class:figure-two=two>
                    <h2>{title}</h2>
                    <div class="figure-panes">
                        <FigurePane figure=a label=two.then(|| lang.get_untracked().text(Msg::SelectionA))/>
                        {b.map(|b| view! { <FigurePane figure=b label=Some(lang.get_untracked().text(Msg::SelectionB))/> })}
                    </div>
                </section>
            }
        }).collect_view()
    }
}

/// The ideas of the journeys in selection A, in one impact × effort matrix, each led by its
/// journey's title.
#[component]
fn SelectionIdeas(store: PatternsStore, journeys: StoredValue<Vec<Journey>>) -> impl IntoView {
    let ideas = Memo::new(move |_| {
        let pool = store.pool.get_value();
        let chosen: HashSet<&Id> = store.items_a.with(|items| {
            items
                .iter()
                .map(|&i| &pool.journeys[pool.items[i].journey].id)
                .collect()
        });
        journeys.with_value(|all| {
            all.iter()
                .filter(|j| chosen.contains(&j.id))
                .flat_map(|j| j.labelled_ideas(Some(&j.title)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !ideas.with(Vec::is_empty)>
            <section class="figure selection-ideas">
                <h2>{text(Msg::PatternsIdeas)}</h2>
                <PriorityMatrix ideas=ideas/>
            </section>
        </Show>
    }
}

#[component]
fn PatternsView(store: PatternsStore, with_ideas: StoredValue<Vec<Journey>>) -> impl IntoView {
    let rest = RwSignal::new(false);
    // The rest once the first ones are painted; the first are not drawn again.
    request_animation_frame(move || {
        // The page may be gone by then.
        let all = move || {
            rest.try_set(true);
        };
        set_timeout(all, std::time::Duration::ZERO)
    });
    let later = move || {
        if rest.get() {
            FIRST_FIGURES..usize::MAX
        } else {
            0..0
        }
    };
    request_animation_frame(|| perf_end("klantreis:patterns"));
    view! {
        <div class="patterns">
            <p class="muted patterns-intro">{text(Msg::PatternsIntro)}</p>
            <div class="selections">
                <SelectionForm selection=store.a title=Msg::SelectionA items=store.items_a/>
                <div class="selection-b">
                    <label class="check">
                        <input type="checkbox" prop:checked=move || store.comparing.get()
                            on:change:target=move |ev| store.comparing.set(ev.target().checked())/>
                        {text(Msg::CompareWithB)}
                    </label>
                    <Show when=move || store.comparing.get()>
                        <SelectionForm selection=store.b title=Msg::SelectionB items=store.items_b/>
                    </Show>
                </div>
            </div>
            <Show when=move || store.comparing.get()>
                <ComparisonTable/>
            </Show>
            <div class="patterns-body">
                <div class="figures">
                    <Figures store=store range=Signal::stored(0..FIRST_FIGURES)/>
                    <Figures store=store range=Signal::derive(later)/>
                </div>
                <EvidencePanel/>
            </div>
            <SelectionIdeas store=store journeys=with_ideas/>
            <CrossTable/>
            <PairsList/>
        </div>
    }
}
