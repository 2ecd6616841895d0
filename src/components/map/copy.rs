//! Copy, cut and paste of touchpoints through the system clipboard, while the map has focus:
//! our JSON for Klantreis (this journey or another, this tab or another), tab-separated rows
//! for spreadsheets and word processors.

use super::chosen::{chosen_or_selected, delete};
use super::layout::focus_card;
use crate::i18n::{Arg, Counted, Msg};
use crate::state::Copied;
use crate::state::session::{MapSelection, Session};
use klantreis_core::{Clip, ClipError};
use leptos::ev::ClipboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Our JSON's type on the clipboard; the plain text beside it is for other programs.
const CLIP_TYPE: &str = "application/x-klantreis-touchpoints";

/// Copy, cut and paste on the map for as long as the calling component lives.
pub fn listen(session: Session) {
    let on_copy = window_event_listener(leptos::ev::copy, move |ev| {
        if on_map() {
            copy(session, &ev);
        }
    });
    let on_cut = window_event_listener(leptos::ev::cut, move |ev| {
        if on_map() && copy(session, &ev) {
            delete(session);
        }
    });
    let on_paste = window_event_listener(leptos::ev::paste, move |ev| {
        if on_map() {
            ev.prevent_default();
            paste_event(session, &ev);
        }
    });
    // With no text selected the browser leaves copy, cut and paste switched off unless the
    // page asks for them by cancelling these events (so Ctrl+C on a card would do nothing).
    let enable = ["beforecopy", "beforecut", "beforepaste"].map(|name| {
        window_event_listener_untyped(name, |ev| {
            if on_map() {
                ev.prevent_default();
            }
        })
    });
    on_cleanup(move || {
        on_copy.remove();
        on_cut.remove();
        on_paste.remove();
        enable.into_iter().for_each(|h| h.remove());
    });
}

/// Whether a clipboard shortcut is meant for the cards: focus is on the map and no text is
/// selected there (selected text copies as text).
fn on_map() -> bool {
    let focus_in_map = document()
        .active_element()
        .and_then(|e| e.closest(".map-area").ok().flatten())
        .is_some();
    let selecting = window()
        .get_selection()
        .ok()
        .flatten()
        .is_some_and(|s| !s.is_collapsed());
    focus_in_map && !selecting
}

/// The "Kopiëren" button: the browser's own copy, so the same handler fills the clipboard.
pub fn copy_by_button() {
    if let Ok(doc) = document().dyn_into::<web_sys::HtmlDocument>() {
        let _ = doc.exec_command("copy");
    }
}

/// Puts the chosen cards (or the selected one) on the clipboard. Whether there were any.
fn copy(session: Session, ev: &ClipboardEvent) -> bool {
    let ids = chosen_or_selected(session);
    let lang = session.app.lang.get_untracked();
    let Some(copied) = session.with_journey_untracked(|j| {
        let clip = Clip::copy(j, &ids)?;
        let text = clip.as_text(j, lang);
        Some(Copied { clip, text })
    }) else {
        return false;
    };
    if let Some(data) = ev.clipboard_data() {
        let _ = data.set_data(CLIP_TYPE, &copied.clip.to_json());
        let _ = data.set_data("text/plain", &copied.text);
        ev.prevent_default();
    }
    let n = copied.clip.touchpoints.len();
    session.app.clip.set(Some(copied));
    session.app.notices.info(
        Msg::CopiedCount,
        vec![Arg::Count(Counted::Touchpoints, n)],
        None,
    );
    true
}

/// Ctrl + V: our JSON if the clipboard has it; else the clip copied in this tab if the text is
/// still what was copied with it; else the text itself, read as our JSON.
fn paste_event(session: Session, ev: &ClipboardEvent) {
    let Some(data) = ev.clipboard_data() else {
        return;
    };
    let ours = data.get_data(CLIP_TYPE).ok().filter(|s| !s.is_empty());
    let plain = data.get_data("text/plain").unwrap_or_default();
    let clip = match ours {
        Some(json) => Clip::parse(&json),
        None => remembered(session, &plain).map_or_else(|| Clip::parse(&plain), Ok),
    };
    match clip {
        Ok(clip) => paste(session, &clip),
        Err(e) => refused(session, &e),
    }
}

fn remembered(session: Session, plain: &str) -> Option<Clip> {
    let same =
        |a: &str, b: &str| a.replace("\r\n", "\n").trim_end() == b.replace("\r\n", "\n").trim_end();
    session.app.clip.with_untracked(|c| {
        c.as_ref()
            .filter(|c| same(&c.text, plain))
            .map(|c| c.clip.clone())
    })
}

/// The "Plakken" button: what was last copied in this tab.
pub fn paste_remembered(session: Session) {
    if let Some(clip) = session
        .app
        .clip
        .with_untracked(|c| c.as_ref().map(|c| c.clip.clone()))
    {
        paste(session, &clip);
    }
}

/// Pastes after the selected card (or at the end), then chooses what was pasted.
fn paste(session: Session, clip: &Clip) {
    let at = session.with_journey_untracked(|j| match session.selection.get_untracked() {
        MapSelection::Touchpoint(id) => j
            .touchpoint_index(&id)
            .map_or(j.touchpoints.len(), |i| i + 1),
        _ => j.touchpoints.len(),
    });
    let pasted = session.with_journey_untracked(|j| clip.paste(j, at, crate::browser::new_id));
    session.apply(pasted.command);
    let Some(first) = pasted.ids.first() else {
        return;
    };
    // The editor refused it (and said why) if the first card is not there.
    if session.with_journey_untracked(|j| j.touchpoint(first).is_none()) {
        return;
    }
    session.chosen.set(pasted.ids.clone());
    session
        .selection
        .set(MapSelection::Touchpoint(first.clone()));
    focus_card(first);
    let notices = session.app.notices;
    let undo: crate::state::NoticeAction = std::sync::Arc::new(move || session.undo());
    notices.info(
        Msg::PastedCount,
        vec![Arg::Count(Counted::Touchpoints, pasted.ids.len())],
        Some(undo),
    );
    if pasted.new_lanes > 0 {
        notices.info(
            Msg::PastedNewLanes,
            vec![Arg::Count(Counted::Agencies, pasted.new_lanes)],
            None,
        );
    }
    if pasted.dropped_answers > 0 {
        notices.info(
            Msg::PastedDroppedAnswers,
            vec![Arg::Count(Counted::Answers, pasted.dropped_answers)],
            None,
        );
    }
}

fn refused(session: Session, e: &ClipError) {
    let (msg, args) = match e {
        ClipError::NotOurs => (Msg::ClipNotOurs, Vec::new()),
        ClipError::OtherVersion(v) => (Msg::ClipOtherVersion, vec![Arg::Text(v.to_string())]),
        ClipError::TooLarge => (Msg::ClipTooLarge, Vec::new()),
        ClipError::NoLane(_) => (Msg::ClipNoLane, Vec::new()),
    };
    session.app.notices.error(msg, args);
}
