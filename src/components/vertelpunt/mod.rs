//! Client mode (vertelpunt): the device is handed to the client, who reads the welcome,
//! tells the story and answers the story signifiers, one question per screen. Nothing else
//! of the app is visible, every answer is saved as it is given, and leaving asks first.

use crate::components::dialog::{ConfirmRequest, use_confirm};
use crate::components::signifier::{AnswerChange, AnswerInput, apply_change, use_english};
use crate::components::stories::edit_story;
use crate::i18n::{Msg, text, use_i18n};
use crate::state::session::use_session;
use klantreis_core::Id;
use klantreis_core::signifier::Question;
use leptos::html;
use leptos::prelude::*;

#[derive(Clone, PartialEq)]
enum Step {
    Opening,
    Story,
    Question(Question),
    Closing,
}

fn fullscreen(el: &web_sys::HtmlElement, on: bool) {
    let doc = document();
    if on {
        // Refused without a user gesture or in some embedded browsers: the overlay still
        // covers the whole window, so client mode works without it.
        crate::browser::request_fullscreen(el);
    } else if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    }
}

/// Full screen and focus on the overlay as it opens. After a frame: client mode is fetched on
/// first use, and its first effects run before the fetched view is in the page.
fn use_enter(root: NodeRef<html::Div>) {
    Effect::new(move || {
        if root.get().is_some() {
            request_animation_frame(move || {
                if let Some(el) = root.get_untracked() {
                    fullscreen(&el, true);
                    let _ = el.focus();
                }
            });
        }
    });
}

/// Leaving client mode always asks first: by the leave button, by Escape, and when the
/// browser leaves full screen (which it does on Escape). Returns the "ask to leave" action.
fn use_leave_guard(root: NodeRef<html::Div>) -> impl Fn() + Copy + 'static {
    let session = use_session();
    let confirm = use_confirm();
    let lang = use_i18n().lang;
    let leave = move || {
        let language = lang.get_untracked();
        confirm.ask(ConfirmRequest {
            title: language.text(Msg::ConfirmLeaveVertelpunt).to_owned(),
            body: language.text(Msg::ConfirmLeaveVertelpuntBody).to_owned(),
            confirm: Msg::Leave,
            on_confirm: std::sync::Arc::new(move || {
                if let Some(el) = root.get_untracked() {
                    fullscreen(&el, false);
                }
                session.client.set(None);
            }),
        });
    };
    // Escape in full screen is taken by the browser to leave full screen: treat that as the
    // wish to leave client mode, and ask.
    let was_full = StoredValue::new(false);
    let on_fullscreen = window_event_listener(leptos::ev::fullscreenchange, move |_| {
        let full = document().fullscreen_element().is_some();
        if was_full.get_value() && !full && session.client.get_untracked().is_some() {
            set_timeout(leave, std::time::Duration::from_millis(50));
        }
        was_full.set_value(full);
    });
    // On the window, not the overlay: Escape must work wherever focus is (even on the body,
    // after the focused button was replaced).
    let on_escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || confirm.is_open() {
            return;
        }
        ev.prevent_default();
        if document().fullscreen_element().is_some() {
            // Leaving full screen asks (above), as when the browser does it.
            document().exit_fullscreen();
        } else {
            // After this key press is done: a dialog opened during it would take the same
            // Escape as "cancel" and close at once.
            set_timeout(leave, std::time::Duration::ZERO);
        }
    });
    on_cleanup(move || {
        on_fullscreen.remove();
        on_escape.remove();
    });
    leave
}

/// Announces a new screen by moving focus to its heading.
fn focus_heading() {
    request_animation_frame(move || {
        if let Ok(Some(h)) = document().query_selector(".client-step h2") {
            use wasm_bindgen::JsCast;
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    });
}

#[component]
pub fn ClientMode(id: Id) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let id = StoredValue::new(id);
    let root = NodeRef::<html::Div>::new();
    let steps = Memo::new(move |_| {
        session.with_journey(|j| {
            let mut steps = vec![Step::Opening, Step::Story];
            steps.extend(j.story_set.asked().cloned().map(Step::Question));
            steps.push(Step::Closing);
            steps
        })
    });
    let at = RwSignal::new(0usize);
    let total = move || steps.with(Vec::len);
    let step = Memo::new(move |_| steps.with(|s| s.get(at.get()).cloned()));
    use_enter(root);
    let leave = use_leave_guard(root);
    let go = move |delta: isize| {
        at.update(|i| *i = i.saturating_add_signed(delta).min(total() - 1));
        focus_heading();
    };
    let is_last = move || at.get() + 1 >= total();
    let progress = move || {
        lang.get().text_with(
            Msg::StepOf,
            &[(at.get() + 1).to_string(), total().to_string()],
        )
    };
    view! {
        <div
            node_ref=root
            class="client-mode"
            role="dialog"
            aria-modal="true"
            aria-label=text(Msg::Vertelpunt)
            tabindex="-1"
        >
            <header class="client-head">
                <span class="client-progress-text">{progress}</span>
                <progress
                    class="client-progress"
                    max=move || total().to_string()
                    value=move || (at.get() + 1).to_string()
                    aria-label=progress
                ></progress>
                <button type="button" class="button button-quiet client-leave" on:click=move |_| leave()>
                    {text(Msg::LeaveVertelpunt)}
                </button>
            </header>
            <main class="client-step"><StepView id=id step=step/></main>
            <footer class="client-nav">
                <button type="button" class="button client-button" disabled=move || at.get() == 0 on:click=move |_| go(-1)>
                    "← " {text(Msg::Previous)}
                </button>
                <Show
                    when=is_last
                    fallback=move || view! {
                        <button type="button" class="button button-primary client-button" on:click=move |_| go(1)>
                            {text(Msg::Next)} " →"
                        </button>
                    }
                >
                    <button type="button" class="button button-primary client-button" on:click=move |_| leave()>
                        {text(Msg::Done)}
                    </button>
                </Show>
            </footer>
        </div>
    }
}

/// The step on screen: the opening words, the story, one question, or the closing words.
#[component]
fn StepView(id: StoredValue<Id>, step: Memo<Option<Step>>) -> impl IntoView {
    let session = use_session();
    let english = use_english();
    let script_text = move |f: fn(
        &klantreis_core::script::InterviewScript,
    ) -> &klantreis_core::signifier::Text| {
        move || session.with_journey(|j| f(&j.script).get(english.get()).to_owned())
    };
    move || match step.get() {
        Some(Step::Opening) => view! {
            <h2 tabindex="-1" class="client-big">{script_text(|s| &s.opening)}</h2>
        }
        .into_any(),
        Some(Step::Story) => {
            view! { <StoryStep id=id prompt=Signal::derive(script_text(|s| &s.prompt))/> }
                .into_any()
        }
        Some(Step::Question(q)) => view! { <QuestionStep id=id question=q/> }.into_any(),
        Some(Step::Closing) | None => view! {
            <h2 tabindex="-1" class="client-big">{script_text(|s| &s.closing)}</h2>
        }
        .into_any(),
    }
}

/// The client tells the story in their own words.
#[component]
fn StoryStep(id: StoredValue<Id>, prompt: Signal<String>) -> impl IntoView {
    let session = use_session();
    let story = Memo::new(move |_| session.with_journey(|j| j.story(&id.get_value()).cloned()));
    let area = crate::components::field::control_id();
    view! {
        <h2 tabindex="-1"><label for=area.clone()>{prompt}</label></h2>
        <textarea
            id=area
            class="client-text"
            rows="10"
            prop:value=move || story.with(|s| s.as_ref().map(|s| s.text.clone()).unwrap_or_default())
            on:input:target=move |ev| {
                let v = ev.target().value();
                edit_story(session, &id.get_value(), Some("text".to_owned()), |s| s.text = v)
            }
        ></textarea>
    }
}

/// One story signifier, large, answered by the client and saved as it is given.
#[component]
fn QuestionStep(id: StoredValue<Id>, question: Question) -> impl IntoView {
    let session = use_session();
    let english = use_english();
    let qid = StoredValue::new(question.id.clone());
    let value = Signal::derive(move || {
        session.with_journey(|j| {
            j.story(&id.get_value())
                .and_then(|s| s.answers.get(&qid.get_value()).cloned())
        })
    });
    let on_change = move |(answer, merge): AnswerChange| {
        let key = merge.then(|| format!("answer:{}", qid.get_value()));
        edit_story(session, &id.get_value(), key, |s| {
            apply_change(&mut s.answers, (qid.get_value(), answer, merge))
        });
    };
    let prompt = question.prompt.clone();
    view! {
        <h2 tabindex="-1" class="visually-hidden">{move || prompt.get(english.get()).to_owned()}</h2>
        <AnswerInput question=question value=value on_change=on_change large=true/>
    }
}
