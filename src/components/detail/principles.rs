//! A touchpoint's phase and its belevingsprincipes (kept, broken or not judged), in its panel.

use crate::components::field::{SelectField, control_id};
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::state::session::{Session, use_session};
use klantreis_core::phase::vng_phases;
use klantreis_core::{Command, Id, Judgement, Principle};
use leptos::prelude::*;

/// The phase this step is in; with no phases yet, the VNG set one click away.
#[component]
pub fn PhaseChoice(id: StoredValue<Id>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let options = Signal::derive(move || {
        let none = (String::new(), lang.get().text(Msg::NoPhase).to_owned());
        session.with_journey(|j| {
            std::iter::once(none)
                .chain(j.phases.iter().map(|p| (p.id.to_string(), p.name.clone())))
                .collect::<Vec<_>>()
        })
    });
    let value = Signal::derive(move || {
        session.with_journey(|j| {
            j.touchpoint(&id.get_value())
                .and_then(|t| t.phase.as_ref())
                .map(Id::to_string)
                .unwrap_or_default()
        })
    });
    let set = move |v: String| {
        session.edit_touchpoint(&id.get_value(), None, |t| {
            t.phase = (!v.is_empty()).then(|| Id::new(v));
        })
    };
    let none_yet = move || session.with_journey(|j| j.phases.is_empty());
    view! {
        <div class="field-row field-row-end">
            <SelectField label=Msg::Phase options=options value=value on_change=set/>
            <Show when=none_yet>
                <button type="button" class="button button-small" on:click=move |_| use_vng_phases(session, lang.get_untracked())>
                    {text(Msg::UseVngPhases)}
                </button>
            </Show>
        </div>
    }
}

/// Gives the open journey the VNG phases, named in the user's language (one undo step).
pub fn use_vng_phases(session: Session, lang: Lang) {
    let phases = vng_phases(lang == Lang::En);
    let command = session.with_journey_untracked(|j| Command::set_phases(j, phases));
    session.apply(command);
}

/// The seven principles, each kept (+), broken (−) or not judged: a radio group per principle.
#[component]
pub fn PrincipleJudgements(id: StoredValue<Id>) -> impl IntoView {
    let session = use_session();
    let judged = Memo::new(move |_| {
        session.with_journey(|j| {
            j.touchpoint(&id.get_value())
                .map(|t| t.principles.clone())
                .unwrap_or_default()
        })
    });
    let group = control_id();
    let row = move |p: Principle| {
        let name = format!("{group}-{p:?}");
        let choice = move |value: Option<Judgement>, sign: &'static str, word: Msg| {
            let set = move |_| {
                session.edit_touchpoint(&id.get_value(), None, |t| match value {
                    Some(v) => {
                        t.principles.insert(p, v);
                    }
                    None => {
                        t.principles.remove(&p);
                    }
                })
            };
            let class = match value {
                Some(Judgement::Kept) => "principle-choice principle-kept",
                Some(Judgement::Broken) => "principle-choice principle-broken",
                None => "principle-choice",
            };
            view! {
                <label class=class>
                    <input
                        type="radio"
                        name=name.clone()
                        prop:checked=move || judged.with(|m| m.get(&p).copied() == value)
                        on:change=set
                    />
                    <span aria-hidden="true">{sign}</span>
                    <span class="visually-hidden">{text(word)}</span>
                </label>
            }
        };
        view! {
            <div class="principle" role="radiogroup" aria-label=text(p.msg())>
                <span class="principle-name" aria-hidden="true">{text(p.msg())}</span>
                {choice(Some(Judgement::Kept), "+", Msg::JudgementKept)}
                {choice(Some(Judgement::Broken), "−", Msg::JudgementBroken)}
                {choice(None, "·", Msg::JudgementNone)}
            </div>
        }
    };
    view! {
        <fieldset class="principles">
            <legend class="field-label">{text(Msg::Principles)}</legend>
            <p class="field-hint">{text(Msg::PrinciplesHint)}</p>
            {Principle::ALL.into_iter().map(row).collect_view()}
        </fieldset>
    }
}
