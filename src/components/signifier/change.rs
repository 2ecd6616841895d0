//! What an answer widget reports, and the language its question's texts show in.

use crate::i18n::{Msg, use_i18n};
use klantreis_core::signifier::Answer;
use leptos::prelude::*;

/// A change of an answer: `None` clears it; `merge` is true while typing free text.
pub type AnswerChange = (Option<Answer>, bool);

/// What a screen reader hears for a question without a value of its own: "not applicable"
/// when it was marked so (not "not answered yet", which would be wrong), else "not answered".
pub fn no_value_text(value: Signal<Option<Answer>>) -> impl Fn() -> &'static str + Copy {
    let lang = use_i18n().lang;
    move || {
        let msg = match value.get() {
            Some(Answer::NotApplicable) => Msg::NotApplicable,
            _ => Msg::NotAnsweredYet,
        };
        lang.get().text(msg)
    }
}

pub fn use_english() -> Signal<bool> {
    let lang = use_i18n().lang;
    Signal::derive(move || lang.get().reads_english())
}
