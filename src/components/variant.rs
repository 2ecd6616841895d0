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

/// "Gewenste reis maken": a linked copy of this journey, stored and opened.
#[component]
pub fn MakeToBe(session: Session) -> impl IntoView {
    let lang = use_i18n().lang;
    let make = move |_| {
        let language = lang.get_untracked();
        let to_be = session.with_journey_untracked(|j| {
            let title = format!("{} ({})", j.title, language.text(Msg::ToBeSuffix));
            j.to_be(new_id(), title, now_ms())
        });
        session.app.create_and_open(to_be);
    };
    view! {
        <button type="button" class="button button-small" on:click=make>{text(Msg::MakeToBe)}</button>
    }
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
    let id = StoredValue::new(as_is);
    let loaded = LocalResource::new(move || {
        let library = app.library.get();
        async move {
            let LibraryState::Ready(l) = library else {
                return None;
            };
            l.load(&id.get_value()).await.ok().map(|s| s.journey)
        }
    });
    let present = move |_| {
        let to_be = session.id();
        app.navigate(Route::Present(id.get_value(), Some(to_be)))
    };
    move || {
        let Some(as_is) = loaded.get().flatten() else {
            return view! { <p class="banner" role="status">{text(Msg::ToBeMissing)}</p> }
                .into_any();
        };
        let language = lang.get();
        let title = as_is.title.clone();
        let details = session.with_journey(|to_be| {
            let difference = compare(&as_is, to_be);
            // Our own SVG: every text in it is escaped by `curves_svg`.
            let curves = curves_svg(&as_is, to_be, language);
            view! {
                <div class="to-be-body">
                    {totals(&difference, language)}
                    {steps(&difference, language)}
                    <figure class="to-be-curves" aria-label=language.text(Msg::ToBeCurves) inner_html=curves></figure>
                </div>
            }
        });
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

/// Contacts, waiting and mean experience, before and after.
fn totals(d: &Difference, language: Lang) -> impl IntoView + use<> {
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
                <th></th><th>{language.text(Msg::ToBeAsIs)}</th><th>{language.text(Msg::ToBeToBe)}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|(label, before, after)| view! {
                    <tr><th scope="row">{language.text(label)}</th><td>{before}</td><td>{after}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The steps removed, added and changed, each list named.
fn steps(d: &Difference, language: Lang) -> impl IntoView + use<> {
    let list = |label: Msg, titles: &[String]| {
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
    };
    view! {
        <div class="to-be-steps">
            {list(Msg::ToBeRemoved, &d.removed)}
            {list(Msg::ToBeAdded, &d.added)}
            {list(Msg::ToBeChanged, &d.changed)}
        </div>
    }
}

/// A total waiting time in the largest unit that reads naturally (rounded).
fn readable(minutes: u64, language: Lang) -> String {
    let (amount, unit) = match minutes {
        m if m >= 2 * 24 * 60 => (m as f64 / (24.0 * 60.0), WaitUnit::Days),
        m if m >= 120 => (m as f64 / 60.0, WaitUnit::Hours),
        m => (m as f64, WaitUnit::Minutes),
    };
    let amount = amount.round() as u32;
    labels::waiting(Waiting { amount, unit }, language)
}

/// Whether `j` can get a to-be version (a to-be journey is redesigned further in place).
pub fn can_make_to_be(j: &Journey) -> bool {
    j.to_be_of.is_none()
}
