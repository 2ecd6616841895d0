//! The gekanteld verslag on screen: the journey told from the client's side, composed from
//! the map's own words (`klantreis_core::retold`). Every sentence leads back to its
//! touchpoint or interview passage; in edit mode each one is a field whose wording is kept
//! with the journey. Printable on A4 (portrait), copyable as plain text.

use super::print::PrintButton;
use super::word::WordButton;
use crate::components::map::focus_card;
use crate::components::transfer::worker::WordReport;
use crate::i18n::{Msg, text, use_i18n};
use crate::labels;
use crate::state::notices::NO_ARGS;
use crate::state::session::{EditorView, MapSelection, Session, use_session};
use klantreis_core::retold::{self, Section, Sentence, Source, Step, Voice, Wording};
use klantreis_core::{Command, Id};
use leptos::prelude::*;

/// The report's parts in order: a phase's heading, or a step (by touchpoint id).
#[derive(Clone, PartialEq)]
enum Block {
    Phase(String),
    Step(Id),
}

fn blocks(sections: &[Section]) -> Vec<(String, Block)> {
    let mut out = Vec::new();
    for (i, section) in sections.iter().enumerate() {
        if let Some(name) = &section.phase {
            out.push((format!("phase:{i}:{name}"), Block::Phase(name.clone())));
        }
        for step in &section.steps {
            out.push((
                format!("step:{}", step.touchpoint),
                Block::Step(step.touchpoint.clone()),
            ));
        }
    }
    out
}

/// Opens the place a sentence came from: its card on the map, or its interview.
fn open_source(session: Session, from: &Source) {
    match from {
        Source::Touchpoint(id) => {
            session.view.set(EditorView::Map);
            session.selection.set(MapSelection::Touchpoint(id.clone()));
            focus_card(id);
        }
        Source::Passage { story, .. } => {
            session.view.set(EditorView::Stories);
            session.story.set(Some(story.clone()));
        }
    }
}

#[component]
pub fn Retold() -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let editing = RwSignal::new(false);
    let sections = Memo::new(move |_| session.with_journey(retold::compose));
    let order = Memo::new(move |_| sections.with(|s| blocks(s)));
    let copy = move |_| {
        let words = session.with_journey_untracked(|j| retold::plain_text(j, lang.get_untracked()));
        let notices = session.app.notices;
        leptos::task::spawn_local(async move {
            if crate::browser::copy_text(words).await {
                notices.info(Msg::RetoldCopied, NO_ARGS, None);
            } else {
                notices.error(Msg::CopyFailed, NO_ARGS);
            }
        });
    };
    let title = move || session.with_journey(|j| j.title.clone());
    let subtitle = move || {
        let name = session.with_journey(|j| j.persona.name.clone());
        lang.get().text_with(Msg::RetoldSubtitle, &[name])
    };
    view! {
        <article class="report retold">
            <div class="report-actions">
                <label class="check">
                    <input type="checkbox" prop:checked=move || editing.get()
                        on:change:target=move |ev| editing.set(ev.target().checked())/>
                    {text(Msg::RetoldEdit)}
                </label>
                <button type="button" class="button" on:click=copy>{text(Msg::RetoldCopy)}</button>
                <WordButton kind=WordReport::Retold/>
                <PrintButton/>
            </div>
            <h1>{title}</h1>
            <p class="retold-subtitle">{subtitle}</p>
            <p class="muted retold-how">{text(Msg::RetoldHow)}</p>
            <Show when=move || !order.with(Vec::is_empty) fallback=|| view! { <p>{text(Msg::RetoldEmpty)}</p> }>
                <For each=move || order.get() key=|(key, _)| key.clone() let((_, block))>
                    {match block {
                        Block::Phase(name) => view! { <h2 class="retold-phase">{name}</h2> }.into_any(),
                        Block::Step(id) => view! { <StepView sections=sections id=id editing=editing/> }.into_any(),
                    }}
                </For>
            </Show>
        </article>
    }
}

/// One step: its title and facts, then its sentences (each keyed, so a field being typed in
/// stays while the journey changes around it).
#[component]
fn StepView(sections: Memo<Vec<Section>>, id: Id, editing: RwSignal<bool>) -> impl IntoView {
    let lang = use_i18n().lang;
    let step = Memo::new(move |_| {
        sections.with(|ss| {
            ss.iter()
                .flat_map(|s| &s.steps)
                .find(|s| s.touchpoint == id)
                .cloned()
        })
    });
    let read =
        move |f: fn(&Step) -> String| move || step.with(|s| s.as_ref().map(f).unwrap_or_default());
    let facts = move || {
        step.with(|s| {
            s.as_ref()
                .map(|s| retold::facts(s, lang.get()))
                .unwrap_or_default()
        })
    };
    let keys = move || {
        step.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.sentences
                        .iter()
                        .map(|x| x.key.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="retold-step">
            <h3>{read(|s| s.title.clone())}</h3>
            <p class="retold-facts">{facts}</p>
            <For each=keys key=Clone::clone let(key)>
                <SentenceView step=step key=key editing=editing/>
            </For>
        </section>
    }
}

#[component]
fn SentenceView(step: Memo<Option<Step>>, key: String, editing: RwSignal<bool>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let sentence = Memo::new(move |_| {
        step.with(|s| {
            s.as_ref()
                .and_then(|s| s.sentences.iter().find(|x| x.key == key).cloned())
        })
    });
    let put = move |words: String, typing: bool| {
        let Some(s) = sentence.get_untracked() else {
            return;
        };
        let edits = session.with_journey_untracked(|j| retold::edited(&j.retold, &s, words));
        if typing {
            session.apply_typing(Command::SetRetold(edits), format!("retold:{}", s.key));
        } else {
            session.apply(Command::SetRetold(edits));
        }
    };
    let go = move |_| {
        if let Some(s) = sentence.get_untracked() {
            open_source(session, &s.from);
        }
    };
    let step_title = move || step.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default());
    move || {
        let s = sentence.get()?;
        let voice = labels::retold_voice(s.voice);
        let label = move || format!("{} ({})", lang.get().text(voice), step_title());
        let words = Signal::derive(move || {
            sentence.with(|s| s.as_ref().map(|s| s.text.clone()).unwrap_or_default())
        });
        let body = if editing.get() {
            view! {
                <textarea class="retold-field" rows="2" aria-label=label prop:value=words
                    on:input:target=move |ev| put(ev.target().value(), true)></textarea>
            }
            .into_any()
        } else {
            shown(&s).into_any()
        };
        let changed = (s.wording == Wording::SourceChanged).then(|| {
            let was = s.source.clone();
            view! { <p class="retold-changed">{move || lang.get().text_with(Msg::RetoldSourceChanged, std::slice::from_ref(&was))}</p> }
        });
        let revert = (s.wording != Wording::Source).then(|| {
            let original = s.source.clone();
            view! {
                <button type="button" class="button button-small button-quiet"
                    on:click=move |_| put(original.clone(), false)>{text(Msg::RetoldRevert)}</button>
            }
        });
        Some(view! {
            <div class=format!("retold-sentence retold-{}", voice_class(s.voice))>
                {body}
                <div class="retold-tools">
                    <button type="button" class="button button-small button-quiet retold-source"
                        aria-label=move || format!("{}: {}", lang.get().text(Msg::RetoldSource), step_title())
                        on:click=go>"↗ " {text(Msg::RetoldSource)}</button>
                    {revert}
                </div>
                {changed}
            </div>
        })
    }
}

fn voice_class(v: Voice) -> &'static str {
    match v {
        Voice::Own => "own",
        Voice::Happened => "happened",
        Voice::Pain => "pain",
    }
}

/// A sentence as the printed report shows it: the client's words as a quotation.
fn shown(s: &Sentence) -> impl IntoView + use<> {
    let words = s.text.clone();
    match s.voice {
        Voice::Own => view! { <blockquote><p>"“" {words} "”"</p></blockquote> }.into_any(),
        Voice::Happened => view! { <p>{words}</p> }.into_any(),
        Voice::Pain => {
            view! { <p><strong>{text(Msg::RetoldPain)} ": "</strong>{words}</p> }.into_any()
        }
    }
}
