//! Every question of a signifier set, each with its widget, as one list of answers.

use super::input::AnswerInput;
use klantreis_core::Id;
use klantreis_core::signifier::{Answer, Answers, Question};
use leptos::prelude::*;

/// A change to one answer: the question, the new answer (`None` clears it), and whether it
/// continues typing in the same field (one undo step).
pub type QuestionChange = (Id, Option<Answer>, bool);

/// The questions of a set with their answers, for a touchpoint or a story.
#[component]
pub fn AnswerList(
    #[prop(into)] questions: Signal<Vec<Question>>,
    #[prop(into)] answers: Signal<Answers>,
    #[prop(into)] on_change: Callback<QuestionChange>,
) -> impl IntoView {
    move || {
        questions
            .get()
            .into_iter()
            .map(|q| {
                let qid = StoredValue::new(q.id.clone());
                let value =
                    Signal::derive(move || answers.with(|a| a.get(&qid.get_value()).cloned()));
                let change = move |(answer, merge)| on_change.run((qid.get_value(), answer, merge));
                view! { <AnswerInput question=q value=value on_change=change/> }
            })
            .collect_view()
    }
}

/// Applies a [`QuestionChange`] to a map of answers.
pub fn apply_change(answers: &mut Answers, (question, answer, _): QuestionChange) {
    match answer {
        Some(a) => answers.insert(question, a),
        None => answers.remove(&question),
    };
}
