//! The vertelpunt's interview script: opening, prompts and closing, editable per journey.

use crate::i18n::{Msg, text};
use crate::state::session::use_session;
use klantreis_core::Command;
use klantreis_core::script::InterviewScript;
use klantreis_core::signifier::Text;
use leptos::prelude::*;

/// One text of the script, in Dutch and English.
#[component]
fn ScriptText(
    label: Msg,
    get: fn(&InterviewScript) -> &Text,
    set: fn(&mut InterviewScript) -> &mut Text,
) -> impl IntoView {
    let session = use_session();
    let field = move |english: bool| {
        let value = move || {
            session.with_journey(|j| {
                let text = get(&j.script);
                if english {
                    text.en.clone()
                } else {
                    text.nl.clone()
                }
            })
        };
        let id = crate::components::field::control_id();
        let on_input = move |ev: leptos::ev::Event| {
            use wasm_bindgen::JsCast;
            let Some(area) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            let mut script = session.with_journey(|j| j.script.clone());
            let text = set(&mut script);
            if english {
                text.en = area.value()
            } else {
                text.nl = area.value()
            }
            session.apply_typing(
                Command::SetScript(script),
                format!("script:{label:?}:{english}"),
            );
        };
        view! {
            <div class="field">
                <label class="field-label" for=id.clone()>{text(label)} " (" {text(if english { Msg::English } else { Msg::Dutch })} ")"</label>
                <textarea id=id rows="2" prop:value=value on:input=on_input></textarea>
            </div>
        }
    };
    view! { <div class="script-text">{field(false)} {field(true)}</div> }
}

/// The texts of the vertelpunt, editable by the facilitator.
#[component]
pub fn ScriptEditor() -> impl IntoView {
    view! {
        <details class="script">
            <summary>{text(Msg::Script)}</summary>
            <ScriptText label=Msg::ScriptOpening get=|s| &s.opening set=|s| &mut s.opening/>
            <ScriptText label=Msg::ScriptPrompt get=|s| &s.prompt set=|s| &mut s.prompt/>
            <ScriptText label=Msg::ScriptClosing get=|s| &s.closing set=|s| &mut s.closing/>
        </details>
    }
}
