//! Emotion per agency or channel: a heat table of the mean emotion with counts beside it.

use crate::export::svg::wrap;
use crate::export::table::{Cell, Table};
use crate::patterns::views::GroupRow;
use std::fmt::Write;

use super::draw::*;
use super::words::*;
use klantreis_words::{Lang, Msg};

/// Emotion and counts per agency or per channel: a heat map of the mean emotion with the
/// counts beside it.
pub fn groups(title: String, rows: &[GroupRow], lang: Lang) -> Figure {
    let (w, row_h, label_w) = (620.0, 28.0, 180.0);
    let head = 40.0;
    let h = head + row_h * rows.len().max(1) as f64 + 8.0;
    let cols = [
        lang.text(Msg::ColContacts),
        lang.text(Msg::ColEmotion),
        lang.text(Msg::ColPainPoints),
        lang.text(Msg::ColOpportunities),
        lang.text(Msg::FigSystemPercent),
        lang.text(Msg::FigWaitDays),
    ];
    let col_w = (w - label_w) / cols.len() as f64;
    let mut out = String::new();
    svg_open(&mut out, w, h, &title);
    for (c, name) in cols.iter().enumerate() {
        text(
            &mut out,
            label_w + col_w * (c as f64 + 0.5),
            26.0,
            11.0,
            "middle",
            MUTED,
            name,
        );
    }
    for (k, r) in rows.iter().enumerate() {
        let y = head + k as f64 * row_h;
        text(
            &mut out,
            label_w - 8.0,
            y + 18.0,
            13.0,
            "end",
            INK,
            &wrap(&r.name, 24, 1).pop().unwrap_or_default(),
        );
        for (c, cell) in cells(r).iter().enumerate() {
            let x = label_w + col_w * c as f64;
            let (fill, ink) = match (c, &r.emotion) {
                (1, Some(d)) => (heat(d.mean), INK),
                _ => ("#f3f4f6", INK),
            };
            let _ = write!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\" data-row=\"{k}\"/>",
                x + 1.0,
                y + 1.0,
                col_w - 2.0,
                row_h - 2.0
            );
            text(
                &mut out,
                x + col_w / 2.0,
                y + 18.0,
                12.0,
                "middle",
                ink,
                &cell.render(lang),
            );
        }
    }
    out.push_str("</svg>");
    Figure {
        summary: touchpoints(rows.iter().map(|r| r.items.len()).sum(), lang),
        title,
        svg: out,
        table: groups_table(rows, &cols, lang),
        evidence: rows.iter().map(|r| r.items.clone()).collect(),
    }
}

/// One group's figures: contacts, mean emotion, pain points, opportunities, system share (%),
/// median wait (days).
fn cells(r: &GroupRow) -> Vec<Cell> {
    vec![
        Cell::Number(r.items.len() as f64),
        r.emotion.as_ref().map_or(Cell::Empty, |d| {
            Cell::Number((d.mean * 100.0).round() / 100.0)
        }),
        Cell::Number(r.pain_points as f64),
        Cell::Number(r.opportunities as f64),
        r.system_share
            .map_or(Cell::Empty, |s| Cell::Number((s * 1000.0).round() / 10.0)),
        r.waiting_median.map_or(Cell::Empty, |m| {
            Cell::Number((m / 1440.0 * 10.0).round() / 10.0)
        }),
    ]
}

/// The heat map as a table: the group's name, then its figures under `cols`.
fn groups_table(rows: &[GroupRow], cols: &[&str], lang: Lang) -> Table {
    let mut headers = vec![lang.text(Msg::FigName).to_owned()];
    headers.extend(cols.iter().map(|c| (*c).to_owned()));
    Table {
        name: "groups",
        headers,
        rows: rows
            .iter()
            .map(|r| {
                let mut row = vec![Cell::Text(r.name.clone())];
                row.extend(cells(r));
                row
            })
            .collect(),
    }
}
