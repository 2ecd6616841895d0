//! The pooled emotion curve over the steps of many journeys.

use crate::export::svg::emotion_colour;
use crate::export::table::{Cell, Table, fixed_headers};
use crate::patterns::views::CurvePoint;
use std::fmt::Write;

use super::draw::*;
use super::words::*;
use klantreis_words::{Lang, Msg};

/// The pooled emotion curve over where touchpoints fall in their journeys.
pub fn curve(title: String, points: &[CurvePoint], lang: Lang) -> Figure {
    let (w, h, pad) = (520.0, 220.0, 40.0);
    let x_of = |t: usize| pad + (w - 2.0 * pad) * (t as f64 + 0.5) / 10.0;
    let y_of = |m: f64| pad + (h - 2.0 * pad) * (2.0 - m) / 4.0;
    let mut out = String::new();
    svg_open(&mut out, w, h, &title);
    for v in -2..=2 {
        let y = y_of(f64::from(v));
        let _ = write!(
            out,
            "<line x1=\"{pad}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" stroke=\"#e5e7eb\"/>",
            w - pad
        );
        text(
            &mut out,
            pad - 8.0,
            y + 4.0,
            11.0,
            "end",
            MUTED,
            &format!("{v:+}").replace("+0", "0"),
        );
    }
    let path: Vec<String> = points
        .iter()
        .filter_map(|p| {
            p.mean
                .map(|m| format!("{:.1},{:.1}", x_of(p.tenth), y_of(m)))
        })
        .collect();
    if path.len() > 1 {
        let _ = write!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{BAR}\" stroke-width=\"2.5\"/>",
            path.join(" ")
        );
    }
    for p in points {
        if let Some(m) = p.mean {
            let _ = write!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"6\" fill=\"{}\" stroke=\"#ffffff\" data-row=\"{}\"><title>{}</title></circle>",
                x_of(p.tenth),
                y_of(m),
                emotion_colour(m.round().clamp(-2.0, 2.0) as i8),
                p.tenth,
                p.items.len()
            );
        }
    }
    text(
        &mut out,
        pad,
        h - 10.0,
        12.0,
        "start",
        INK,
        lang.text(Msg::FigStartOfTheJourney),
    );
    text(
        &mut out,
        w - pad,
        h - 10.0,
        12.0,
        "end",
        INK,
        lang.text(Msg::ColEnd),
    );
    out.push_str("</svg>");
    Figure {
        summary: touchpoints(points.iter().map(|p| p.items.len()).sum(), lang),
        title,
        svg: out,
        table: curve_table(points, lang),
        evidence: points.iter().map(|p| p.items.clone()).collect(),
    }
}

/// Per tenth of the journeys: how many contacts fell there, and their mean emotion.
fn curve_table(points: &[CurvePoint], lang: Lang) -> Table {
    let label = |t: usize| format!("{}–{}%", t * 10, t * 10 + 10);
    Table {
        name: "curve",
        headers: fixed_headers(
            &[
                Msg::ColPlaceInTheJourney,
                Msg::ColContacts,
                Msg::ColMeanEmotion,
            ],
            lang,
        ),
        rows: points
            .iter()
            .map(|p| {
                vec![
                    Cell::Text(label(p.tenth)),
                    Cell::Number(p.items.len() as f64),
                    p.mean
                        .map_or(Cell::Empty, |m| Cell::Number((m * 100.0).round() / 100.0)),
                ]
            })
            .collect(),
    }
}
