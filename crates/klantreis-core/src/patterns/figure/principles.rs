//! Broken belevingsprincipes per group (agency, channel, phase): a grid of counts, a row per
//! group and a column per principle, shaded by how often it broke.

use crate::export::svg::wrap;
use crate::export::table::{Cell, Table};
use crate::patterns::views::BrokenRow;
use crate::principle::Principle;

use super::cross::count_grid;
use super::draw::Figure;
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
    let labels: Vec<(String, &[u64])> = rows
        .iter()
        .map(|r| {
            let label = format!("{} (n = {})", r.name, r.items.len());
            (
                wrap(&label, 26, 1).pop().unwrap_or_default(),
                r.broken.as_slice(),
            )
        })
        .collect();
    let out = count_grid(&title, &labels, &names, (176.0, 48.0, 58.0), (BROKEN, 0.0));
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
