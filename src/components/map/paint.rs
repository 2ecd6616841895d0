//! The cards' DOM work, done in `paint.js`: Rust works out what every card shows
//! (`Painted`, `Face`) and sends a whole batch over as one JSON string, because two hundred
//! cards made call by call from WebAssembly (about forty calls each, every one crossing over
//! and decoding its strings) took twice as long. The only markup is ours, below; a user's
//! words go into text and attribute values only. Nothing here panics: a failure in the
//! browser leaves the cards as they were and is logged.

use super::face::Face;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;

#[wasm_bindgen(module = "/src/components/map/paint.js")]
extern "C" {
    #[wasm_bindgen(js_name = setUp, catch)]
    fn set_up(skeleton: &str, figures: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(js_name = paintCards, catch)]
    fn paint_cards(cards: &js_sys::Array, painted: &str) -> Result<js_sys::Array, JsValue>;
    #[wasm_bindgen(js_name = fillFace, catch)]
    fn fill_face(card: &Element, face: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(js_name = putInOrder, catch)]
    fn put_in_order(layer: &Element, cards: &js_sys::Array) -> Result<(), JsValue>;
}

/// Our own markup, without any user data: the card's parts in the order they are filled.
const SKELETON: &str = concat!(
    r#"<span class="visually-hidden"></span>"#,
    r#"<span class="card-top"><span class="card-emotion"><span aria-hidden="true"></span>"#,
    r#"<span class="visually-hidden"></span></span><span class="card-title"></span></span>"#,
    r#"<span class="card-meta"><span class="card-channel"></span><span class="card-date"></span></span>"#,
    r#"<span class="card-quote"></span><span class="card-marks"></span>"#,
);

const HOURGLASS: &str = concat!(
    r#"<svg class="mark-icon" viewBox="0 0 10 12" aria-hidden="true">"#,
    r#"<path d="M1.5 1h7M1.5 11h7M2.5 1c0 3.2 2.5 3.6 2.5 5s-2.5 1.8-2.5 5M7.5 1c0 3.2-2.5 3.6-2.5 5s2.5 1.8 2.5 5"/></svg>"#,
);

/// The card's skeleton and the marks' figures (in the order of `Figure`'s cases): our own
/// markup, without any user data, that `paint.js` copies for every card.
fn skeleton_markup() -> (&'static str, String) {
    use klantreis_core::signifier::triad::CORNERS;
    let corners = CORNERS
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    let figures = format!(
        r#"<svg class="mini-triad" viewBox="-0.1 -0.1 1.2 1.07" aria-hidden="true"><polygon points="{corners}"/><circle r="0.16"/></svg>{HOURGLASS}"#
    );
    (SKELETON, figures)
}

thread_local! {
    static READY: bool = {
        let (skeleton, figures) = skeleton_markup();
        set_up(skeleton, &figures).map_err(log).is_ok()
    };
}

fn ready() -> bool {
    READY.with(|r| *r)
}

fn log(e: JsValue) {
    web_sys::console::error_2(&"Klantreis: drawing the cards failed".into(), &e);
}

/// Everything one card is: its place, its marks and its face.
#[derive(Serialize)]
pub struct Painted<'a> {
    pub class: String,
    pub id: &'a str,
    pub tab_stop: bool,
    pub pressed: bool,
    pub row: String,
    pub column: usize,
    pub colour: &'a str,
    pub face: Face,
}

/// Paints each of `painted` into the card beside it, or into a new card where there is none.
/// Returns the cards in the same order, or none when the browser failed (nothing was drawn).
pub fn paint(cards: &[Option<Element>], painted: &[Painted]) -> Option<Vec<Element>> {
    if !ready() {
        return None;
    }
    let json = serde_json::to_string(painted).ok()?;
    let given: js_sys::Array = cards
        .iter()
        .map(|c| c.as_ref().map_or(JsValue::UNDEFINED, JsValue::from))
        .collect();
    let drawn = paint_cards(&given, &json).map_err(log).ok()?;
    let drawn: Vec<Element> = drawn.iter().filter_map(|c| c.dyn_into().ok()).collect();
    (drawn.len() == painted.len()).then_some(drawn)
}

/// Makes `card`'s inside show `face`, replacing what it showed.
pub fn face_of(card: &Element, face: &Face) {
    if !ready() {
        return;
    }
    if let Ok(json) = serde_json::to_string(face) {
        let _ = fill_face(card, &json).map_err(log);
    }
}

/// Puts `cards` (in time order) into `layer` in that order, moving only those out of place.
pub fn in_order<'a>(layer: &Element, cards: impl Iterator<Item = &'a Element>) {
    let cards: js_sys::Array = cards.collect();
    let _ = put_in_order(layer, &cards).map_err(log);
}
