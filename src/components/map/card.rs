//! One touchpoint on the map: a card that opens in the side panel, moves by keyboard and by
//! dragging.

use super::layout::{AskedCount, DRAG_TYPE, Layout, focus_card, lane_row};
use crate::components::emotion::emotion_class;
use crate::i18n::{Counted, Msg, use_i18n};
use crate::labels;
use crate::state::session::{MapSelection, use_session};
use klantreis_core::{Command, Id, World};
use leptos::prelude::*;

#[component]
pub fn TouchpointCard(id: Id) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let id = StoredValue::new(id);
    let layout = expect_context::<Memo<Layout>>();
    let asked = expect_context::<Memo<AskedCount>>();
    let touchpoint = Memo::new(move |_| {
        let (i, lane) = layout.with(|l| {
            let i = *l.columns.get(&id.get_value())?;
            session.with_journey(|j| Some((i, *l.lanes.get(&j.touchpoints.get(i)?.agency)?)))
        })?;
        session.with_journey(|j| {
            let t = j.touchpoints.get(i)?.clone();
            let colour = j.agencies.get(lane)?.colour.to_string();
            Some((i, lane, colour, t))
        })
    });
    let selected = move || {
        session
            .selection
            .with(|s| matches!(s, MapSelection::Touchpoint(x) if *x == id.get_value()))
    };
    let select = move || {
        session
            .selection
            .set(MapSelection::Touchpoint(id.get_value()))
    };

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if !ev.alt_key() {
            return;
        }
        let Some((i, lane, _, t)) = touchpoint.get_untracked() else {
            return;
        };
        let command = match ev.key().as_str() {
            "ArrowLeft" if i > 0 => Command::MoveTouchpoint {
                id: t.id.clone(),
                to: i - 1,
            },
            "ArrowRight" => Command::MoveTouchpoint {
                id: t.id.clone(),
                to: i + 1,
            },
            "ArrowUp" | "ArrowDown" => {
                let up = ev.key() == "ArrowUp";
                let target = session.with_journey(|j| {
                    let to = if up { lane.checked_sub(1)? } else { lane + 1 };
                    j.agencies.get(to).map(|a| a.id.clone())
                });
                let Some(agency) = target else { return };
                let mut moved = t.clone();
                moved.agency = agency;
                Command::UpdateTouchpoint(moved)
            }
            _ => return,
        };
        ev.prevent_default();
        session.apply(command);
        focus_card(&t.id);
    };

    // The card is rebuilt when its touchpoint or the language changes; inside, texts are
    // plain strings, not one reactive effect each (200 cards would be thousands of effects).
    move || {
        let l = lang.get();
        let asked = asked.get().0;
        touchpoint.get().map(|(i, lane, colour, tp)| {
            let answered = tp.answers.len();
            let triad = tp.answers.values().find_map(|a| match a {
                klantreis_core::Answer::Triad(w) => Some(*w),
                _ => None,
            });
            let emotion = tp.emotion;
            let pains = tp.pain_points.len();
            let chances = tp.opportunities.len();
            let has_quote = !tp.quote.trim().is_empty();
            let channel = match &tp.channel {
                klantreis_core::Channel::Other(text) if !text.is_empty() => text.clone(),
                other => l.text(labels::channel(other)).to_owned(),
            };
            let system = tp.world == Some(World::Systeemwereld);
            let world = tp.world.map(|w| l.text(labels::world(w)));
            view! {
                <button
                    type="button"
                    class="card"
                    class:card-selected=selected
                    class:card-system=system
                    class:card-truth=tp.moment_of_truth
                    data-card=id.get_value().to_string()
                    aria-pressed=move || if selected() { "true" } else { "false" }
                    style:grid-row=lane_row(lane)
                    style:grid-column=(i + 2).to_string()
                    style:--lane-colour=colour
                    on:click=move |_| select()
                    on:focus=move |_| select()
                    on:keydown=on_key
                    draggable="true"
                    on:dragstart=move |ev: leptos::ev::DragEvent| {
                        if let Some(d) = ev.data_transfer() {
                            let _ = d.set_data(DRAG_TYPE, id.get_value().as_str());
                            d.set_effect_allowed("move");
                        }
                    }
                >
                    <span class="card-top">
                        <span class=format!("card-emotion {}", emotion_class(emotion))>
                            <span aria-hidden="true">{emotion.map(|e| e.to_string()).unwrap_or_else(|| "–".into())}</span>
                            <span class="visually-hidden">{l.text(Msg::Emotion)} ": " {l.text(labels::emotion(emotion))}</span>
                        </span>
                        <span class="card-title">{tp.title.clone()}</span>
                    </span>
                    <span class="card-meta">
                        <span class="card-channel">{channel}</span>
                        {tp.date.map(|d| view! { <span class="card-date">{crate::labels::date(d, l)}</span> })}
                    </span>
                    {has_quote.then(|| view! { <span class="card-quote">"“" {tp.quote.clone()} "”"</span> })}
                    <span class="card-marks">
                        {tp.moment_of_truth.then(|| view! { <span class="mark mark-truth">"★ " {l.text(Msg::MomentOfTruthShort)}</span> })}
                        {world.map(|w| view! { <span class="mark" class:mark-system=system>{w}</span> })}
                        {(pains > 0).then(|| view! {
                            <span class="mark mark-pain">{l.count(Counted::PainPoints, pains)}</span>
                        })}
                        {(answered > 0).then(|| view! {
                            <span class="mark mark-signified" title=l.text_with(Msg::AnsweredCount, &[answered.to_string(), asked.to_string()])>
                                {triad.map(mini_triad)}
                                {l.text_with(Msg::AnsweredShort, &[answered.to_string(), asked.to_string()])}
                            </span>
                        })}
                        {(chances > 0).then(|| view! {
                            <span class="mark mark-chance">{l.count(Counted::Opportunities, chances)}</span>
                        })}
                    </span>
                </button>
            }
        })
    }
}

/// A tiny triangle with the triad answer's dot, so an annotated card shows where it stands.
fn mini_triad(w: [f64; 3]) -> impl IntoView {
    use klantreis_core::signifier::triad::{CORNERS, point_of};
    let (x, y) = point_of(w);
    let corners = CORNERS
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <svg class="mini-triad" viewBox="-0.1 -0.1 1.2 1.07" aria-hidden="true">
            <polygon points=corners/>
            <circle cx=x.to_string() cy=y.to_string() r="0.16"/>
        </svg>
    }
}
