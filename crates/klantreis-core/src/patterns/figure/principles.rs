//! Broken belevingsprincipes per group (agency, channel, phase): a grid of counts, a row per
//! group and a column per principle, shaded by how often it broke.

use crate::export::svg::wrap;
use crate::export::table::{Cell, Table};
use crate::patterns::views::BrokenRow;
use crate::principle::Principle;
use std::fmt::Write;

use super::cross::column_names;
use super::draw::*;
use klantreis_words::{Lang, Msg};

/// Red, as the map's pain points; at most 40% of it, so the dark count stays 7:1.
const BROKEN: &str = "#b3261e";

pub fn broken(title: String, rows: &[BrokenRow], lang: Lang) -> Figure {
    let names: Vec<String> = Principle::ALL
        .iter()
        .map(|p| lang.text(p.msg()).to_owned())
        .collect();
    let judged: usize = rows.iter().map(|r| r.items.len()).sum();
    let times: u64 = rows.iter().map(BrokenRow::total).sum();
    let summary = lang.text_with(
        Msg::FigBrokenSummary,
        &[judged.to_string(), times.to_string()],
    );
    let (label_w, head, cell_w, cell_h) = (176.0, 48.0, 58.0, 28.0);
    let (w, h) = (
        label_w + cell_w * names.len() as f64 + 8.0,
        head + cell_h * rows.len() as f64 + 8.0,
    );
    let max = rows.iter().flat_map(|r| r.broken).max().unwrap_or(0).max(1) as f64;
    let mut out = String::new();
    svg_open(&mut out, w, h, &title);
    column_names(&mut out, &names, label_w, cell_w);
    for (r, row) in rows.iter().enumerate() {
        let y = head + cell_h * r as f64;
        let label = format!("{} (n = {})", row.name, row.items.len());
        let label = wrap(&label, 26, 1).pop().unwrap_or_default();
        text(&mut out, label_w - 8.0, y + 18.0, 12.0, "end", INK, &label);
        for (c, &v) in row.broken.iter().enumerate() {
            let x = label_w + cell_w * c as f64;
            let _ = write!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{BROKEN}\" fill-opacity=\"{:.2}\" stroke=\"#d7dce2\" data-row=\"{r}\"/>",
                x + 1.0,
                y + 1.0,
                cell_w - 2.0,
                cell_h - 2.0,
                0.4 * v as f64 / max
            );
            text(
                &mut out,
                x + cell_w / 2.0,
                y + 18.0,
                12.0,
                "middle",
                INK,
                &v.to_string(),
            );
        }
    }
    out.push_str("</svg>");
    Figure {
        title,
        summary,
        svg: out,
        table: table(rows, &names),
        evidence: rows.iter().map(|r| r.items.clone()).collect(),
    }
}

fn table(rows: &[BrokenRow], names: &[String]) -> Table {
    let mut headers = vec![String::new(), "n".to_owned()];
    headers.extend(names.iter().cloned());
    Table {
        name: "principles",
        headers,
        rows: rows
            .iter()
            .map(|r| {
                let mut cells = vec![
                    Cell::Text(r.name.clone()),
                    Cell::Number(r.items.len() as f64),
                ];
                cells.extend(r.broken.iter().map(|v| Cell::Number(*v as f64)));
                cells
            })
            .collect(),
    }
}
