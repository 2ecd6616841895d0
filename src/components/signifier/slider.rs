//! The slider widget: one point between two poles, or "does not apply".

use super::change::{AnswerChange, no_value_text, use_english};
use klantreis_core::signifier::{Answer, Text};
use leptos::prelude::*;

/// Two poles and a value from 0 to 100. Unanswered until moved: the thumb is hidden, so a
/// value in the middle is never mistaken for an answer.
#[component]
pub fn SliderInput(
    left: Text,
    right: Text,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<Answer>>,
    #[prop(into)] on_change: Callback<AnswerChange>,
) -> impl IntoView {
    let english = use_english();
    let id = crate::components::field::control_id();
    let number = move || match value.get() {
        Some(Answer::Slider(v)) => Some(v),
        _ => None,
    };
    let (l, r) = (left.clone(), right.clone());
    let no_value = no_value_text(value);
    let value_text = move || match number() {
        Some(v) => format!(
            "{v} ({} 0 – {} 100)",
            l.get(english.get()),
            r.get(english.get())
        ),
        None => no_value().to_owned(),
    };
    let set = move |text: String| {
        if let Ok(v) = text.parse::<u8>() {
            on_change.run((Some(Answer::Slider(v.min(100))), false));
        }
    };
    let (l2, r2) = (left, right);
    view! {
        <div class="slider" class:slider-unset=move || number().is_none()>
            <label class="field-label" for=id.clone()>{label}</label>
            <input
                id=id
                type="range"
                min="0"
                max="100"
                step="1"
                prop:value=move || number().unwrap_or(50).to_string()
                aria-valuetext=value_text
                on:input:target=move |ev| set(ev.target().value())
                on:change:target=move |ev| set(ev.target().value())
            />
            <div class="slider-poles" aria-hidden="true">
                <span>{move || l2.get(english.get()).to_owned()}</span>
                <span>{move || r2.get(english.get()).to_owned()}</span>
            </div>
        </div>
    }
}
