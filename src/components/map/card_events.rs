//! What a click, a focus, a key or a drag on a card does. Listened for once on the map for
//! all its cards (the card is the one the event's target is in, by its `data-card`): eight
//! listeners on each of 200 cards were 1,600 closures made with every map.

use super::chosen;
use super::layout::{CardData, DRAG_TYPE, focus_card, focus_panel};
use super::touch::TouchDrag;
use crate::state::session::{MapSelection, Session};
use klantreis_core::{Command, Id, MapStep, Touchpoint};
use leptos::ev::{DragEvent, FocusEvent, KeyboardEvent, MouseEvent, PointerEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The card an event happened on (its target or inside it), and the card's id.
fn card_of(ev: &web_sys::Event) -> Option<(web_sys::HtmlElement, Id)> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let card = target.closest(".card").ok()??;
    let id = Id::new(card.get_attribute("data-card")?);
    Some((card.dyn_into().ok()?, id))
}

/// The map's handlers for all its cards.
#[derive(Clone, Copy)]
pub struct CardEvents {
    session: Session,
    drag: TouchDrag,
}

impl CardEvents {
    pub fn new(session: Session) -> Self {
        CardEvents {
            session,
            drag: TouchDrag::new(),
        }
    }

    pub fn click(&self, ev: &MouseEvent) {
        if let Some((_, id)) = card_of(ev) {
            chosen::clicked(self.session, &id, ev);
        }
    }

    /// A card that takes focus (by Tab, by the arrows, by a click) is selected.
    pub fn focus(&self, ev: &FocusEvent) {
        if let Some((_, id)) = card_of(ev) {
            self.session.selection.set(MapSelection::Touchpoint(id));
        }
    }

    pub fn key(&self, ev: &KeyboardEvent) {
        if let Some((_, id)) = card_of(ev) {
            let data = self
                .session
                .with_journey_untracked(|j| CardData::find(j, &id));
            on_card_key(self.session, &id, data, ev);
        }
    }

    pub fn pointer_down(&self, ev: &PointerEvent) {
        if let Some((card, id)) = card_of(ev) {
            chosen::pressing(self.session, &id, ev);
            let selected = chosen::is_selected_untracked(self.session, &id);
            self.drag.down(ev, card, id, selected);
        }
    }

    pub fn pointer_move(&self, ev: &PointerEvent) {
        self.drag.moved(ev);
    }

    pub fn pointer_up(&self, ev: &PointerEvent) {
        self.drag.up(ev, self.session);
    }

    pub fn pointer_cancel(&self, ev: &PointerEvent) {
        self.drag.cancel(ev);
    }

    /// A card dragged with a mouse carries its id, to the lane it is dropped on.
    pub fn drag_start(&self, ev: &DragEvent) {
        if let (Some((_, id)), Some(d)) = (card_of(ev), ev.data_transfer()) {
            let _ = d.set_data(DRAG_TYPE, id.as_str());
            d.set_effect_allowed("move");
        }
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
