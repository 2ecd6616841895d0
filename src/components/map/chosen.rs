//! Several cards chosen together (Shift or Ctrl + click, Shift + Space, or a tap while "Meer
//! kiezen" is on), and what happens to them together, each as one step of undo.

use super::layout::focus_card;
use crate::i18n::{Arg, Counted, Msg};
use crate::state::session::{MapSelection, Session};
use klantreis_core::{Command, Id, MapStep};
use leptos::prelude::*;

/// What an action on "the chosen cards" applies to: the cards chosen together, else the one
/// selected.
pub fn chosen_or_selected(session: Session) -> Vec<Id> {
    let chosen = session.chosen.get_untracked();
    if !chosen.is_empty() {
        return chosen;
    }
    match session.selection.get_untracked() {
        MapSelection::Touchpoint(id) => vec![id],
        _ => Vec::new(),
    }
}

/// Chooses card `id`, or un-chooses it, and selects it.
pub fn toggle(session: Session, id: &Id) {
    session
        .chosen
        .update(|c| match c.iter().position(|x| x == id) {
            Some(i) => {
                c.remove(i);
            }
            None => c.push(id.clone()),
        });
    session.selection.set(MapSelection::Touchpoint(id.clone()));
}

/// A press with Shift or Ctrl on card `id`, before it takes focus (which selects it): the
/// card selected until then is chosen first, so Shift + click on a second card chooses both.
pub fn pressing(session: Session, id: &Id, ev: &leptos::ev::PointerEvent) {
    let adding = ev.shift_key() || ev.ctrl_key() || ev.meta_key();
    if !adding || session.chosen.with_untracked(|c| !c.is_empty()) {
        return;
    }
    if let MapSelection::Touchpoint(selected) = session.selection.get_untracked()
        && selected != *id
    {
        session.chosen.set(vec![selected]);
    }
}

/// Whether card `id` is the one selected (not tracked).
pub fn is_selected_untracked(session: Session, id: &Id) -> bool {
    session
        .selection
        .with_untracked(|s| matches!(s, MapSelection::Touchpoint(x) if x == id))
}

/// A click on card `id`: alone it selects the card and lets go of the others; with Shift or
/// Ctrl, or while "Meer kiezen" is on, the card is chosen beside the others.
pub fn clicked(session: Session, id: &Id, ev: &leptos::ev::MouseEvent) {
    if ev.shift_key() || ev.ctrl_key() || ev.meta_key() || session.choosing.get_untracked() {
        toggle(session, id);
        return;
    }
    if session.chosen.with_untracked(|c| !c.is_empty()) {
        session.chosen.set(Vec::new());
    }
    session.selection.set(MapSelection::Touchpoint(id.clone()));
}

/// Alt + arrow on a chosen card: the whole group moves, or nothing does.
pub fn move_group(session: Session, id: &Id, step: MapStep) -> bool {
    if !session
        .chosen
        .with_untracked(|c| c.len() > 1 && c.contains(id))
    {
        return false;
    }
    let ids = session.chosen.get_untracked();
    if let Some(command) =
        session.with_journey_untracked(|j| Command::move_touchpoints(j, &ids, step))
    {
        session.apply(command);
        focus_card(id);
    }
    true
}

/// Deletes the chosen cards (or the selected one) as one step, with an undo in the notice.
pub fn delete(session: Session) {
    let ids = chosen_or_selected(session);
    let Some(command) = session.with_journey_untracked(|j| Command::remove_touchpoints(j, &ids))
    else {
        return;
    };
    let n = ids.len();
    session.apply(command);
    session.chosen.set(Vec::new());
    session.selection.set(MapSelection::None);
    session.app.notices.info(
        Msg::DeletedCount,
        vec![Arg::Count(Counted::Touchpoints, n)],
        Some(std::sync::Arc::new(move || session.undo())),
    );
}

/// Every card of the map chosen (Ctrl + A on the map).
pub fn choose_all(session: Session) {
    let all =
        session.with_journey_untracked(|j| j.touchpoints.iter().map(|t| t.id.clone()).collect());
    session.chosen.set(all);
}
