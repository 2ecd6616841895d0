//! The overview strip under a map wider or taller than its frame: every card as a small block
//! in its lane's colour, and a frame for the part in view. A tap or a drag on the strip
//! scrolls the map there. For pointers only: the keyboard already walks the cards and scrolls
//! the map with them, so the strip is hidden from screen readers.

use super::layout::{COL_W, LABEL_W, PathsBy};
use super::zoom::Zoom;
use crate::state::session::use_session;
use leptos::ev::PointerEvent;
use leptos::html;
use leptos::prelude::*;
use std::collections::HashMap;

/// The strip's drawing units: wide and flat, stretched to the strip's size.
const W: f64 = 1000.0;
const H: f64 = 100.0;

/// Where the frame is: the visible part of the map as fractions of all of it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct View {
    x: f64,
    w: f64,
    y: f64,
    h: f64,
}

impl View {
    fn of(area: &web_sys::Element) -> View {
        let (sw, sh) = (
            f64::from(area.scroll_width()).max(1.0),
            f64::from(area.scroll_height()).max(1.0),
        );
        View {
            x: f64::from(area.scroll_left()) / sw,
            w: f64::from(area.client_width()) / sw,
            y: f64::from(area.scroll_top()) / sh,
            h: f64::from(area.client_height()) / sh,
        }
    }

    /// Whether the map's whole length is in view (then the strip has nothing to say; a map
    /// only too tall scrolls down its few lanes well enough).
    fn whole(&self) -> bool {
        self.w >= 0.999
    }
}

/// Every card's (column, lane, colour), and the number of lanes.
fn blocks(j: &klantreis_core::Journey) -> (Vec<(usize, usize, String)>, usize) {
    let lanes: HashMap<_, _> = j
        .agencies
        .iter()
        .enumerate()
        .map(|(i, a)| (&a.id, (i, a.colour.to_string())))
        .collect();
    let cards = j
        .touchpoints
        .iter()
        .enumerate()
        .filter_map(|(c, t)| {
            let (lane, colour) = lanes.get(&t.agency)?;
            Some((c, *lane, colour.clone()))
        })
        .collect();
    (cards, j.agencies.len())
}

/// `scrolled` fires when the map frame `area` scrolls.
#[component]
pub fn MapOverview(area: NodeRef<html::Div>, zoom: Zoom, scrolled: Trigger) -> impl IntoView {
    let session = use_session();
    let view = RwSignal::new(View::default());
    let measure = move || {
        if let Some(area) = area.get_untracked() {
            view.set(View::of(&area));
        }
    };
    let content = Memo::new(move |_| session.with_journey(blocks));
    // Measured again after whatever changes the map's size has been drawn.
    Effect::new(move || {
        zoom.level.track();
        content.track();
        request_animation_frame(measure);
    });
    // Not on its first run: measuring forces a layout while the map is still being drawn
    // (the frame's own measure above comes once it is).
    Effect::new(move |first: Option<()>| {
        scrolled.track();
        if first.is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let dragging = StoredValue::new(false);
    let go = move |ev: &PointerEvent| {
        if let Some(area) = area.get_untracked() {
            scroll_to(&area, ev, view.get_untracked());
            measure();
        }
    };
    let drawn = move || content.with(|(cards, lanes)| drawn(cards, *lanes));
    let frame = move || view.get();
    view! {
        <Show when=move || !view.get().whole()>
            <svg
                class="map-overview"
                viewBox=format!("0 0 {W} {H}")
                preserveAspectRatio="none"
                aria-hidden="true"
                on:pointerdown=move |ev: PointerEvent| {
                    dragging.set_value(true);
                    if let Some(t) = ev.current_target() {
                        use wasm_bindgen::JsCast;
                        if let Ok(el) = t.dyn_into::<web_sys::Element>() {
                            let _ = el.set_pointer_capture(ev.pointer_id());
                        }
                    }
                    go(&ev);
                }
                on:pointermove=move |ev: PointerEvent| {
                    if dragging.get_value() {
                        go(&ev);
                    }
                }
                on:pointerup=move |_| dragging.set_value(false)
                on:pointercancel=move |_| dragging.set_value(false)
            >
                {drawn}
                <rect
                    class="map-overview-frame"
                    x=move || (frame().x * W).to_string()
                    y=move || (frame().y * H).to_string()
                    width=move || (frame().w * W).to_string()
                    height=move || (frame().h * H).to_string()
                />
            </svg>
        </Show>
    }
}

/// Scrolls the map so that the point of the strip under the pointer is in the middle of the
/// view.
fn scroll_to(area: &web_sys::Element, ev: &PointerEvent, v: View) {
    use wasm_bindgen::JsCast;
    let Some(strip) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let r = strip.get_bounding_client_rect();
    let fx = (f64::from(ev.client_x()) - r.left()) / r.width().max(1.0);
    let fy = (f64::from(ev.client_y()) - r.top()) / r.height().max(1.0);
    area.set_scroll_left(((fx - v.w / 2.0) * f64::from(area.scroll_width())) as i32);
    area.set_scroll_top(((fy - v.h / 2.0) * f64::from(area.scroll_height())) as i32);
}

/// The cards as blocks, placed as on the map: columns after the lane labels, a band per lane.
/// One path per lane (its colour), a block a subpath: 200 cards are 12 elements, not 200.
fn drawn(cards: &[(usize, usize, String)], lanes: usize) -> impl IntoView + use<> {
    block_paths(cards, lanes)
        .into_iter()
        .map(|(colour, d)| view! { <path d=d fill=colour/> })
        .collect_view()
}

/// Each lane's colour and the path of its blocks, in the order of the lanes' first cards.
fn block_paths(cards: &[(usize, usize, String)], lanes: usize) -> Vec<(String, String)> {
    use std::fmt::Write;
    let columns = cards.len().max(1) as f64;
    let wide = LABEL_W + columns * COL_W;
    let lane_h = H / lanes.max(1) as f64;
    let (w, h) = (COL_W * 0.8 / wide * W, lane_h * 0.7);
    let mut paths = PathsBy::new();
    for (c, lane, colour) in cards {
        let x = (LABEL_W + *c as f64 * COL_W) / wide * W;
        let y = *lane as f64 * lane_h + lane_h * 0.15;
        let _ = write!(
            paths.of((lane, colour)),
            "M{x:.2} {y:.2}h{w:.2}v{h:.2}h{:.2}z",
            -w
        );
    }
    paths
        .into_paths()
        .into_iter()
        .map(|((_, colour), d)| (colour.clone(), d))
        .collect()
}
