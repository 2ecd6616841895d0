//! The priority matrix: impact (high on top) against effort (little on the left), each idea in
//! its cell: a button that opens it in the ideas view, plain text in the plenary. A table, so
//! a screen reader announces each cell's impact and effort, and Tab walks the ideas from the
//! most promising corner.

use crate::i18n::{Lang, Msg, text, use_i18n};
use klantreis_core::idea::{Quadrant, Score, matrix};
use klantreis_core::{Id, Idea};
use leptos::prelude::*;

/// `ideas`: those to place; `open`: where a chosen idea opens (none: the ideas are text).
#[component]
pub fn PriorityMatrix(
    #[prop(into)] ideas: Signal<Vec<Idea>>,
    #[prop(optional)] open: Option<RwSignal<Option<Id>>>,
) -> impl IntoView {
    let lang = use_i18n().lang;
    let cells = Memo::new(move |_| {
        ideas.with(|ideas| {
            matrix(ideas).map(|row| {
                row.map(|cell| {
                    cell.into_iter()
                        .map(|i| (ideas[i].id.clone(), ideas[i].title.clone()))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let rows = move || {
        let language = lang.get();
        let rows = cells.get().into_iter().zip(Score::ALL.into_iter().rev());
        rows.map(|(row, impact)| {
            let tds = row
                .into_iter()
                .zip(Score::ALL)
                .map(|(ideas, effort)| cell(open, language, (impact, effort), ideas));
            view! { <tr><th scope="row">{impact.value()}</th>{tds.collect_view()}</tr> }
        })
        .collect_view()
    };
    let legend = [
        Quadrant::QuickWin,
        Quadrant::BigBet,
        Quadrant::FillIn,
        Quadrant::MoneyPit,
    ]
    .map(|q| view! { <li class=format!("matrix-{}", q.key())>{text(q.msg())}</li> });
    view! {
        <figure class="matrix">
            <figcaption>{text(Msg::PriorityMatrix)}</figcaption>
            <div class="matrix-frame">
                <span class="matrix-axis matrix-axis-y">{text(Msg::MatrixImpactAxis)}</span>
                <table class="matrix-table">
                    <thead>
                        <tr>
                            <td></td>
                            {Score::ALL.into_iter().map(|s| view! { <th scope="col">{s.value()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <span class="matrix-axis matrix-axis-x">{text(Msg::MatrixEffortAxis)}</span>
            </div>
            <ul class="matrix-legend">{legend.into_iter().collect_view()}</ul>
        </figure>
    }
}

/// One cell: its ideas, each named with the cell's scores; buttons when they can be opened.
fn cell(
    open: Option<RwSignal<Option<Id>>>,
    language: Lang,
    (impact, effort): (Score, Score),
    ideas: Vec<(Id, String)>,
) -> impl IntoView + use<> {
    let place = language.text_with(
        Msg::MatrixCell,
        &[impact.value().to_string(), effort.value().to_string()],
    );
    let chips = ideas
        .into_iter()
        .map(|(id, title)| {
            let place = format!(" ({place})");
            let Some(open) = open else {
                return view! {
                    <span class="idea-chip">{title}<span class="visually-hidden">{place}</span></span>
                }
                .into_any();
            };
            let chosen = {
                let id = id.clone();
                move || open.with(|i| i.as_ref() == Some(&id))
            };
            view! {
                <button
                    type="button"
                    class="idea-chip"
                    aria-pressed=move || chosen().to_string()
                    on:click=move |_| open.set(Some(id.clone()))
                >
                    {title}
                    <span class="visually-hidden">{place}</span>
                </button>
            }
            .into_any()
        })
        .collect_view();
    let quarter = Quadrant::of(impact, effort).key();
    view! { <td class=format!("matrix-cell matrix-{quarter}")>{chips}</td> }
}
