//! One touchpoint on the map: a card that opens in the side panel, moves by keyboard and by
//! dragging.

use super::blueprint::{self, BlueprintMode};
use super::chosen;
use super::face::{Face, face_of};
use super::layout::{
    AskedCount, CardData, CardTotal, Cards, DRAG_TYPE, focus_card, focus_panel, lane_row,
    layers_row,
};
use super::touch::TouchDrag;
use crate::components::shadow::NotHappened;
use crate::i18n::{Lang, Msg, use_i18n};
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
            let face = Face::of(&tp, language, spoken, asked, never);
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
                    // Its spoken part is heard first, before what the card shows (a label of
                    // its own would hide the visible text from the name: WCAG 2.5.3).
                    use:face_of=face
                ></button>
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
