//! The priority matrix: impact (high on top) against effort (little on the left), each idea a
//! button in its cell. A table, so a screen reader announces each cell's impact and effort,
//! and Tab walks the ideas from the most promising corner.

use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::state::session::{Session, use_session};
use klantreis_core::Id;
use klantreis_core::idea::{Quadrant, Score, matrix};
use leptos::prelude::*;

#[component]
pub fn PriorityMatrix() -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let cells = Memo::new(move |_| {
        session.with_journey(|j| {
            matrix(&j.ideas).map(|row| {
                row.map(|cell| {
                    cell.into_iter()
                        .map(|i| (j.ideas[i].id.clone(), j.ideas[i].title.clone()))
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
                .map(|(ideas, effort)| cell(session, language, (impact, effort), ideas));
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

/// One cell: its ideas as buttons that open them, each named with the cell's scores.
fn cell(
    session: Session,
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
            let open = id.clone();
            let chosen = move || session.idea.with(|i| i.as_ref() == Some(&id));
            view! {
                <button
                    type="button"
                    class="idea-chip"
                    aria-pressed=move || chosen().to_string()
                    on:click=move |_| session.idea.set(Some(open.clone()))
                >
                    {title}
                    <span class="visually-hidden">{format!(" ({place})")}</span>
                </button>
            }
        })
        .collect_view();
    let quarter = Quadrant::of(impact, effort).key();
    view! { <td class=format!("matrix-cell matrix-{quarter}")>{chips}</td> }
}
