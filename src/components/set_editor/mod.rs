//! Editing a journey's signifier sets: questions, their prompts, poles and options, in Dutch
//! and English. Answered questions and options are retired rather than deleted, and the set's
//! version goes up when answers exist (see `Journey::edit_set`).

mod question;
mod text_pair;

use crate::browser::new_id;
use crate::i18n::{Msg, text, use_i18n};
use crate::state::session::use_session;
use klantreis_core::SetTarget;
use klantreis_core::signifier::{NewKind, Text};
use leptos::prelude::*;
use question::QuestionEditor;
use text_pair::TextPair;

#[component]
pub fn SetEditor() -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let target = RwSignal::new(SetTarget::Touchpoints);
    let set = Memo::new(move |_| session.with_journey(|j| j.set(target.get()).clone()));
    let ids = Memo::new(move |_| {
        set.with(|s| s.questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>())
    });
    let new_kind = RwSignal::new(NewKind::Slider);
    let add = move |_| {
        let q = new_kind.get_untracked().question(new_id(), new_id);
        session.edit_set(target.get_untracked(), None, |s| s.questions.push(q));
    };
    let switch = move |t: SetTarget, label: Msg| {
        view! {
            <button
                type="button"
                class="button button-small"
                aria-pressed=move || if target.get() == t { "true" } else { "false" }
                on:click=move |_| target.set(t)
            >
                {crate::i18n::text(label)}
            </button>
        }
    };
    let name_label = Signal::derive(move || lang.get().text(Msg::SetName).to_owned());
    view! {
        <section class="set-editor" aria-labelledby="set-editor-title">
            <div class="section-head">
                <h2 id="set-editor-title">{text(Msg::SignifiersView)}</h2>
                <div class="toolbar-group" role="group" aria-label=text(Msg::SetFor)>
                    <span class="field-label">{text(Msg::SetFor)}</span>
                    {switch(SetTarget::Touchpoints, Msg::ForTouchpoints)}
                    {switch(SetTarget::Stories, Msg::ForStories)}
                </div>
            </div>
            <p class="muted">{text(Msg::SetEditorIntro)}</p>
            {move || {
                let t = target.get();
                view! {
                    <TextPair
                        label=name_label
                        value=Signal::derive(move || set.with(|s| s.name.clone()))
                        on_input=move |(text, key): (Text, String)| session.edit_set(t, Some(format!("set-name:{key}")), |s| s.name = text)
                        key="name".to_owned()
                    />
                }
            }}
            <p class="field-hint">
                {move || set.with(|s| format!("{} · {}", s.id, lang.get().text_with(Msg::SetVersion, &[s.version.to_string()])))}
            </p>
            <ol class="question-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <QuestionEditor id=id target=target/>
                </For>
            </ol>
            <div class="add-question">
                <div class="field">
                    <label class="field-label" for="new-question-kind">{text(Msg::QuestionKindLabel)}</label>
                    <select
                        id="new-question-kind"
                        on:change:target=move |ev| if let Some(k) = NewKind::from_key(&ev.target().value()) { new_kind.set(k) }
                    >
                        {NewKind::ALL.into_iter().map(|k| view! {
                            <option value=k.key() selected=move || new_kind.get() == k>{crate::i18n::text(crate::labels::kind(k))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" class="button button-primary" on:click=add>"+ " {text(Msg::AddQuestion)}</button>
            </div>
        </section>
    }
}
