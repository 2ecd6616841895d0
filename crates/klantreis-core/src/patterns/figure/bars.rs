//! The choice figure: bars per option.

use crate::export::svg::{escape, wrap};
use crate::export::table::{Cell, Table, fixed_headers};
use std::fmt::Write;

use super::draw::*;
use super::words::*;
use klantreis_words::{Lang, Msg};

pub(super) fn bars(
    title: String,
    options: &[Vec<usize>],
    labels: &[String],
    answered: usize,
    na: usize,
    lang: Lang,
) -> Figure {
    let (w, row_h, label_w, pad) = (520.0, 30.0, 200.0, 12.0);
    let h = pad * 2.0 + row_h * options.len().max(1) as f64;
    let max = options.iter().map(Vec::len).max().unwrap_or(0).max(1) as f64;
    let mut out = String::new();
    svg_open(&mut out, w, h, &title);
    for (k, items) in options.iter().enumerate() {
        let y = pad + k as f64 * row_h;
        let bw = (w - label_w - 60.0) * items.len() as f64 / max;
        let label = wrap(&labels[k], 30, 1).pop().unwrap_or_default();
        text(&mut out, label_w - 8.0, y + 19.0, 13.0, "end", INK, &label);
        let _ = write!(
            out,
            "<rect x=\"{label_w}\" y=\"{:.1}\" width=\"{bw:.1}\" height=\"{:.1}\" fill=\"{BAR}\" data-row=\"{k}\"><title>{}: {}</title></rect>",
            y + 4.0,
            row_h - 8.0,
            escape(&labels[k]),
            items.len()
        );
        text(
            &mut out,
            label_w + bw + 6.0,
            y + 19.0,
            12.0,
            "start",
            INK,
            &items.len().to_string(),
        );
    }
    out.push_str("</svg>");
    let rows = options
        .iter()
        .zip(labels)
        .map(|(items, l)| {
            vec![
                Cell::Text(l.clone()),
                Cell::Number(items.len() as f64),
                percent(items.len(), answered),
            ]
        })
        .collect();
    Figure {
        title,
        summary: n_line(answered, na, lang),
        svg: out,
        table: Table {
            name: "choice",
            headers: fixed_headers(&[Msg::ColAnswer, Msg::ColCount, Msg::ColShare], lang),
            rows,
        },
        evidence: options.to_vec(),
    }
}
