//! A touchpoint's answers to the journey's touchpoint signifiers, in the side panel.

use crate::components::signifier::{AnswerList, QuestionChange, apply_change};
use crate::i18n::{Msg, text};
use crate::state::session::use_session;
use klantreis_core::Id;
use klantreis_core::signifier::QuestionKind;
use leptos::prelude::*;

/// The touchpoint's answers to the journey's touchpoint signifiers. The emotion question is
/// answered by the touchpoint's own emotion picker above (one value, not two).
#[component]
pub fn TouchpointSignifiers(id: StoredValue<Id>) -> impl IntoView {
    let session = use_session();
    let questions = Memo::new(move |_| {
        session.with_journey(|j| {
            j.touchpoint_set
                .asked()
                .filter(|q| !matches!(q.kind, QuestionKind::Emotion))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="signifiers" aria-labelledby="signifiers-title">
            <h3 id="signifiers-title" class="detail-subtitle">{text(Msg::Signifiers)}</h3>
            <AnswerList
                questions=questions
                answers=Signal::derive(move || {
                    session.with_journey(|j| j.touchpoint(&id.get_value()).map(|t| t.answers.clone()).unwrap_or_default())
                })
                on_change=move |change: QuestionChange| {
                    let key = format!("answer:{}", change.0);
                    let merge = change.2;
                    session.edit_touchpoint(&id.get_value(), merge.then_some(key.as_str()), |t| apply_change(&mut t.answers, change))
                }
            />
        </section>
    }
}
