use super::touchpoint::edit;
use crate::components::signifier::AnswerInput;
use crate::i18n::{Msg, t};
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
            <h3 id="signifiers-title" class="detail-subtitle">{t(Msg::Signifiers)}</h3>
            {move || {
                questions
                    .get()
                    .into_iter()
                    .map(|q| {
                        let qid = StoredValue::new(q.id.clone());
                        let value = Signal::derive(move || {
                            session.with_journey(|j| {
                                j.touchpoint(&id.get_value())
                                    .and_then(|t| t.answers.get(&qid.get_value()).cloned())
                            })
                        });
                        let on_change = move |(answer, merge): crate::components::signifier::AnswerChange| {
                            let key = format!("answer:{}", qid.get_value());
                            edit(session, &id.get_value(), merge.then_some(key.as_str()), |t| {
                                match answer {
                                    Some(a) => t.answers.insert(qid.get_value(), a),
                                    None => t.answers.remove(&qid.get_value()),
                                };
                            });
                        };
                        view! { <AnswerInput question=q value=value on_change=on_change/> }
                    })
                    .collect_view()
            }}
        </section>
    }
}
