//! The emotion curve (hartslag) drawn over the steps of the map.

use super::layout::{COL_W, PathsBy};
use crate::components::emotion::emotion_class;
use crate::i18n::{Msg, text};
use crate::state::session::use_session;
use klantreis_core::Emotion;
use leptos::prelude::*;

const HEIGHT: f64 = 112.0;
const PAD: f64 = 14.0;

/// The y position of an emotion value (-2..2), +2 at the top.
fn y_of(value: i8) -> f64 {
    PAD + f64::from(2 - value) * (HEIGHT - 2.0 * PAD) / 4.0
}

/// The emotion curve (hartslag): one point per rated touchpoint, in the touchpoint's column.
#[component]
pub fn EmotionCurve() -> impl IntoView {
    let session = use_session();
    let points = Memo::new(move |_| {
        session.with_journey(|j| {
            j.touchpoints
                .iter()
                .enumerate()
                .filter_map(|(i, t)| t.emotion.map(|e| (i, e)))
                .collect::<Vec<_>>()
        })
    });
    let width = move || session.with_journey(|j| j.touchpoints.len().max(1) as f64 * COL_W);
    let line = move || {
        points.with(|p| {
            p.iter()
                .map(|(i, e)| format!("{:.1},{:.1}", (*i as f64 + 0.5) * COL_W, y_of(e.value())))
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    let description = move || {
        let values = points.with(|p| {
            p.iter()
                .map(|(i, e)| format!("{}: {}", i + 1, e))
                .collect::<Vec<_>>()
                .join(", ")
        });
        format!("{}. {}", text(Msg::EmotionCurve)(), values)
    };
    view! {
        <svg
            class="curve"
            role="img"
            aria-label=description
            width=move || width().to_string()
            height=HEIGHT.to_string()
            viewBox=move || format!("0 0 {} {}", width(), HEIGHT)
        >
            {[-2i8, -1, 0, 1, 2]
                .into_iter()
                .map(|v| {
                    view! {
                        <line
                            class=if v == 0 { "curve-zero" } else { "curve-grid" }
                            x1="0"
                            x2=move || width().to_string()
                            y1=y_of(v).to_string()
                            y2=y_of(v).to_string()
                        />
                    }
                })
                .collect_view()}
            <polyline class="curve-line" points=line fill="none"/>
            // One path per emotion, a dot a subpath: 200 rated cards are five elements.
            {move || {
                points
                    .with(|p| dots(p))
                    .into_iter()
                    .map(|(class, d)| view! { <path class=class d=d/> })
                    .collect_view()
            }}
        </svg>
    }
}

/// The dots of the curve: each emotion's class and the path of its dots, in the order the
/// emotions first appear.
fn dots(points: &[(usize, Emotion)]) -> Vec<(String, String)> {
    use std::fmt::Write;
    const R: f64 = 7.0;
    let mut paths = PathsBy::new();
    for (i, e) in points {
        let (x, y) = ((*i as f64 + 0.5) * COL_W, y_of(e.value()));
        // A circle as two half arcs from its left edge.
        let _ = write!(
            paths.of(*e),
            "M{:.1} {y:.1}a{R} {R} 0 1 0 {d} 0a{R} {R} 0 1 0 -{d} 0z",
            x - R,
            d = 2.0 * R
        );
    }
    paths
        .into_paths()
        .into_iter()
        .map(|(e, d)| (format!("curve-dot {}", emotion_class(Some(e))), d))
        .collect()
}
