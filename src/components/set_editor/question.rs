//! One question of a signifier set being edited: wording, kind, poles or options, retiring.

use super::text_pair::TextPair;
use crate::browser::new_id;
use crate::i18n::{Msg, fill, t, use_i18n};
use crate::labels::kind as kind_label;
use crate::state::session::use_session;
use klantreis_core::signifier::{ChoiceOption, NewKind, Question, QuestionKind, Text};
use klantreis_core::{Id, SetTarget};
use leptos::prelude::*;

/// One question of a set, edited in place.
#[component]
pub fn QuestionEditor(id: Id, target: RwSignal<SetTarget>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let id = StoredValue::new(id);
    let question = Memo::new(move |_| {
        session.with_journey(|j| j.set(target.get()).question(&id.get_value()).cloned())
    });
    // Edits `f` on this question in the current set.
    let edit = move |typing: Option<String>, f: Box<dyn FnOnce(&mut Question)>| {
        session.edit_set(target.get_untracked(), typing, |s| {
            if let Some(q) = s.questions.iter_mut().find(|q| q.id == id.get_value()) {
                f(q);
            }
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
    let label = move |msg: Msg, n: Option<usize>| {
        Signal::derive(move || {
            let text = msg.text(lang.get());
            n.map_or_else(|| text.to_owned(), |n| fill(text, &[n.to_string()]))
        })
    };
    let key = move |part: &str| format!("q:{}:{part}", id.get_value());
    // A text of the question's kind, read with `get` and written with `set`.
    let kind_text = move |msg: Msg,
                          n: Option<usize>,
                          part: String,
                          get: fn(&QuestionKind, usize) -> Option<Text>,
                          set: fn(&mut QuestionKind, usize, Text),
                          index: usize| {
        let merge_key = key(&part);
        view! {
            <TextPair
                label=label(msg, n)
                value=Signal::derive(move || question.with(|q| q.as_ref().and_then(|q| get(&q.kind, index)).unwrap_or_default()))
                on_input=move |(text, lang_key): (Text, String)| edit(Some(format!("{merge_key}:{lang_key}")), Box::new(move |q| set(&mut q.kind, index, text)))
                key=part
            />
        }
    };
    let body = move || {
        let q = question.get()?;
        let kind = NewKind::of(&q.kind);
        let prompt = move || {
            question.with(|q| {
                q.as_ref()
                    .map(|q| q.prompt.get(lang.get() == crate::i18n::Lang::En).to_owned())
                    .unwrap_or_default()
            })
        };
        let extra = match &q.kind {
            QuestionKind::Triad { .. } => (0..3)
                .map(|i| {
                    kind_text(
                        Msg::PoleN,
                        Some(i + 1),
                        format!("pole{i}"),
                        |k, i| match k {
                            QuestionKind::Triad { poles } => poles.get(i).cloned(),
                            _ => None,
                        },
                        |k, i, t| {
                            if let QuestionKind::Triad { poles } = k {
                                poles[i] = t
                            }
                        },
                        i,
                    )
                    .into_any()
                })
                .collect::<Vec<_>>(),
            QuestionKind::Slider { .. } => vec![
                kind_text(
                    Msg::LeftPole,
                    None,
                    "left".into(),
                    |k, _| match k {
                        QuestionKind::Slider { left, .. } => Some(left.clone()),
                        _ => None,
                    },
                    |k, _, t| {
                        if let QuestionKind::Slider { left, .. } = k {
                            *left = t
                        }
                    },
                    0,
                )
                .into_any(),
                kind_text(
                    Msg::RightPole,
                    None,
                    "right".into(),
                    |k, _| match k {
                        QuestionKind::Slider { right, .. } => Some(right.clone()),
                        _ => None,
                    },
                    |k, _, t| {
                        if let QuestionKind::Slider { right, .. } = k {
                            *right = t
                        }
                    },
                    0,
                )
                .into_any(),
            ],
            QuestionKind::Choice { multiple, options } => {
                let mut views: Vec<AnyView> = options
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| !o.retired)
                    .map(|(i, o)| {
                        let option = o.id.clone();
                        let remove = move |_| {
                            let used = session.with_journey(|j| j.option_chosen(target.get_untracked(), &id.get_value(), &option));
                            let option = option.clone();
                            session.edit_set(target.get_untracked(), None, move |s| s.take_out_option(&id.get_value(), &option, used));
                        };
                        view! {
                            <div class="option-row">
                                {kind_text(Msg::OptionN, Some(i + 1), format!("option{i}"),
                                    |k, i| match k { QuestionKind::Choice { options, .. } => options.get(i).map(|o| o.label.clone()), _ => None },
                                    |k, i, t| if let QuestionKind::Choice { options, .. } = k && let Some(o) = options.get_mut(i) { o.label = t },
                                    i)}
                                <button type="button" class="button button-small" on:click=remove>{t(Msg::RemoveOption)}</button>
                            </div>
                        }
                        .into_any()
                    })
                    .collect();
                let multiple = *multiple;
                views.push(view! {
                    <div class="option-actions">
                        <label class="check">
                            <input type="checkbox" prop:checked=multiple on:change:target=move |ev| {
                                let on = ev.target().checked();
                                edit(None, Box::new(move |q| if let QuestionKind::Choice { multiple, .. } = &mut q.kind { *multiple = on }))
                            }/>
                            <span>{t(Msg::Multiple)}</span>
                        </label>
                        <button type="button" class="button button-small" on:click=move |_| {
                            let l = lang.get_untracked();
                            edit(None, Box::new(move |q| if let QuestionKind::Choice { options, .. } = &mut q.kind {
                                let n = options.len() + 1;
                                let label = Text::new(&fill(Msg::OptionN.text(l), &[n.to_string()]), &format!("Option {n}"));
                                options.push(ChoiceOption { id: new_id(), label, retired: false });
                            }))
                        }>"+ " {t(Msg::AddOption)}</button>
                    </div>
                }.into_any());
                views
            }
            QuestionKind::Emotion | QuestionKind::FreeText => Vec::new(),
        };
        Some(view! {
            <li class="question" class:question-retired=q.retired>
                <div class="question-head">
                    <span class="question-kind">{t(kind_label(kind))}</span>
                    <code class="question-id">{q.id.to_string()}</code>
                    <span class="topbar-spacer"></span>
                    <button type="button" class="button button-small" on:click=move |_| shift(-1) aria-label=move || format!("{}: {}", t(Msg::MoveUp)(), prompt())>"↑"</button>
                    <button type="button" class="button button-small" on:click=move |_| shift(1) aria-label=move || format!("{}: {}", t(Msg::MoveDown)(), prompt())>"↓"</button>
                    {if q.retired {
                        view! { <button type="button" class="button button-small" on:click=move |_| edit(None, Box::new(|q| q.retired = false))>{t(Msg::AskAgain)}</button> }.into_any()
                    } else {
                        view! { <button type="button" class="button button-small button-danger" on:click=take_out>{t(Msg::RemoveQuestion)}</button> }.into_any()
                    }}
                </div>
                {q.retired.then(|| view! { <p class="field-hint">{t(Msg::RetiredNote)}</p> })}
                <TextPair
                    label=label(Msg::Prompt, None)
                    value=Signal::derive(move || question.with(|q| q.as_ref().map(|q| q.prompt.clone()).unwrap_or_default()))
                    on_input=move |(text, lang_key): (Text, String)| edit(Some(format!("{}:{lang_key}", key("prompt"))), Box::new(move |q| q.prompt = text))
                    key="prompt".to_owned()
                />
                {extra}
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
