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

struct Drag {
    pointer: i32,
    start: (f64, f64),
    moving: bool,
    card: web_sys::HtmlElement,
    id: Id,
}

/// The map's drag by touch, from pointer down on a card to pointer up (one at a time).
#[derive(Clone, Copy)]
pub struct TouchDrag {
    drag: StoredValue<Option<Drag>, LocalStorage>,
    zoom: Option<Zoom>,
}

fn client(ev: &PointerEvent) -> (f64, f64) {
    (f64::from(ev.client_x()), f64::from(ev.client_y()))
}

impl TouchDrag {
    pub fn new() -> Self {
        Self {
            drag: StoredValue::new_local(None),
            zoom: use_context::<Zoom>(),
        }
    }

    fn scale(&self) -> f64 {
        self.zoom.map_or(1.0, |z| z.level.get_untracked())
    }

    /// A pointer down on `card` (touchpoint `id`): only a selected card follows a finger.
    pub fn down(&self, ev: &PointerEvent, card: web_sys::HtmlElement, id: Id, selected: bool) {
        if ev.pointer_type() == "mouse" || !selected {
            return;
        }
        let _ = card.set_pointer_capture(ev.pointer_id());
        self.drag.set_value(Some(Drag {
            pointer: ev.pointer_id(),
            start: client(ev),
            moving: false,
            card,
            id,
        }));
    }

    pub fn moved(&self, ev: &PointerEvent) {
        let scale = self.scale();
        self.drag.update_value(|drag| {
            let Some(drag) = drag.as_mut().filter(|d| d.pointer == ev.pointer_id()) else {
                return;
            };
            let (x, y) = client(ev);
            let (dx, dy) = (x - drag.start.0, y - drag.start.1);
            if !drag.moving && dx.hypot(dy) < SLOP_PX {
                return;
            }
            drag.moving = true;
            // The map is scaled with CSS zoom, which scales a translation too.
            let _ = drag.card.class_list().add_1("card-dragging");
            let _ = drag.card.style().set_property(
                "transform",
                &format!("translate({}px, {}px)", dx / scale, dy / scale),
            );
        });
    }

    /// Lets go: over a lane, the card moves there, to the column under the finger.
    pub fn up(&self, ev: &PointerEvent, session: Session) {
        let Some(id) = self.end(ev) else {
            return;
        };
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
            place(session, id, Id::new(agency), column);
        }
    }

    /// The browser took the touch over (a scroll, a gesture): the card goes back in place.
    pub fn cancel(&self, ev: &PointerEvent) {
        self.end(ev);
    }

    /// The drag of this pointer is over (let go, or taken over by the browser): the card goes
    /// back in place. The card's id, if it had moved.
    fn end(&self, ev: &PointerEvent) -> Option<Id> {
        let drag = self
            .drag
            .try_update_value(|d| d.take_if(|d| d.pointer == ev.pointer_id()))
            .flatten()?;
        let _ = drag.card.class_list().remove_1("card-dragging");
        let _ = drag.card.style().remove_property("transform");
        drag.moving.then_some(drag.id)
    }
}
