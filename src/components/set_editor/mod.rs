//! Editing a journey's signifier sets: questions, their prompts, poles and options, in Dutch
//! and English. Answered questions and options are retired rather than deleted, and the set's
//! version goes up when answers exist (see `Journey::edit_set`).

mod question;

use crate::browser::new_id;
use crate::i18n::{Msg, fill, t, use_i18n};
use crate::state::session::{Session, use_session};
use klantreis_core::SetTarget;
use klantreis_core::signifier::{NewKind, SignifierSet, Text};
use leptos::prelude::*;
use question::QuestionEditor;

/// Applies an edit of the set; `typing` names the field while keystrokes merge into one step.
pub(crate) fn edit_set(
    session: Session,
    target: SetTarget,
    typing: Option<String>,
    f: impl FnOnce(&mut SignifierSet),
) {
    let mut set = session.with_journey(|j| j.set(target).clone());
    f(&mut set);
    match typing {
        Some(key) => {
            let continuing = session.editor.with_untracked(|e| e.continues(&key));
            let cmd = session.with_journey(|j| j.edit_set(target, set, continuing));
            session.apply_typing(cmd, key);
        }
        None => {
            let cmd = session.with_journey(|j| j.edit_set(target, set, false));
            session.apply(cmd);
        }
    }
}

pub(crate) fn kind_label(kind: NewKind) -> Msg {
    match kind {
        NewKind::Triad => Msg::KindTriad,
        NewKind::Slider => Msg::KindSlider,
        NewKind::Emotion => Msg::KindEmotionQ,
        NewKind::Choice => Msg::KindChoice,
        NewKind::FreeText => Msg::KindFreeText,
    }
}

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
                    {move || label.get()} " (" {t(if english { Msg::English } else { Msg::Dutch })} ")"
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
        edit_set(session, target.get_untracked(), None, |s| {
            s.questions.push(q)
        });
    };
    let switch = move |t: SetTarget, label: Msg| {
        view! {
            <button
                type="button"
                class="button button-small"
                aria-pressed=move || if target.get() == t { "true" } else { "false" }
                on:click=move |_| target.set(t)
            >
                {crate::i18n::t(label)}
            </button>
        }
    };
    let name_label = Signal::derive(move || Msg::SetName.text(lang.get()).to_owned());
    view! {
        <section class="set-editor" aria-labelledby="set-editor-title">
            <div class="section-head">
                <h2 id="set-editor-title">{t(Msg::SignifiersView)}</h2>
                <div class="toolbar-group" role="group" aria-label=t(Msg::SetFor)>
                    <span class="field-label">{t(Msg::SetFor)}</span>
                    {switch(SetTarget::Touchpoints, Msg::ForTouchpoints)}
                    {switch(SetTarget::Stories, Msg::ForStories)}
                </div>
            </div>
            <p class="muted">{t(Msg::SetEditorIntro)}</p>
            {move || {
                let t = target.get();
                view! {
                    <TextPair
                        label=name_label
                        value=Signal::derive(move || set.with(|s| s.name.clone()))
                        on_input=move |(text, key): (Text, String)| edit_set(session, t, Some(format!("set-name:{key}")), |s| s.name = text)
                        key="name".to_owned()
                    />
                }
            }}
            <p class="field-hint">
                {move || set.with(|s| format!("{} · {}", s.id, fill(Msg::SetVersion.text(lang.get()), &[s.version.to_string()])))}
            </p>
            <ol class="question-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <QuestionEditor id=id target=target/>
                </For>
            </ol>
            <div class="add-question">
                <div class="field">
                    <label class="field-label" for="new-question-kind">{t(Msg::QuestionKindLabel)}</label>
                    <select
                        id="new-question-kind"
                        on:change:target=move |ev| if let Some(k) = NewKind::from_key(&ev.target().value()) { new_kind.set(k) }
                    >
                        {NewKind::ALL.into_iter().map(|k| view! {
                            <option value=k.key() selected=move || new_kind.get() == k>{crate::i18n::t(kind_label(k))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" class="button button-primary" on:click=add>"+ " {t(Msg::AddQuestion)}</button>
            </div>
        </section>
    }
}
