//! The triad widget: one point in a triangle of three poles, by pointer or arrow keys, read out
//! as three percentages.

use super::change::{AnswerChange, no_value_text, use_english};
use crate::i18n::{Msg, text};
use klantreis_core::signifier::triad::{
    CORNERS, HEIGHT, KEY_STEP as STEP, normalise, nudge, percentages, point_of, weights_of,
};
use klantreis_core::signifier::{Answer, Text};
use leptos::prelude::*;

/// The margin around the triangle in the SVG's own units (the triangle has side 1).
const PAD: f64 = 0.06;

/// A point in a triangle of three poles: click or tap anywhere, drag the dot, or move it with
/// the arrow keys. Screen readers hear the three percentages.
#[component]
pub fn TriadInput(
    poles: [Text; 3],
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<Answer>>,
    #[prop(into)] on_change: Callback<AnswerChange>,
    #[prop(optional)] large: bool,
) -> impl IntoView {
    let english = use_english();
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let dragging = RwSignal::new(false);
    let weights = move || match value.get() {
        Some(Answer::Triad(w)) => Some(w),
        _ => None,
    };
    let set = move |w: [f64; 3]| on_change.run((Some(Answer::Triad(normalise(w))), false));
    let at_pointer = move |ev: &leptos::ev::PointerEvent| {
        if let Some(w) = svg
            .get_untracked()
            .and_then(|el| weights_at(&el.get_bounding_client_rect(), ev))
        {
            set(w);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(w) = keyed(&ev.key(), weights()) {
            ev.prevent_default();
            set(w);
        }
    };
    let pole_text = StoredValue::new(move |i: usize| poles[i].get(english.get()).to_owned());
    let no_value = no_value_text(value);
    let readout = move || match weights() {
        Some(w) => spoken(w, |i| pole_text.with_value(|p| p(i))),
        None => no_value().to_owned(),
    };
    let label_id = crate::components::field::control_id();
    view! {
        <div class="triad" class:triad-large=large>
            <div class="field-label" id=label_id.clone()>{label}</div>
            <div class="triad-pole triad-pole-top">{move || pole_text.with_value(|p| p(0))}</div>
            <svg
                node_ref=svg
                class="triad-area"
                viewBox=view_box()
                role="slider"
                tabindex="0"
                aria-labelledby=label_id
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || weights().map(|w| percentages(w)[0].to_string())
                aria-valuetext=readout
                on:pointerdown=move |ev| {
                    dragging.set(true);
                    if let Some(el) = svg.get_untracked() {
                        let _ = el.set_pointer_capture(ev.pointer_id());
                    }
                    at_pointer(&ev);
                }
                on:pointermove=move |ev| if dragging.get_untracked() { at_pointer(&ev) }
                on:pointerup=move |_| dragging.set(false)
                on:pointercancel=move |_| dragging.set(false)
                on:keydown=on_key
            >
                {backdrop()}
                {move || weights().map(|w| {
                    let (x, y) = point_of(w);
                    view! { <circle class="triad-dot" cx=x.to_string() cy=y.to_string() r="0.035"/> }
                })}
            </svg>
            <div class="triad-bottom">
                <div class="triad-pole">{move || pole_text.with_value(|p| p(1))}</div>
                <div class="triad-pole triad-pole-right">{move || pole_text.with_value(|p| p(2))}</div>
            </div>
            <p class="triad-readout" aria-hidden="true">{readout}</p>
            <p class="field-hint">{text(Msg::TriadHelp)}</p>
        </div>
    }
}

/// The drawing's coordinates: the unit triangle with room for the dot at its corners.
fn view_box() -> String {
    format!(
        "{} {} {} {}",
        -PAD,
        -PAD,
        1.0 + 2.0 * PAD,
        HEIGHT + 2.0 * PAD
    )
}

/// The answer as a screen reader says it: each pole with its share ("Regels 60%, …").
fn spoken(w: [f64; 3], pole: impl Fn(usize) -> String) -> String {
    let p = percentages(w);
    (0..3)
        .map(|i| format!("{} {}%", pole(i), p[i]))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Where a pointer event falls in the triangle drawn in `rect`, as weights; none while the
/// drawing has no size.
fn weights_at(rect: &web_sys::DomRect, ev: &leptos::ev::PointerEvent) -> Option<[f64; 3]> {
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    let x = -PAD + (f64::from(ev.client_x()) - rect.left()) / rect.width() * (1.0 + 2.0 * PAD);
    let y = -PAD + (f64::from(ev.client_y()) - rect.top()) / rect.height() * (HEIGHT + 2.0 * PAD);
    Some(weights_of(x, y))
}

/// Where a key puts the dot: an arrow moves it one step, Home (or an arrow before any answer)
/// puts it in the centre; any other key is not ours.
fn keyed(key: &str, current: Option<[f64; 3]>) -> Option<[f64; 3]> {
    let (dx, dy) = match key {
        "ArrowLeft" => (-STEP, 0.0),
        "ArrowRight" => (STEP, 0.0),
        "ArrowUp" => (0.0, -STEP),
        "ArrowDown" => (0.0, STEP),
        "Home" => return Some([1.0 / 3.0; 3]),
        _ => return None,
    };
    Some(current.map_or([1.0 / 3.0; 3], |w| nudge(w, dx, dy)))
}

/// The triangle and its three medians, behind the dot.
fn backdrop() -> impl IntoView {
    let corners = CORNERS
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    let centre = point_of([1.0 / 3.0; 3]);
    let medians = CORNERS
        .iter()
        .map(|(x, y)| {
            view! { <line class="triad-median" x1=x.to_string() y1=y.to_string() x2=centre.0.to_string() y2=centre.1.to_string()/> }
        })
        .collect_view();
    view! {
        <polygon class="triad-shape" points=corners/>
        {medians}
    }
}
