//! A text in Dutch and English, side by side: the prompts, poles and options of a question.

use crate::i18n::{Msg, text};
use klantreis_core::signifier::Text;
use leptos::prelude::*;

/// A text in Dutch and English, side by side.
#[component]
pub(crate) fn TextPair(
    label: Signal<String>,
    #[prop(into)] value: Signal<Text>,
    /// Called with the new text and the merge key of the edited language.
    #[prop(into)]
    on_input: Callback<(Text, String)>,
    key: String,
) -> impl IntoView {
    let input = move |english: bool| {
        let id = crate::components::field::control_id();
        let key = format!("{key}:{}", if english { "en" } else { "nl" });
        view! {
            <div class="field">
                <label class="field-label" for=id.clone()>
                    {move || label.get()} " (" {text(if english { Msg::English } else { Msg::Dutch })} ")"
                </label>
                <input
                    id=id
                    type="text"
                    prop:value=move || value.with(|v| if english { v.en.clone() } else { v.nl.clone() })
                    on:input:target=move |ev| {
                        let mut text = value.get_untracked();
                        if english { text.en = ev.target().value() } else { text.nl = ev.target().value() }
                        on_input.run((text, key.clone()))
                    }
                />
            </div>
        }
    };
    view! { <div class="text-pair">{input(false)} {input(true)}</div> }
}
