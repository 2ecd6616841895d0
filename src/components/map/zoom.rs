//! Zoom for large maps: in and out in steps, back to full size, or fitted to the visible area.
//! Remembered per journey on this device: it is how one looks at a journey, not part of it.
//! The map is scaled with CSS `zoom`, so the step numbers, the emotion curve and the cards
//! scale together and stay aligned, and scrolling keeps working.

use crate::browser::{pref, set_pref};
use crate::i18n::{Msg, text, use_i18n};
use klantreis_core::Id;
use leptos::prelude::*;

const STEPS: [f64; 10] = [0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 0.9, 1.0, 1.25, 1.5];
const MIN: f64 = STEPS[0];
const MAX: f64 = STEPS[STEPS.len() - 1];

fn step_in(z: f64) -> f64 {
    STEPS.into_iter().find(|s| *s > z + 0.001).unwrap_or(MAX)
}

fn step_out(z: f64) -> f64 {
    STEPS
        .into_iter()
        .rev()
        .find(|s| *s < z - 0.001)
        .unwrap_or(MIN)
}

/// The zoom at which content of `content` size (at full size) fits in `area`; never larger
/// than full size.
fn fitted(content: (f64, f64), area: (f64, f64)) -> f64 {
    let z = (area.0 / content.0).min(area.1 / content.1);
    if z.is_finite() {
        z.clamp(MIN, 1.0)
    } else {
        1.0
    }
}

fn key(id: &Id) -> String {
    format!("klantreis.zoom.{id}")
}

/// The map's zoom: a signal that remembers itself per journey.
#[derive(Clone, Copy)]
pub struct Zoom {
    pub level: RwSignal<f64>,
    journey: StoredValue<Id>,
}

impl Zoom {
    pub fn remembered(journey: Id) -> Self {
        let level = pref(&key(&journey))
            .and_then(|s| s.parse::<f64>().ok())
            .filter(|z| (MIN..=MAX).contains(z))
            .unwrap_or(1.0);
        Self {
            level: RwSignal::new(level),
            journey: StoredValue::new(journey),
        }
    }

    fn set(self, z: f64) {
        self.level.set(z);
        self.journey
            .with_value(|id| set_pref(&key(id), &z.to_string()));
    }

    pub fn zoom_in(self) {
        self.set(step_in(self.level.get_untracked()));
    }

    pub fn zoom_out(self) {
        self.set(step_out(self.level.get_untracked()));
    }

    pub fn full_size(self) {
        self.set(1.0);
    }

    /// Fits `map` into `area`'s visible box. First from the map's size at full size (measured
    /// with the zoom lifted for that moment, so fitting gives the same zoom from wherever it
    /// starts); then, since text does not shrink below the browser's smallest font size, a
    /// map zoomed far out is a little larger than the scale says: measured again each frame
    /// until it fits (a few times at most).
    pub fn fit(self, map: web_sys::Element, area: web_sys::Element) {
        use wasm_bindgen::JsCast;
        let visible = move || {
            (
                f64::from(area.client_width()),
                f64::from(area.client_height()),
            )
        };
        let size = |r: web_sys::DomRect| (r.width(), r.height());
        let full = match map.dyn_ref::<web_sys::HtmlElement>() {
            Some(el) => {
                let _ = el.style().set_property("zoom", "1");
                let full = size(map.get_bounding_client_rect());
                let now = self.level.get_untracked().to_string();
                let _ = el.style().set_property("zoom", &now);
                full
            }
            None => return,
        };
        self.set(fitted(full, visible()));
        let measure = move || {
            let now = self.level.get_untracked();
            let (w, h) = size(map.get_bounding_client_rect());
            fitted((w / now, h / now), visible())
        };
        self.refit(measure, 4);
    }

    fn refit(self, measure: impl Fn() -> f64 + 'static, tries: u8) {
        if tries == 0 {
            return;
        }
        request_animation_frame(move || {
            let again = measure();
            if again < self.level.get_untracked() - 0.002 {
                self.set(again);
                self.refit(measure, tries - 1);
            }
        });
    }

    /// The keys on the map: + and − step, 0 fits (with or without Ctrl). Returns whether the
    /// key was one of them.
    pub fn on_key(self, key: &str, fit: impl Fn()) -> bool {
        match key {
            "+" | "=" => self.zoom_in(),
            "-" | "_" => self.zoom_out(),
            "0" => fit(),
            _ => return false,
        }
        true
    }
}

/// The zoom buttons, beside the map's keyboard hint below it.
#[component]
pub fn ZoomBar(zoom: Zoom, #[prop(into)] fit: Callback<()>) -> impl IntoView {
    let lang = use_i18n().lang;
    let percent = move || {
        let n = (zoom.level.get() * 100.0).round().to_string();
        lang.get().text_with(Msg::ZoomPercent, &[n])
    };
    view! {
        <div class="map-tools" role="group" aria-label=text(Msg::Zoom)>
            <button type="button" class="button" on:click=move |_| zoom.zoom_out()
                disabled=move || { zoom.level.get() <= MIN + 0.001 }
                aria-label=text(Msg::ZoomOut) aria-keyshortcuts="-">"−"</button>
            // The level is the visible name; the hidden words say what pressing it does.
            <button type="button" class="button" on:click=move |_| zoom.full_size()>
                <span class="map-zoom-level">{percent}</span>
                <span class="visually-hidden">" " {text(Msg::ZoomFullSize)}</span>
            </button>
            <button type="button" class="button" on:click=move |_| zoom.zoom_in()
                disabled=move || { zoom.level.get() >= MAX - 0.001 }
                aria-label=text(Msg::ZoomIn) aria-keyshortcuts="+">"+"</button>
            <button type="button" class="button" on:click=move |_| fit.run(())
                aria-keyshortcuts="0">{text(Msg::ZoomFit)}</button>
        </div>
    }
}
