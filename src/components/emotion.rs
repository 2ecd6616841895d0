//! The emotion of a touchpoint: five labelled steps (not colour alone) and "not rated".

use crate::i18n::{Msg, text};
use crate::labels;
use klantreis_core::Emotion;
use leptos::prelude::*;

/// The CSS class of an emotion's colour, shared by cards, curve and picker.
pub fn emotion_class(e: Option<Emotion>) -> &'static str {
    match e.map(Emotion::value) {
        Some(-2) => "emo-m2",
        Some(-1) => "emo-m1",
        Some(0) => "emo-0",
        Some(1) => "emo-p1",
        Some(2) => "emo-p2",
        _ => "emo-none",
    }
}

/// The five emotions and "not filled in", as a radio group.
#[component]
pub fn EmotionPicker(
    /// The emotion chosen, if any.
    #[prop(into)]
    value: Signal<Option<Emotion>>,
    /// Called with the emotion chosen, or none for "not filled in".
    #[prop(into)]
    on_change: Callback<Option<Emotion>>,
    /// The question asked; "Beleving" by default.
    #[prop(optional, into)]
    legend: Option<Signal<String>>,
) -> impl IntoView {
    let legend = legend.unwrap_or_else(|| Signal::derive(move || text(Msg::Emotion)().to_owned()));
    let name = format!("emotion-{}", crate::browser::new_id());
    let option = move |e: Option<Emotion>| {
        let name = name.clone();
        view! {
            <label class=format!("emotion-option {}", emotion_class(e))>
                <input
                    type="radio"
                    name=name
                    prop:checked=move || value.get() == e
                    on:change=move |_| on_change.run(e)
                />
                <span class="emotion-value" aria-hidden="true">
                    {e.map(|e| e.to_string()).unwrap_or_else(|| "–".into())}
                </span>
                <span class="emotion-label">{text(labels::emotion(e))}</span>
            </label>
        }
    };
    let options: Vec<_> = Emotion::all().map(|e| option(Some(e))).collect();
    view! {
        <fieldset class="emotion-picker">
            <legend>{legend}</legend>
            <div class="emotion-options">{options} {option(None)}</div>
        </fieldset>
    }
}
