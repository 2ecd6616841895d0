//! One touchpoint on the map: a card that opens in the side panel, moves by keyboard and by
//! dragging.

use super::blueprint::{self, BlueprintMode};
use super::chosen;
use super::layout::{
    AskedCount, CardData, CardTotal, Cards, DRAG_TYPE, focus_card, focus_panel, lane_row,
    layers_row,
};
use super::touch::TouchDrag;
use crate::components::emotion::emotion_class;
use crate::components::shadow::NotHappened;
use crate::i18n::{Counted, Lang, Msg, use_i18n};
use crate::labels;
use crate::state::session::{MapSelection, Session, use_session};
use klantreis_core::{Command, Id, MapStep, Touchpoint, World};
use leptos::prelude::*;

#[component]
pub fn TouchpointCard(id: Id) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let id = StoredValue::new(id);
    let asked = expect_context::<Memo<AskedCount>>();
    let total = expect_context::<Memo<CardTotal>>();
    let layers = expect_context::<BlueprintMode>();
    let not_happened = use_context::<NotHappened>();
    let touchpoint = expect_context::<Cards>().card(session, &id.get_value());
    let selected = move || chosen::is_selected(session, &id.get_value());
    let chosen = move || chosen::is_chosen(session, &id.get_value());

    let tab_stop = move |column: usize| tab_stop(session, &id.get_value(), column);
    let drag = TouchDrag::new();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        on_card_key(session, &id.get_value(), touchpoint.get_untracked(), &ev)
    };

    // The card is rebuilt when its touchpoint or the language changes; inside, texts are
    // plain strings, not one reactive effect each (200 cards would be thousands of effects).
    move || {
        let language = lang.get();
        let asked = asked.get().0;
        let layers = layers.on();
        touchpoint.get().map(|card| {
            let CardData {
                column: i,
                lane,
                colour,
                agency,
                touchpoint: tp,
            } = card;
            let spoken = spoken(language, i, total.get().0, &agency);
            let system = tp.world == Some(World::Systeemwereld);
            let never = NotHappened::marks(not_happened, &tp.id);
            let column = (i + 2).to_string();
            let cell = layers
                .then(|| blueprint::cell(id.get_value(), &tp.blueprint, layers_row(lane), column.clone()));
            view! {
                <button
                    type="button"
                    class="card"
                    class:card-selected=selected
                    class:card-chosen=chosen
                    class:card-system=system
                    class:card-truth=tp.moment_of_truth
                    class:card-never=never
                    data-card=id.get_value().to_string()
                    tabindex=move || if tab_stop(i) { "0" } else { "-1" }
                    aria-pressed=move || if selected() || chosen() { "true" } else { "false" }
                    style:grid-row=lane_row(lane, layers)
                    style:grid-column=column
                    style:--lane-colour=colour
                    on:click=move |ev| chosen::clicked(session, &id.get_value(), &ev)
                    on:focus=move |_| session.selection.set(MapSelection::Touchpoint(id.get_value()))
                    on:keydown=on_key
                    draggable="true"
                    on:pointerdown=move |ev| {
                        chosen::pressing(session, &id.get_value(), &ev);
                        drag.down(&ev, selected());
                    }
                    on:pointermove=move |ev| drag.moved(&ev)
                    on:pointerup=move |ev| drag.up(&ev, session, &id.get_value())
                    on:pointercancel=move |ev| drag.cancel(&ev)
                    on:dragstart=move |ev| drag_start(&id.get_value(), &ev)
                >
                    // Heard first, before what the card shows (a label of its own would hide
                    // the visible text from the name: WCAG 2.5.3).
                    <span class="visually-hidden">{spoken}</span>
                    {face(&tp, language)}
                    {marks(&tp, language, asked, never)}
                </button>
                {cell}
            }
        })
    }
}

/// One tab stop for the whole map: the selected card, or the first when none is.
fn tab_stop(session: Session, id: &Id, column: usize) -> bool {
    session.selection.with(|s| match s {
        MapSelection::Touchpoint(x) => x == id,
        _ => column == 0,
    })
}

/// A card dragged with a mouse carries its id, to the lane it is dropped on.
fn drag_start(id: &Id, ev: &leptos::ev::DragEvent) {
    if let Some(d) = ev.data_transfer() {
        let _ = d.set_data(DRAG_TYPE, id.as_str());
        d.set_effect_allowed("move");
    }
}

/// A key on a card: arrows walk the map (left and right in time, up and down between lanes);
/// Alt + arrows move the card there.
fn on_card_key(session: Session, id: &Id, data: Option<CardData>, ev: &leptos::ev::KeyboardEvent) {
    let key = ev.key();
    if key == " " && (ev.shift_key() || ev.ctrl_key()) {
        ev.prevent_default();
        chosen::toggle(session, id);
        return;
    }
    if key == "Delete" && !ev.alt_key() {
        ev.prevent_default();
        chosen::delete(session);
        return;
    }
    if key == "Enter" && !ev.alt_key() {
        // Into the panel that edits this card (Escape there comes back).
        ev.prevent_default();
        session.selection.set(MapSelection::Touchpoint(id.clone()));
        focus_panel();
        return;
    }
    if !ev.alt_key() {
        let Some(step) = arrow(&key) else {
            return;
        };
        ev.prevent_default();
        if let Some(to) = session.with_journey_untracked(|j| j.neighbour(id, step)) {
            focus_card(&to);
        }
        return;
    }
    if let Some(step) = arrow(&key)
        && chosen::move_group(session, id, step)
    {
        ev.prevent_default();
        return;
    }
    let Some(CardData {
        column,
        lane,
        touchpoint: t,
        ..
    }) = data
    else {
        return;
    };
    if let Some(command) = moved_by_key(session, &ev.key(), (column, lane), &t) {
        ev.prevent_default();
        session.apply(command);
        focus_card(&t.id);
    }
}

fn arrow(key: &str) -> Option<MapStep> {
    Some(match key {
        "ArrowLeft" => MapStep::Earlier,
        "ArrowRight" => MapStep::Later,
        "ArrowUp" => MapStep::LaneUp,
        "ArrowDown" => MapStep::LaneDown,
        _ => return None,
    })
}

/// What a screen reader hears before a card's own text (its emotion in words, its title,
/// channel, date…): "Contactmoment 4 van 12, Gemeente,".
fn spoken(language: Lang, column: usize, total: usize, agency: &str) -> String {
    language.text_with(
        Msg::CardSpoken,
        &[
            (column + 1).to_string(),
            total.to_string(),
            agency.to_owned(),
        ],
    )
}

/// Alt+arrow: the command that moves the card a column left or right, or a lane up or down.
fn moved_by_key(
    session: Session,
    key: &str,
    (column, lane): (usize, usize),
    t: &Touchpoint,
) -> Option<Command> {
    match key {
        "ArrowLeft" if column > 0 => Some(Command::MoveTouchpoint {
            id: t.id.clone(),
            to: column - 1,
        }),
        "ArrowRight" => Some(Command::MoveTouchpoint {
            id: t.id.clone(),
            to: column + 1,
        }),
        "ArrowUp" | "ArrowDown" => {
            let agency = session.with_journey(|j| {
                let to = if key == "ArrowUp" {
                    lane.checked_sub(1)?
                } else {
                    lane + 1
                };
                j.agencies.get(to).map(|a| a.id.clone())
            })?;
            let mut moved = t.clone();
            moved.agency = agency;
            Some(Command::UpdateTouchpoint(moved))
        }
        _ => None,
    }
}

/// What the card says: emotion, title, channel, date and quote.
fn face(tp: &Touchpoint, language: Lang) -> impl IntoView + use<> {
    let emotion = tp.emotion;
    let channel = match &tp.channel {
        klantreis_core::Channel::Other(text) if !text.is_empty() => text.clone(),
        other => language.text(labels::channel(other)).to_owned(),
    };
    let quote = tp.quote.trim();
    let quote = (!quote.is_empty())
        .then(|| view! { <span class="card-quote">"“" {quote.to_owned()} "”"</span> });
    view! {
        <span class="card-top">
            <span class=format!("card-emotion {}", emotion_class(emotion))>
                <span aria-hidden="true">{emotion.map(|e| e.to_string()).unwrap_or_else(|| "–".into())}</span>
                <span class="visually-hidden">{language.text(Msg::Emotion)} ": " {language.text(labels::emotion(emotion))}</span>
            </span>
            <span class="card-title">{tp.title.clone()}</span>
        </span>
        <span class="card-meta">
            <span class="card-channel">{channel}</span>
            {tp.date.map(|d| view! { <span class="card-date">{crate::labels::date(d, language)}</span> })}
        </span>
        {quote}
    }
}

/// The marks along the card's foot: decisive moment, world, pain points, signifiers answered
/// of those asked, opportunities.
fn marks(tp: &Touchpoint, language: Lang, asked: usize, never: bool) -> impl IntoView + use<> {
    let system = tp.world == Some(World::Systeemwereld);
    let world = tp.world.map(|w| language.text(labels::world(w)));
    let (pains, chances, answered) = (
        tp.pain_points.len(),
        tp.opportunities.len(),
        tp.answers.len(),
    );
    let triad = tp.answers.values().find_map(|a| match a {
        klantreis_core::Answer::Triad(w) => Some(*w),
        _ => None,
    });
    let counts = [answered.to_string(), asked.to_string()];
    view! {
        <span class="card-marks">
            {never.then(|| view! { <span class="mark mark-never">"⊘ " {language.text(Msg::ShadowNotHappened)}</span> })}
            {tp.moment_of_truth.then(|| view! { <span class="mark mark-truth">"★ " {language.text(Msg::MomentOfTruthShort)}</span> })}
            {world.map(|w| view! { <span class="mark" class:mark-system=system>{w}</span> })}
            {tp.waiting.map(|w| view! {
                <span class="mark mark-wait">
                    <span class="visually-hidden">{language.text(Msg::Waiting)} ": "</span>
                    "⧗ " {labels::waiting(w, language)}
                </span>
            })}
            {(pains > 0).then(|| view! {
                <span class="mark mark-pain">{language.count(Counted::PainPoints, pains)}</span>
            })}
            {(answered > 0).then(|| view! {
                <span class="mark mark-signified" title=language.text_with(Msg::AnsweredCount, &counts)>
                    {triad.map(mini_triad)}
                    {language.text_with(Msg::AnsweredShort, &counts)}
                </span>
            })}
            {(chances > 0).then(|| view! {
                <span class="mark mark-chance">{language.count(Counted::Opportunities, chances)}</span>
            })}
        </span>
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
