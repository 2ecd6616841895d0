//! What the assistant reads in the passages marked to a touchpoint (agency, channel, date,
//! wait, feeling), offered one by one: the user accepts or ignores each, both undoable edits
//! (an ignored offer is kept with the touchpoint, so it is not offered again). Nothing is
//! applied unseen.

use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::labels;
use crate::state::session::{Session, use_session};
use klantreis_core::assist::{self, Change, Offer};
use klantreis_core::{Command, Id};
use leptos::prelude::*;

/// The offer in words: "kanaal Telefoon".
fn offer_words(change: &Change, lang: Lang) -> String {
    let (what, value) = match change {
        Change::Agency { name, .. } => (Msg::ColAgency, name.clone()),
        Change::Channel(c) => (Msg::ColChannel, lang.text(labels::channel(c)).to_owned()),
        Change::Date(d) => (Msg::ColDate, labels::date(*d, lang)),
        Change::Wait(w) => (Msg::MarkKindWaiting, labels::waiting(*w, lang)),
        Change::Feeling(e) => (
            Msg::ColEmotion,
            lang.text(labels::emotion(Some(*e))).to_owned(),
        ),
    };
    format!("{} {value}", lang.text(what))
}

/// Takes `chosen` into touchpoint `id` as one step of undo, and says what was taken.
fn accept(session: Session, id: &Id, chosen: &[Offer]) {
    let found = session.with_journey_untracked(|j| {
        j.touchpoint(id)
            .cloned()
            .map(|tp| (tp, j.emotion_question()))
    });
    let Some((mut tp, question)) = found else {
        return;
    };
    assist::accept_all(chosen, &mut tp, question.as_ref());
    let lang = session.app.lang.get_untracked();
    let said: Vec<String> = chosen
        .iter()
        .map(|o| offer_words(&o.change, lang))
        .collect();
    let title = tp.title.clone();
    session.apply(Command::UpdateTouchpoint(tp));
    session
        .app
        .notices
        .info(Msg::OfferAccepted, vec![title, said.join(", ")], None);
}

/// The offers for the touchpoint `touchpoint` names, each with accept and ignore; nothing
/// when there are none.
#[component]
pub fn Offers(#[prop(into)] touchpoint: Signal<Option<Id>>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let list = Memo::new(move |_| {
        let Some(id) = touchpoint.get() else {
            return Vec::new();
        };
        session
            .vocabulary
            .with(|v| session.with_journey(|j| assist::offers(j, &id, v)))
    });
    let title = move || {
        touchpoint
            .get()
            .and_then(|id| session.with_journey(|j| j.touchpoint(&id).map(|t| t.title.clone())))
            .unwrap_or_default()
    };
    let ignore = move |o: &Offer| {
        let found = touchpoint
            .get_untracked()
            .and_then(|id| session.with_journey_untracked(|j| j.touchpoint(&id).cloned()));
        if let Some(mut tp) = found {
            o.decline(&mut tp);
            session.apply(Command::UpdateTouchpoint(tp));
        }
    };
    let take = move |chosen: Vec<Offer>| {
        if let Some(id) = touchpoint.get_untracked() {
            accept(session, &id, &chosen);
        }
    };
    view! {
        <Show when=move || !list.with(Vec::is_empty)>
            <section class="offers" aria-label=move || lang.get().text(Msg::OffersTitle)>
                <h4>{text(Msg::OffersTitle)}</h4>
                <p class="muted">{move || lang.get().text_with(Msg::OffersHint, &[title()])}</p>
                <ul>
                    {move || list.get().into_iter().map(|o| {
                        let what = offer_words(&o.change, lang.get());
                        let from = lang.get().text_with(Msg::OfferFrom, std::slice::from_ref(&o.words));
                        let (a, b) = (o.clone(), o);
                        view! {
                            <li class="offer">
                                <span class="offer-what">{what.clone()}</span>
                                <span class="offer-from">{from}</span>
                                <button type="button" class="button button-small"
                                    aria-label=move || format!("{}: {what}", lang.get().text(Msg::OfferAccept))
                                    on:click=move |_| take(vec![a.clone()])>{text(Msg::OfferAccept)}</button>
                                <button type="button" class="button button-small button-quiet"
                                    on:click=move |_| ignore(&b)>{text(Msg::OfferIgnore)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Show when=move || list.with(|l| l.len() > 1)>
                    <button type="button" class="button button-small" on:click=move |_| take(list.get_untracked())>
                        {text(Msg::OfferAcceptAll)}
                    </button>
                </Show>
            </section>
        </Show>
    }
}
