//! What an answer widget reports, and the language its question's texts show in.

use crate::i18n::use_i18n;
use klantreis_core::signifier::Answer;
use leptos::prelude::*;

/// A change of an answer: `None` clears it; `merge` is true while typing free text.
pub type AnswerChange = (Option<Answer>, bool);

pub fn use_english() -> Signal<bool> {
    let lang = use_i18n().lang;
    Signal::derive(move || lang.get().reads_english())
}
