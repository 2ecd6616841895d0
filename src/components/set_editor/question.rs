//! One question of a signifier set being edited: wording, kind, poles or options, retiring.
//! Made of named parts (the head with its order and retiring, the poles, the options) that
//! share one [`Editing`].

use super::text_pair::TextPair;
use crate::browser::new_id;
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::labels::kind as kind_label;
use crate::state::session::{Session, use_session};
use klantreis_core::signifier::{ChoiceOption, NewKind, Question, QuestionKind, Text};
use klantreis_core::{Id, SetTarget};
use leptos::prelude::*;

/// Reads one text of a question's kind (a pole, an option) by index.
type GetText = fn(&QuestionKind, usize) -> Option<Text>;
/// Writes one text of a question's kind by index.
type SetText = fn(&mut QuestionKind, usize, Text);

/// The question being edited, shared by the parts of its editor.
#[derive(Clone, Copy)]
struct Editing {
    session: Session,
    target: RwSignal<SetTarget>,
    id: StoredValue<Id>,
    question: Memo<Option<Question>>,
    lang: RwSignal<Lang>,
}

impl Editing {
    /// Changes this question in the current set; `typing` merges a run of keystrokes.
    fn edit(self, typing: Option<String>, f: impl FnOnce(&mut Question)) {
        let id = self.id.get_value();
        self.session
            .edit_set(self.target.get_untracked(), typing, |s| {
                if let Some(q) = s.questions.iter_mut().find(|q| q.id == id) {
                    f(q);
                }
            })
    }

    /// The merge key of one of this question's texts.
    fn key(self, part: &str) -> String {
        format!("q:{}:{part}", self.id.get_value())
    }

    /// A label, numbered when `n` is given ("Pool 2").
    fn label(self, msg: Msg, n: Option<usize>) -> Signal<String> {
        let lang = self.lang;
        Signal::derive(move || {
            let language = lang.get();
            n.map_or_else(
                || language.text(msg).to_owned(),
                |n| language.text_with(msg, &[n.to_string()]),
            )
        })
    }

    /// The Dutch and English fields of one text of the question's kind.
    fn kind_text(
        self,
        (msg, n): (Msg, Option<usize>),
        part: String,
        get: GetText,
        set: SetText,
        index: usize,
    ) -> impl IntoView {
        let merge_key = self.key(&part);
        let question = self.question;
        view! {
            <TextPair
                label=self.label(msg, n)
                value=Signal::derive(move || question.with(|q| q.as_ref().and_then(|q| get(&q.kind, index)).unwrap_or_default()))
                on_input=move |(text, lang_key): (Text, String)| self.edit(Some(format!("{merge_key}:{lang_key}")), move |q| set(&mut q.kind, index, text))
                key=part
            />
        }
    }
}

/// One question of a set, edited in place.
#[component]
pub fn QuestionEditor(id: Id, target: RwSignal<SetTarget>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let id = StoredValue::new(id);
    let question = Memo::new(move |_| {
        session.with_journey(|j| j.set(target.get()).question(&id.get_value()).cloned())
    });
    let edit = Editing {
        session,
        target,
        id,
        question,
        lang,
    };
    let body = move || {
        let q = question.get()?;
        let kind_parts = match &q.kind {
            QuestionKind::Triad { .. } | QuestionKind::Slider { .. } => {
                view! { <PoleTexts edit=edit kind=NewKind::of(&q.kind)/> }.into_any()
            }
            QuestionKind::Choice { multiple, options } => {
                let live: Vec<usize> = (0..options.len())
                    .filter(|i| !options[*i].retired)
                    .collect();
                view! { <ChoiceOptions edit=edit live=live multiple=*multiple/> }.into_any()
            }
            QuestionKind::Emotion | QuestionKind::FreeText => ().into_any(),
        };
        Some(view! {
            <li class="question" class:question-retired=q.retired>
                <QuestionHead edit=edit question=q.clone()/>
                {q.retired.then(|| view! { <p class="field-hint">{text(Msg::RetiredNote)}</p> })}
                <TextPair
                    label=edit.label(Msg::Prompt, None)
                    value=Signal::derive(move || question.with(|q| q.as_ref().map(|q| q.prompt.clone()).unwrap_or_default()))
                    on_input=move |(text, lang_key): (Text, String)| edit.edit(Some(format!("{}:{lang_key}", edit.key("prompt"))), move |q| q.prompt = text)
                    key="prompt".to_owned()
                />
                {kind_parts}
            </li>
        })
    };
    // Rebuilt only when the question's shape changes (kind, options, retired), not on every
    // keystroke in one of its texts, which would take the focus away.
    let shape = Memo::new(move |_| {
        question.with(|q| {
            q.as_ref().map(|q| {
                let options = match &q.kind {
                    QuestionKind::Choice { options, multiple } => options
                        .iter()
                        .map(|o| (o.id.clone(), o.retired))
                        .chain(std::iter::once((Id::new(multiple.to_string()), false)))
                        .collect::<Vec<_>>(),
                    _ => Vec::new(),
                };
                (NewKind::of(&q.kind), q.retired, options)
            })
        })
    });
    move || shape.with(|s| s.is_some()).then(|| untrack(body)).flatten()
}

/// The kind and id of the question, moving it up or down, and retiring or asking it again.
#[component]
fn QuestionHead(edit: Editing, question: Question) -> impl IntoView {
    let Editing {
        session,
        target,
        id,
        lang,
        ..
    } = edit;
    let prompt = move || {
        edit.question.with(|q| {
            q.as_ref()
                .map(|q| q.prompt.get(lang.get().reads_english()).to_owned())
                .unwrap_or_default()
        })
    };
    let shift = move |delta: isize| {
        session.edit_set(target.get_untracked(), None, |s| {
            if let Some(i) = s.questions.iter().position(|q| q.id == id.get_value()) {
                let to = i.saturating_add_signed(delta).min(s.questions.len() - 1);
                let q = s.questions.remove(i);
                s.questions.insert(to, q);
            }
        })
    };
    let take_out = move |_| {
        let answered =
            session.with_journey(|j| j.is_answered(target.get_untracked(), &id.get_value()));
        session.edit_set(target.get_untracked(), None, |s| {
            s.take_out(&id.get_value(), answered)
        });
    };
    view! {
        <div class="question-head">
            <span class="question-kind">{text(kind_label(NewKind::of(&question.kind)))}</span>
            <code class="question-id">{question.id.to_string()}</code>
            <span class="topbar-spacer"></span>
            <button type="button" class="button button-small" on:click=move |_| shift(-1) aria-label=move || format!("{}: {}", text(Msg::MoveUp)(), prompt())>"↑"</button>
            <button type="button" class="button button-small" on:click=move |_| shift(1) aria-label=move || format!("{}: {}", text(Msg::MoveDown)(), prompt())>"↓"</button>
            {if question.retired {
                view! { <button type="button" class="button button-small" on:click=move |_| edit.edit(None, |q| q.retired = false)>{text(Msg::AskAgain)}</button> }.into_any()
            } else {
                view! { <button type="button" class="button button-small button-danger" on:click=take_out>{text(Msg::RemoveQuestion)}</button> }.into_any()
            }}
        </div>
    }
}

/// The three poles of a triad, or the two of a slider.
#[component]
fn PoleTexts(edit: Editing, kind: NewKind) -> impl IntoView {
    if kind == NewKind::Triad {
        let get: GetText = |k, i| match k {
            QuestionKind::Triad { poles } => poles.get(i).cloned(),
            _ => None,
        };
        let set: SetText = |k, i, t| {
            if let QuestionKind::Triad { poles } = k {
                poles[i] = t
            }
        };
        return (0..3)
            .map(|i| edit.kind_text((Msg::PoleN, Some(i + 1)), format!("pole{i}"), get, set, i))
            .collect_view()
            .into_any();
    }
    let left: GetText = |k, _| match k {
        QuestionKind::Slider { left, .. } => Some(left.clone()),
        _ => None,
    };
    let set_left: SetText = |k, _, t| {
        if let QuestionKind::Slider { left, .. } = k {
            *left = t
        }
    };
    let right: GetText = |k, _| match k {
        QuestionKind::Slider { right, .. } => Some(right.clone()),
        _ => None,
    };
    let set_right: SetText = |k, _, t| {
        if let QuestionKind::Slider { right, .. } = k {
            *right = t
        }
    };
    view! {
        {edit.kind_text((Msg::LeftPole, None), "left".into(), left, set_left, 0)}
        {edit.kind_text((Msg::RightPole, None), "right".into(), right, set_right, 0)}
    }
    .into_any()
}

/// The options of a choice (those not retired, by index), one or several, and a new one.
#[component]
fn ChoiceOptions(edit: Editing, live: Vec<usize>, multiple: bool) -> impl IntoView {
    let Editing {
        session,
        target,
        id,
        lang,
        ..
    } = edit;
    let get: GetText = |k, i| match k {
        QuestionKind::Choice { options, .. } => options.get(i).map(|o| o.label.clone()),
        _ => None,
    };
    let set: SetText = |k, i, t| {
        if let QuestionKind::Choice { options, .. } = k
            && let Some(o) = options.get_mut(i)
        {
            o.label = t
        }
    };
    let option_id = move |i: usize| {
        edit.question
            .with_untracked(|q| match q.as_ref().map(|q| &q.kind) {
                Some(QuestionKind::Choice { options, .. }) => options.get(i).map(|o| o.id.clone()),
                _ => None,
            })
    };
    let rows = live
        .into_iter()
        .map(|i| {
            let remove = move |_| {
                let Some(option) = option_id(i) else { return };
                let used = session.with_journey(|j| {
                    j.option_chosen(target.get_untracked(), &id.get_value(), &option)
                });
                session.edit_set(target.get_untracked(), None, move |s| {
                    s.take_out_option(&id.get_value(), &option, used)
                });
            };
            view! {
                <div class="option-row">
                    {edit.kind_text((Msg::OptionN, Some(i + 1)), format!("option{i}"), get, set, i)}
                    <button type="button" class="button button-small" on:click=remove>{text(Msg::RemoveOption)}</button>
                </div>
            }
        })
        .collect_view();
    let add = move |_| {
        let language = lang.get_untracked();
        edit.edit(None, move |q| {
            if let QuestionKind::Choice { options, .. } = &mut q.kind {
                let n = options.len() + 1;
                let label = Text::new(
                    &language.text_with(Msg::OptionN, &[n.to_string()]),
                    &format!("Option {n}"),
                );
                options.push(ChoiceOption {
                    id: new_id(),
                    label,
                    retired: false,
                });
            }
        })
    };
    view! {
        {rows}
        <div class="option-actions">
            <label class="check">
                <input type="checkbox" prop:checked=multiple on:change:target=move |ev| {
                    let on = ev.target().checked();
                    edit.edit(None, move |q| if let QuestionKind::Choice { multiple, .. } = &mut q.kind { *multiple = on })
                }/>
                <span>{text(Msg::Multiple)}</span>
            </label>
            <button type="button" class="button button-small" on:click=add>"+ " {text(Msg::AddOption)}</button>
        </div>
    }
}
