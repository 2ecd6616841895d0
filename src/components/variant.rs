//! The to-be journey (gewenste klantreis): made from the as-is journey in the editor, and in
//! the to-be journey a banner back to it, with the comparison of the two (totals, steps
//! removed, added and changed, both emotion curves) and both on the projector side by side.

use crate::browser::{new_id, now_ms};
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::labels;
use crate::state::session::Session;
use crate::state::{LibraryState, Route};
use klantreis_core::variant::{Difference, compare, curves_svg};
use klantreis_core::{Id, Journey, WaitUnit, Waiting};
use leptos::prelude::*;

/// The linked copies a lived journey can get.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// The gewenste reis, redesigned from this one.
    ToBe,
    /// The procedure as designed (schaduwreis), rewritten from this one.
    Designed,
}

/// "Gewenste reis maken" or "Procedure maken": a linked copy of this journey, stored and
/// opened.
#[component]
pub fn MakeVariant(session: Session, variant: Variant) -> impl IntoView {
    let lang = use_i18n().lang;
    let (label, suffix) = match variant {
        Variant::ToBe => (Msg::MakeToBe, Msg::ToBeSuffix),
        Variant::Designed => (Msg::MakeDesigned, Msg::DesignedSuffix),
    };
    let make = move |_| {
        let language = lang.get_untracked();
        let copy = session.with_journey_untracked(|j| {
            let title = format!("{} ({})", j.title, language.text(suffix));
            match variant {
                Variant::ToBe => j.to_be(new_id(), title, now_ms()),
                Variant::Designed => j.designed(new_id(), title, now_ms()),
            }
        });
        session.app.create_and_open(copy);
    };
    view! {
        <button type="button" class="button button-small" on:click=make>{text(label)}</button>
    }
}

/// The journey `id` from this browser's library, for a banner or report that compares with it.
pub fn linked(session: Session, id: Id) -> LocalResource<Option<Journey>> {
    let app = session.app;
    let id = StoredValue::new(id);
    LocalResource::new(move || {
        let library = app.library.get();
        async move {
            let LibraryState::Ready(l) = library else {
                return None;
            };
            l.load(&id.get_value()).await.ok().map(|s| s.journey)
        }
    })
}

/// For a banner comparing the open journey with its linked one (`id`): the linked journey's
/// title once loaded (none while it is not in this browser), and what `compare(linked, open)`
/// makes of the two. Both are memos: an edit recomputes the comparison, but draws only what
/// changed, so a comparison the user opened stays open while the journey is edited.
pub fn compared<T>(
    session: Session,
    id: Id,
    compare: impl Fn(&Journey, &Journey) -> T + Send + Sync + 'static,
) -> (Memo<Option<String>>, Memo<Option<T>>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let loaded = linked(session, id);
    let title = Memo::new(move |_| loaded.with(|l| l.as_ref()?.as_ref().map(|j| j.title.clone())));
    let result = Memo::new(move |_| {
        loaded.with(|l| {
            let other = l.as_ref()?.as_ref()?;
            Some(session.with_journey(|open| compare(other, open)))
        })
    });
    (title, result)
}

/// In a to-be journey: which journey it redesigns, the comparison, and the projector.
#[component]
pub fn ToBeBanner(session: Session) -> impl IntoView {
    let of = Memo::new(move |_| session.with_journey(|j| j.to_be_of.clone()));
    move || {
        of.get()
            .map(|as_is| view! { <Comparison session=session as_is=as_is/> })
    }
}

#[component]
fn Comparison(session: Session, as_is: Id) -> impl IntoView {
    let lang = use_i18n().lang;
    let app = session.app;
    let id = StoredValue::new(as_is.clone());
    let (title, shown) = compared(session, as_is, move |as_is, to_be| {
        // Our own SVG: every text in it is escaped by `curves_svg`.
        let curves = curves_svg(as_is, to_be, lang.get());
        (compare(as_is, to_be), curves)
    });
    let present = move |_| {
        let to_be = session.id();
        app.navigate(Route::Present(id.get_value(), Some(to_be)))
    };
    let details = move || {
        let language = lang.get();
        shown.get().map(|(difference, curves)| {
            view! {
                <div class="to-be-body">
                    {totals(&difference, (Msg::ToBeAsIs, Msg::ToBeToBe), language)}
                    {steps(&difference, [Msg::ToBeRemoved, Msg::ToBeAdded, Msg::ToBeChanged], language)}
                    <figure class="to-be-curves" aria-label=language.text(Msg::ToBeCurves) inner_html=curves></figure>
                </div>
            }
        })
    };
    move || {
        let Some(title) = title.get() else {
            return view! { <p class="banner" role="status">{text(Msg::ToBeMissing)}</p> }
                .into_any();
        };
        let language = lang.get();
        view! {
            <div class="banner to-be" role="region" aria-label=language.text(Msg::ToBeToBe)>
                <p>{language.text_with(Msg::ToBeOf, &[title])}</p>
                <button type="button" class="button button-small" on:click=present>{text(Msg::ToBePresent)}</button>
                <details class="to-be-details">
                    <summary>{text(Msg::ToBeCompare)}</summary>
                    {details}
                </details>
            </div>
        }
        .into_any()
    }
}

/// Contacts, waiting and mean experience, before and after (`columns`: their names).
pub fn totals(d: &Difference, columns: (Msg, Msg), language: Lang) -> impl IntoView + use<> {
    let emotion = |e: Option<f64>| e.map_or_else(|| "–".to_owned(), |e| language.fixed(e, 1));
    let rows = [
        (
            Msg::ToBeContacts,
            d.contacts.0.to_string(),
            d.contacts.1.to_string(),
        ),
        (
            Msg::ToBeWaiting,
            readable(d.waiting_minutes.0, language),
            readable(d.waiting_minutes.1, language),
        ),
        (Msg::ToBeEmotion, emotion(d.emotion.0), emotion(d.emotion.1)),
    ];
    view! {
        <table class="report-table to-be-totals">
            <thead><tr>
                <th></th><th>{language.text(columns.0)}</th><th>{language.text(columns.1)}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|(label, before, after)| view! {
                    <tr><th scope="row">{language.text(label)}</th><td>{before}</td><td>{after}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// A named list of step titles ("geen" when empty).
pub fn titled_list(label: Msg, titles: &[String], language: Lang) -> impl IntoView + use<> {
    let items = if titles.is_empty() {
        vec![language.text(Msg::ToBeNone).to_owned()]
    } else {
        titles.to_vec()
    };
    view! {
        <div>
            <h3>{language.text(label)}</h3>
            <ul>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
        </div>
    }
}

/// The steps removed, added and changed, each list named (`labels`, in that order).
pub fn steps(d: &Difference, labels: [Msg; 3], language: Lang) -> impl IntoView + use<> {
    view! {
        <div class="to-be-steps">
            {titled_list(labels[0], &d.removed, language)}
            {titled_list(labels[1], &d.added, language)}
            {titled_list(labels[2], &d.changed, language)}
        </div>
    }
}

/// A total waiting time in the largest unit that reads naturally (rounded).
pub fn readable(minutes: u64, language: Lang) -> String {
    const DAY: u64 = 24 * 60;
    // Whole days or hours read as such ("1 uur", not "60 minuten").
    let (amount, unit) = match minutes {
        m if m >= 2 * DAY || (m >= DAY && m % DAY == 0) => (m as f64 / DAY as f64, WaitUnit::Days),
        m if m >= 120 || (m >= 60 && m % 60 == 0) => (m as f64 / 60.0, WaitUnit::Hours),
        m => (m as f64, WaitUnit::Minutes),
    };
    let amount = amount.round() as u32;
    labels::waiting(Waiting { amount, unit }, language)
}

/// Whether `j` is a lived journey that can get a to-be version or a procedure (those are
/// reworked further in place).
pub fn can_make_variant(j: &Journey) -> bool {
    j.to_be_of.is_none() && j.designed_of.is_none()
}
