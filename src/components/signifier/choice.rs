//! The choice widget: one or several options, or "does not apply".

use super::change::{AnswerChange, use_english};
use klantreis_core::Id;
use klantreis_core::signifier::{Answer, ChoiceOption};
use leptos::prelude::*;

/// Single choice (radio buttons) or multiple choice (checkboxes).
#[component]
pub fn ChoiceInput(
    multiple: bool,
    options: Vec<ChoiceOption>,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<Answer>>,
    #[prop(into)] on_change: Callback<AnswerChange>,
) -> impl IntoView {
    let english = use_english();
    let name = format!("choice-{}", crate::components::field::control_id());
    let chosen = move || match value.get() {
        Some(Answer::Choice(ids)) => ids,
        _ => Vec::new(),
    };
    let toggle = move |id: Id| {
        let mut ids = chosen();
        if multiple {
            if let Some(i) = ids.iter().position(|x| *x == id) {
                ids.remove(i);
            } else {
                ids.push(id);
            }
        } else {
            ids = vec![id];
        }
        let answer = (!ids.is_empty()).then_some(Answer::Choice(ids));
        on_change.run((answer, false));
    };
    let items = options
        .into_iter()
        .filter(|o| !o.retired)
        .map(|o| {
            let id = StoredValue::new(o.id.clone());
            let text = o.label.clone();
            view! {
                <label class="choice-option">
                    <input
                        type=if multiple { "checkbox" } else { "radio" }
                        name=name.clone()
                        prop:checked=move || chosen().contains(&id.get_value())
                        on:change=move |_| toggle(id.get_value())
                    />
                    <span>{move || text.get(english.get()).to_owned()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choice">
            <legend class="field-label">{label}</legend>
            <div class="choice-options">{items}</div>
        </fieldset>
    }
}
