//! The interview as a working surface: a passage selected in the story's text becomes a new
//! touchpoint, or a quote, pain point, opportunity, feeling or wait of one, and keeps its
//! link to the exact span (a mark). The text is shown with its marks, and the paragraphs not
//! used yet can be walked one by one.

use crate::browser::new_id;
use crate::i18n::{Msg, text, use_i18n};
use crate::labels;
use crate::state::notices::NO_ARGS;
use crate::state::session::Session;
use klantreis_core::assist::{self, Change, Kind};
use klantreis_core::mark::{self, Mark, MarkKind};
use klantreis_core::{Command, Id, Story, Touchpoint};
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

/// Puts `words` into touchpoint `tp` as `kind` says; the notice to give.
fn take_into(
    session: Session,
    tp: &mut Touchpoint,
    story: &Id,
    kind: MarkKind,
    words: String,
) -> (Msg, Vec<String>) {
    let lang = session.app.lang.get_untracked();
    let title = tp.title.clone();
    // What the passage says of the kind `pick` names, set on the touchpoint as an accepted
    // offer would be (a feeling also answers the emotion question).
    let mut take = |pick: fn(Kind) -> Option<Change>| {
        let question = session.with_journey_untracked(|j| j.emotion_question());
        let change = session
            .vocabulary
            .with_untracked(|v| assist::first_in(v, &words, pick));
        change.inspect(|c| c.apply_to(tp, question.as_ref()))
    };
    match kind {
        MarkKind::Feeling => match take(|k| match k {
            Kind::Feeling(e) => Some(Change::Feeling(e)),
            _ => None,
        }) {
            Some(Change::Feeling(e)) => {
                let felt = lang.text(labels::emotion(Some(e))).to_owned();
                (Msg::FeelingTaken, vec![title, felt])
            }
            _ => (Msg::NoFeelingRecognised, vec![title]),
        },
        MarkKind::Waiting => match take(|k| match k {
            Kind::Wait(w) => Some(Change::Wait(w)),
            _ => None,
        }) {
            Some(Change::Wait(w)) => (Msg::WaitTaken, vec![title, labels::waiting(w, lang)]),
            _ => (Msg::NoWaitRecognised, vec![title]),
        },
        MarkKind::Quote => {
            tp.quote = words;
            tp.story = Some(story.clone());
            (Msg::QuoteTaken, vec![title])
        }
        MarkKind::PainPoint => {
            tp.pain_points.push(words);
            (Msg::MarkedAs, vec![title])
        }
        MarkKind::Opportunity | MarkKind::Touchpoint => {
            tp.opportunities.push(words);
            (Msg::MarkedAs, vec![title])
        }
    }
}

/// Marks the selected passage as `kind`: a new touchpoint made from it, or the quote, a pain
/// point, an opportunity, the feeling or the wait of touchpoint `target`. One step of undo for
/// the touchpoint and the mark together. Returns the touchpoint the passage went to.
pub fn mark_selection(
    session: Session,
    story: &Id,
    area: &web_sys::HtmlTextAreaElement,
    kind: MarkKind,
    target: Option<Id>,
) -> Option<Id> {
    let mut told = session.with_journey_untracked(|j| j.story(story).cloned())?;
    let Some((start, end)) = selection(area, &told.text) else {
        session.app.notices.error(Msg::SelectTextFirst, NO_ARGS);
        return None;
    };
    let words = mark::passage(&told.text, start, end);
    let (touchpoint, change, notice) = if kind == MarkKind::Touchpoint {
        let made = session.with_journey_untracked(|j| assist::touchpoint_from(j, &words, new_id()));
        let Some(mut tp) = made else {
            session.app.notices.error(Msg::MarkNeedsAgency, NO_ARGS);
            return None;
        };
        tp.story = Some(story.clone());
        let index = session.with_journey_untracked(|j| j.touchpoints.len());
        let notice = (Msg::MarkedAsTouchpoint, vec![tp.title.clone()]);
        (
            tp.id.clone(),
            Command::AddTouchpoint {
                touchpoint: tp,
                index,
            },
            notice,
        )
    } else {
        let found =
            target.and_then(|t| session.with_journey_untracked(|j| j.touchpoint(&t).cloned()));
        let Some(mut tp) = found else {
            session.app.notices.error(Msg::MarkNeedsTouchpoint, NO_ARGS);
            return None;
        };
        let notice = take_into(session, &mut tp, story, kind, words);
        (tp.id.clone(), Command::UpdateTouchpoint(tp), notice)
    };
    told.marks.push(Mark {
        id: new_id(),
        start,
        end,
        kind,
        touchpoint: touchpoint.clone(),
    });
    session.apply(Command::Batch(vec![change, Command::UpdateStory(told)]));
    session.app.notices.info(notice.0, notice.1, None);
    Some(touchpoint)
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

/// How long typing must pause before the marked text is drawn again.
const REDRAW_PAUSE_MS: u32 = 300;

/// `value` as it was when it last stayed the same for [`REDRAW_PAUSE_MS`].
fn settled<T: Clone + Send + Sync + 'static>(value: Memo<T>) -> ReadSignal<T> {
    let (settled, set) = signal(value.get_untracked());
    // Dropped with the component, which cancels a redraw still waiting.
    let timer = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    Effect::new(move |_| {
        let now = value.get();
        timer.set_value(Some(gloo_timers::callback::Timeout::new(
            REDRAW_PAUSE_MS,
            move || set.set(now),
        )));
    });
    settled
}

/// The story's text in runs, each marked passage named by its kind and touchpoint.
#[component]
fn MarkedText(story: Memo<Option<Story>>) -> impl IntoView {
    let session = crate::state::session::use_session();
    let lang = use_i18n().lang;
    // Drawn again after a pause in typing, not on every key press: the whole transcript is
    // redrawn, and a long one would make each key slow in the field above.
    let story = settled(story);
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
