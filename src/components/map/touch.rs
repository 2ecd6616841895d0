//! Dragging a card with a finger or a pen. HTML drag and drop does not start from a touch in
//! every browser, so the selected card follows pointer events instead: tap a card to select
//! it, then drag it to a lane and a column. Only the selected card stops the map from panning
//! under a finger (`touch-action: none` in CSS), so the map still scrolls everywhere else.

use super::lane::place;
use super::layout::{COL_W, LABEL_W};
use super::zoom::Zoom;
use crate::state::session::Session;
use klantreis_core::Id;
use leptos::ev::PointerEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A finger moving less than this is a tap, not a drag.
const SLOP_PX: f64 = 8.0;

#[derive(Clone, Copy)]
struct Drag {
    pointer: i32,
    start: (f64, f64),
    moving: bool,
}

/// One card's drag by touch, from pointer down to pointer up.
#[derive(Clone, Copy)]
pub struct TouchDrag {
    drag: StoredValue<Option<Drag>>,
    zoom: Option<Zoom>,
}

fn card_of(ev: &PointerEvent) -> Option<web_sys::HtmlElement> {
    ev.current_target()?.dyn_into().ok()
}

fn client(ev: &PointerEvent) -> (f64, f64) {
    (f64::from(ev.client_x()), f64::from(ev.client_y()))
}

impl TouchDrag {
    pub fn new() -> Self {
        Self {
            drag: StoredValue::new(None),
            zoom: use_context::<Zoom>(),
        }
    }

    fn scale(&self) -> f64 {
        self.zoom.map_or(1.0, |z| z.level.get_untracked())
    }

    pub fn down(&self, ev: &PointerEvent, selected: bool) {
        if ev.pointer_type() == "mouse" || !selected {
            return;
        }
        if let Some(card) = card_of(ev) {
            let _ = card.set_pointer_capture(ev.pointer_id());
        }
        self.drag.set_value(Some(Drag {
            pointer: ev.pointer_id(),
            start: client(ev),
            moving: false,
        }));
    }

    pub fn moved(&self, ev: &PointerEvent) {
        let Some(mut drag) = self
            .drag
            .get_value()
            .filter(|d| d.pointer == ev.pointer_id())
        else {
            return;
        };
        let (x, y) = client(ev);
        let (dx, dy) = (x - drag.start.0, y - drag.start.1);
        if !drag.moving && dx.hypot(dy) < SLOP_PX {
            return;
        }
        drag.moving = true;
        self.drag.set_value(Some(drag));
        // The map is scaled with CSS zoom, which scales a translation too.
        let scale = self.scale();
        if let Some(card) = card_of(ev) {
            let _ = card.class_list().add_1("card-dragging");
            let _ = card.style().set_property(
                "transform",
                &format!("translate({}px, {}px)", dx / scale, dy / scale),
            );
        }
    }

    /// Lets go: over a lane, the card moves there, to the column under the finger.
    pub fn up(&self, ev: &PointerEvent, session: Session, id: &Id) {
        if !self.end(ev) {
            return;
        }
        let (x, y) = client(ev);
        let lane = document()
            .elements_from_point(x as f32, y as f32)
            .iter()
            .filter_map(|e| e.dyn_into::<web_sys::Element>().ok())
            .find_map(|e| Some((e.get_attribute("data-lane")?, e)));
        if let Some((agency, band)) = lane {
            let left = band.get_bounding_client_rect().left();
            let column = (((x - left) / self.scale() - LABEL_W) / COL_W)
                .floor()
                .max(0.0) as usize;
            place(session, id.clone(), Id::new(agency), column);
        }
    }

    /// The browser took the touch over (a scroll, a gesture): the card goes back in place.
    pub fn cancel(&self, ev: &PointerEvent) {
        self.end(ev);
    }

    /// The drag is over (let go, or taken over by the browser): the card goes back in place.
    /// Whether it had moved.
    fn end(&self, ev: &PointerEvent) -> bool {
        let moving = self
            .drag
            .get_value()
            .is_some_and(|d| d.pointer == ev.pointer_id() && d.moving);
        self.drag.set_value(None);
        if let Some(card) = card_of(ev) {
            let _ = card.class_list().remove_1("card-dragging");
            let _ = card.style().remove_property("transform");
        }
        moving
    }
}
