//! The interview as a working surface: a passage selected in the story's text becomes a new
//! touchpoint, or a quote, pain point or opportunity of one, and keeps its link to the exact
//! span (a mark). The text is shown with its marks, and the paragraphs not used yet can be
//! walked one by one.

use crate::browser::new_id;
use crate::i18n::{Msg, text, use_i18n};
use crate::labels;
use crate::state::notices::NO_ARGS;
use crate::state::session::Session;
use klantreis_core::mark::{self, Mark, MarkKind};
use klantreis_core::{Command, Id, Story};
use leptos::html;
use leptos::prelude::*;

/// The selection of `area` as a character span of `text`, without surrounding space.
fn selection(area: &web_sys::HtmlTextAreaElement, text: &str) -> Option<(usize, usize)> {
    let (Ok(Some(a)), Ok(Some(b))) = (area.selection_start(), area.selection_end()) else {
        return None;
    };
    // The field counts UTF-16 units; marks count characters.
    let (start, end) = (
        mark::char_offset(text, a as usize),
        mark::char_offset(text, b as usize),
    );
    Some(mark::trimmed(text, start, end)).filter(|(s, e)| s < e)
}

/// What a new touchpoint took from its passage, in words.
fn taken_words(taken: &klantreis_core::assist::Taken, lang: crate::i18n::Lang) -> String {
    let mut parts = Vec::new();
    if let Some(a) = &taken.agency {
        parts.push(format!("{} {a}", lang.text(Msg::ColAgency)));
    }
    if let Some(c) = &taken.channel {
        parts.push(format!(
            "{} {}",
            lang.text(Msg::ColChannel),
            lang.text(labels::channel(c))
        ));
    }
    if let Some(d) = taken.date {
        parts.push(format!(
            "{} {}",
            lang.text(Msg::ColDate),
            labels::date(d, lang)
        ));
    }
    if let Some(w) = taken.waiting {
        parts.push(labels::waiting(w, lang));
    }
    if parts.is_empty() {
        lang.text(Msg::MarkTookNothing).to_owned()
    } else {
        parts.join(", ")
    }
}

/// Marks the selected passage as `kind`: a new touchpoint made from it, or the quote, a pain
/// point or an opportunity of touchpoint `target`. One step of undo for the touchpoint and
/// the mark together.
pub fn mark_selection(
    session: Session,
    story: &Id,
    area: &web_sys::HtmlTextAreaElement,
    kind: MarkKind,
    target: Option<Id>,
) {
    let lang = session.app.lang.get_untracked();
    let Some(mut told) = session.with_journey(|j| j.story(story).cloned()) else {
        return;
    };
    let Some((start, end)) = selection(area, &told.text) else {
        return session.app.notices.error(Msg::SelectTextFirst, NO_ARGS);
    };
    let words = mark::passage(&told.text, start, end);
    let (touchpoint, change, notice) = if kind == MarkKind::Touchpoint {
        let Some((mut tp, taken)) =
            session.with_journey(|j| klantreis_core::assist::touchpoint_from(j, &words, new_id()))
        else {
            return session.app.notices.error(Msg::MarkNeedsAgency, NO_ARGS);
        };
        tp.story = Some(story.clone());
        let said = taken_words(&taken, lang);
        let index = session.with_journey(|j| j.touchpoints.len());
        let notice = (Msg::MarkedAsTouchpoint, vec![tp.title.clone(), said]);
        (
            tp.id.clone(),
            Command::AddTouchpoint {
                touchpoint: tp,
                index,
            },
            notice,
        )
    } else {
        let Some(mut tp) = target.and_then(|t| session.with_journey(|j| j.touchpoint(&t).cloned()))
        else {
            return session.app.notices.error(Msg::MarkNeedsTouchpoint, NO_ARGS);
        };
        match kind {
            MarkKind::Quote => {
                tp.quote = words;
                tp.story = Some(story.clone());
            }
            MarkKind::PainPoint => tp.pain_points.push(words),
            _ => tp.opportunities.push(words),
        }
        let said = if kind == MarkKind::Quote {
            Msg::QuoteTaken
        } else {
            Msg::MarkedAs
        };
        let notice = (said, vec![tp.title.clone()]);
        (tp.id.clone(), Command::UpdateTouchpoint(tp), notice)
    };
    told.marks.push(Mark {
        id: new_id(),
        start,
        end,
        kind,
        touchpoint,
    });
    session.apply(Command::Batch(vec![change, Command::UpdateStory(told)]));
    session.app.notices.info(notice.0, notice.1, None);
}

/// Selects characters `start..end` in the text field, so the next mark takes them.
fn select(area: &web_sys::HtmlTextAreaElement, text: &str, (start, end): (usize, usize)) {
    let (a, b) = (
        mark::utf16_offset(text, start),
        mark::utf16_offset(text, end),
    );
    let _ = area.focus();
    let _ = area.set_selection_range(a as u32, b as u32);
}

/// The story's text with its marks (each named by its kind and touchpoint), or only the
/// paragraphs not used yet, each a button that selects it in the text field.
#[component]
pub fn StoryMarks(story: Memo<Option<Story>>, area: NodeRef<html::Textarea>) -> impl IntoView {
    let only_unused = RwSignal::new(false);
    let unused = Memo::new(move |_| {
        story.with(|s| {
            s.as_ref().map_or_else(Vec::new, |s| {
                mark::unused(&s.text, &s.marks)
                    .into_iter()
                    .map(|span| (span, mark::passage(&s.text, span.0, span.1)))
                    .collect::<Vec<_>>()
            })
        })
    });
    let pick = move |span: (usize, usize)| {
        if let (Some(area), Some(text)) = (
            area.get_untracked(),
            story.with_untracked(|s| s.as_ref().map(|s| s.text.clone())),
        ) {
            select(&area, &text, span);
        }
    };
    let next = move |_| {
        let Some(field) = area.get_untracked() else {
            return;
        };
        let Some(text) = story.with_untracked(|s| s.as_ref().map(|s| s.text.clone())) else {
            return;
        };
        let at = field
            .selection_end()
            .ok()
            .flatten()
            .map_or(0, |e| mark::char_offset(&text, e as usize));
        let spans = unused.get_untracked();
        let found = spans.iter().find(|((s, _), _)| *s >= at).or(spans.first());
        if let Some((span, _)) = found {
            select(&field, &text, *span);
        }
    };
    view! {
        <section class="story-marks" aria-labelledby="story-marks-title">
            <div class="section-head">
                <h3 id="story-marks-title">{text(Msg::MarkedPassages)}</h3>
                <label class="check">
                    <input type="checkbox" prop:checked=move || only_unused.get()
                        on:change:target=move |ev| only_unused.set(ev.target().checked())/>
                    {text(Msg::OnlyUnused)}
                </label>
                <button type="button" class="button button-small" on:click=next>{text(Msg::NextUnused)}</button>
            </div>
            <Show
                when=move || only_unused.get()
                fallback=move || view! { <MarkedText story=story/> }
            >
                <Show when=move || !unused.with(Vec::is_empty) fallback=|| view! { <p class="muted">{text(Msg::AllUsed)}</p> }>
                    <ul class="unused-list">
                        {move || unused.get().into_iter().map(|(span, words)| view! {
                            <li><button type="button" class="unused-passage" on:click=move |_| pick(span)>{words}</button></li>
                        }).collect_view()}
                    </ul>
                </Show>
            </Show>
        </section>
    }
}

/// The story's text in runs, each marked passage named by its kind and touchpoint.
#[component]
fn MarkedText(story: Memo<Option<Story>>) -> impl IntoView {
    let session = crate::state::session::use_session();
    let lang = use_i18n().lang;
    let runs = move || {
        story.with(|s| {
            let Some(s) = s else { return Vec::new() };
            mark::segments(&s.text, &s.marks)
                .into_iter()
                .map(|(a, b, m)| {
                    let words = mark::passage(&s.text, a, b);
                    let m = m.map(|i| &s.marks[i]);
                    let title = m.map(|m| {
                        session.with_journey(|j| {
                            j.touchpoint(&m.touchpoint)
                                .map(|t| t.title.clone())
                                .unwrap_or_default()
                        })
                    });
                    (words, m.map(|m| m.kind), title)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <p class="marked-text">
            {move || runs().into_iter().map(|(words, kind, title)| match kind {
                None => view! { <span>{words}</span> }.into_any(),
                Some(k) => {
                    let label = format!("{}: {}", lang.get().text(labels::mark_kind(k)), title.unwrap_or_default());
                    view! { <mark class=format!("mark-{}", k.key()) title=label.clone()>{words}<span class="visually-hidden">" (" {label.clone()} ")"</span></mark> }.into_any()
                }
            }).collect_view()}
        </p>
    }
}
