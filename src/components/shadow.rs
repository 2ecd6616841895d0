//! The schaduwreis in the procedure's editor: a banner back to the lived journey with what
//! differs (extra contacts, steps that never happened, promised against lived waiting,
//! agencies the procedure does not know), and on the map the procedure's steps that never
//! happened, marked.

use crate::components::variant::{compared, readable, titled_list, totals};
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::state::session::Session;
use klantreis_core::Id;
use klantreis_core::shadow::{Shadow, WaitGap, shadow, steps_not_in};
use leptos::prelude::*;

/// The procedure's steps the client never went through, for the map's cards.
#[derive(Clone, Copy)]
pub struct NotHappened(pub RwSignal<Vec<Id>>);

impl NotHappened {
    pub fn provide() -> NotHappened {
        let marks = NotHappened(RwSignal::new(Vec::new()));
        provide_context(marks);
        marks
    }

    /// Whether card `id` is such a step (false outside a procedure's editor).
    pub fn marks(this: Option<NotHappened>, id: &Id) -> bool {
        this.is_some_and(|m| m.0.with(|ids| ids.contains(id)))
    }
}

/// In a procedure (a journey with `designed_of`): the banner and the comparison.
#[component]
pub fn DesignedBanner(session: Session) -> impl IntoView {
    let of = Memo::new(move |_| session.with_journey(|j| j.designed_of.clone()));
    move || {
        of.get()
            .map(|lived| view! { <Comparison session=session lived=lived/> })
    }
}

#[component]
fn Comparison(session: Session, lived: Id) -> impl IntoView {
    let lang = use_i18n().lang;
    let (title, shown) = compared(session, lived, |lived, designed| {
        (shadow(designed, lived), steps_not_in(designed, lived))
    });
    // Only when the steps that never happened change: every card reads these marks.
    let marks = expect_context::<NotHappened>();
    Effect::new(move || {
        let missing = shown.with(|s| s.as_ref().map(|(_, m)| m.clone()));
        marks.0.set(missing.unwrap_or_default());
    });
    let details = move || {
        let language = lang.get();
        shown.with(|s| s.as_ref().map(|(s, _)| differences(s, language)))
    };
    move || {
        let Some(title) = title.get() else {
            return view! { <p class="banner" role="status">{text(Msg::DesignedMissing)}</p> }
                .into_any();
        };
        let language = lang.get();
        view! {
            <div class="banner to-be" role="region" aria-label=language.text(Msg::DesignedDesigned)>
                <p>{language.text_with(Msg::DesignedOf, &[title])}</p>
                <details class="to-be-details">
                    <summary>{text(Msg::DesignedCompare)}</summary>
                    {details}
                </details>
            </div>
        }
        .into_any()
    }
}

/// What the report and the banner show of a schaduwreis: totals, the step lists, the waits
/// and the unknown agencies.
pub fn differences(s: &Shadow, language: Lang) -> impl IntoView + use<> {
    view! {
        <div class="to-be-body">
            {totals(&s.steps, (Msg::DesignedDesigned, Msg::DesignedLived), language)}
            <div class="to-be-steps">
                {titled_list(Msg::ShadowExtra, &s.steps.added, language)}
                {titled_list(Msg::ShadowMissing, &s.steps.removed, language)}
                {titled_list(Msg::ShadowUnknownAgencies, &s.unknown_agencies, language)}
            </div>
            {waits(&s.waits, language)}
        </div>
    }
}

/// Promised against lived waiting, step by step; a longer wait than promised in bold.
fn waits(gaps: &[WaitGap], language: Lang) -> impl IntoView + use<> {
    let time = |m: Option<u64>| m.map_or_else(|| "–".to_owned(), |m| readable(m, language));
    let rows = gaps
        .iter()
        .map(|g| {
            view! {
                <tr class:wait-overdue=g.overdue()>
                    <th scope="row">{g.title.clone()}</th>
                    <td>{time(g.promised)}</td>
                    <td>{time(g.lived)}</td>
                </tr>
            }
        })
        .collect_view();
    (!gaps.is_empty()).then(|| {
        view! {
            <table class="report-table shadow-waits">
                <caption>{language.text(Msg::ShadowWaits)}</caption>
                <thead><tr>
                    <th></th>
                    <th scope="col">{language.text(Msg::ShadowPromised)}</th>
                    <th scope="col">{language.text(Msg::ShadowLived)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    })
}
