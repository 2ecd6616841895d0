//! [`AnswerInput`]: one question with the widget for its kind, and "not applicable" where the
//! question allows it.

use super::change::{AnswerChange, use_english};
use super::choice::ChoiceInput;
use super::slider::SliderInput;
use super::triad::TriadInput;
use crate::components::emotion::EmotionPicker;
use crate::i18n::{Msg, text};
use klantreis_core::signifier::{Answer, Question, QuestionKind};
use leptos::prelude::*;

/// One question with its widget, labelled by its prompt.
#[component]
pub fn AnswerInput(
    question: Question,
    #[prop(into)] value: Signal<Option<Answer>>,
    #[prop(into)] on_change: Callback<AnswerChange>,
    /// Large controls for client mode on a tablet.
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    let english = use_english();
    let prompt = question.prompt.clone();
    let prompt_text = Signal::derive(move || prompt.get(english.get()).to_owned());
    let not_applicable = move || value.with(|v| matches!(v, Some(Answer::NotApplicable)));
    let allows_na = question.kind.allows_not_applicable();
    let widget = match question.kind.clone() {
        QuestionKind::Triad { poles } => view! {
            <TriadInput poles=poles label=prompt_text value=value on_change=on_change large=large/>
        }
        .into_any(),
        QuestionKind::Slider { left, right } => view! {
            <SliderInput left=left right=right label=prompt_text value=value on_change=on_change/>
        }
        .into_any(),
        QuestionKind::Emotion => {
            let emotion = Signal::derive(move || match value.get() {
                Some(Answer::Emotion(e)) => Some(e),
                _ => None,
            });
            let set = move |e: Option<klantreis_core::Emotion>| {
                on_change.run((e.map(Answer::Emotion), false))
            };
            view! { <EmotionPicker value=emotion on_change=set legend=prompt_text/> }.into_any()
        }
        QuestionKind::Choice { multiple, options } => view! {
            <ChoiceInput multiple=multiple options=options label=prompt_text value=value on_change=on_change/>
        }
        .into_any(),
        QuestionKind::FreeText => {
            let id = crate::components::field::control_id();
            view! {
                <label class="field-label" for=id.clone()>{prompt_text}</label>
                <textarea
                    id=id
                    rows=if large { "5" } else { "3" }
                    prop:value=move || match value.get() { Some(Answer::Text(s)) => s, _ => String::new() }
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        let answer = (!text.is_empty()).then_some(Answer::Text(text));
                        on_change.run((answer, true))
                    }
                ></textarea>
            }
            .into_any()
        }
    };
    view! {
        <div class="answer" class:answer-large=large class:answer-na=not_applicable data-question=question.id.to_string()>
            {widget}
            {allows_na.then(|| view! {
                <div class="answer-actions">
                    <button
                        type="button"
                        class="button button-small na-toggle"
                        aria-pressed=move || if not_applicable() { "true" } else { "false" }
                        on:click=move |_| {
                            let next = (!not_applicable()).then_some(Answer::NotApplicable);
                            on_change.run((next, false))
                        }
                    >
                        {text(Msg::NotApplicable)}
                    </button>
                    <Show when=move || value.with(|v| v.is_some() && !matches!(v, Some(Answer::NotApplicable)))>
                        <button type="button" class="button button-small button-quiet" on:click=move |_| on_change.run((None, false))>
                            {text(Msg::ClearAnswer)}
                        </button>
                    </Show>
                </div>
            })}
        </div>
    }
}
