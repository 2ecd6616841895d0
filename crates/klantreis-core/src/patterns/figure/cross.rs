//! A cross table of two questions (choices by answer, triads by zone), and the answers a selection can take.

use crate::export::svg::wrap;
use crate::export::table::{Cell, Table};
use crate::patterns::compare::category;
use crate::patterns::compare::{Outcome, Subject};
use crate::patterns::composition::Zone;
use crate::patterns::pool::{Kind, Pool};
use crate::patterns::selection::AnswerIs;
use crate::patterns::stats::{self, MIN_GROUP};
use std::fmt::Write;

use super::draw::*;
use super::outcome::outcome_cells;
use super::words::*;
use klantreis_words::{Lang, Msg};

/// Questions that can be crossed: single choices (by option) and triads (by zone).
pub fn categorical(pool: &Pool) -> Vec<usize> {
    (0..pool.questions.len())
        .filter(|&q| match &pool.questions[q].kind {
            Kind::Choice { multiple, .. } => !multiple,
            Kind::Triad { .. } => true,
            Kind::Number { .. } => false,
        })
        .collect()
}

/// Every answer a selection can ask for: each triad's zones and each choice's options.
pub fn answer_choices(pool: &Pool, lang: Lang) -> Vec<(AnswerIs, String)> {
    let english = lang.reads_english();
    let mut out = Vec::new();
    for (q, question) in pool.questions.iter().enumerate() {
        let prompt = question.prompt.get(english);
        for (n, name) in categories(pool, q, lang).into_iter().enumerate() {
            let answer = match question.kind {
                Kind::Triad { .. } => AnswerIs::Zone(q, Zone::ALL[n]),
                _ => AnswerIs::Option(q, n),
            };
            out.push((answer, format!("{prompt} {name}")));
        }
    }
    out
}

pub(super) fn categories(pool: &Pool, q: usize, lang: Lang) -> Vec<String> {
    let english = lang.reads_english();
    match &pool.questions[q].kind {
        Kind::Choice { options, .. } => options
            .iter()
            .map(|(_, label)| label.get(english).to_owned())
            .collect(),
        Kind::Triad { poles } => {
            let poles = poles.clone().map(|p| p.get(english).to_owned());
            Zone::ALL
                .iter()
                .map(|z| zone_name(*z, &poles, lang))
                .collect()
        }
        Kind::Number { .. } => Vec::new(),
    }
}

/// Two categorical questions crossed: counts per cell, shaded, with the chi-square test (or
/// Fisher's for 2×2) in the summary. Each row's items are its evidence.
pub fn cross(pool: &Pool, items: &[usize], rows_q: usize, cols_q: usize, lang: Lang) -> Figure {
    let english = lang.reads_english();
    let (r_names, c_names) = (
        categories(pool, rows_q, lang),
        categories(pool, cols_q, lang),
    );
    let (counts, evidence) = crossed(
        pool,
        items,
        (rows_q, cols_q),
        (r_names.len(), c_names.len()),
    );
    let n: u64 = counts.iter().flatten().sum();
    let title = format!(
        "{} × {}",
        pool.questions[rows_q].prompt.get(english),
        pool.questions[cols_q].prompt.get(english)
    );
    let summary = test_line(&counts, n, lang);
    let labels: Vec<(String, &[u64])> = r_names
        .iter()
        .zip(&counts)
        .map(|(name, row)| (wrap(name, 38, 1).pop().unwrap_or_default(), row.as_slice()))
        .collect();
    // At most 45% of the blue: the dark figure on the darkest cell still has 7:1.
    let out = count_grid(&title, &labels, &c_names, (270.0, 72.0, 84.0), (BAR, 0.05));
    Figure {
        title,
        summary,
        svg: out,
        table: cross_table(&r_names, &c_names, &counts),
        evidence,
    }
}

/// A grid of counts as a whole SVG: a row per (label, counts), a column per name, each
/// cell shaded from `floor` up to `floor + 0.4` of `fill` by its count (so the dark figure on
/// the darkest cell keeps 7:1), carrying its table row.
pub(super) fn count_grid(
    title: &str,
    rows: &[(String, &[u64])],
    columns: &[String],
    (label_w, head, cell_w): (f64, f64, f64),
    (fill, floor): (&str, f64),
) -> String {
    let cell_h = 28.0;
    let (w, h) = (
        label_w + cell_w * columns.len() as f64 + 8.0,
        head + cell_h * rows.len() as f64 + 8.0,
    );
    let max = rows
        .iter()
        .flat_map(|(_, counts)| counts.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut out = String::new();
    svg_open(&mut out, w, h, title);
    column_names(&mut out, columns, label_w, cell_w);
    for (r, (label, counts)) in rows.iter().enumerate() {
        let y = head + cell_h * r as f64;
        text(&mut out, label_w - 8.0, y + 18.0, 12.0, "end", INK, label);
        for (c, &v) in counts.iter().enumerate() {
            let x = label_w + cell_w * c as f64;
            let opacity = floor + 0.4 * v as f64 / max;
            let _ = write!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\" fill-opacity=\"{opacity:.2}\" stroke=\"#d7dce2\" data-row=\"{r}\"/>",
                x + 1.0,
                y + 1.0,
                cell_w - 2.0,
                cell_h - 2.0,
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
    out
}

/// The column categories' names above their columns, wrapped on up to three lines.
fn column_names(out: &mut String, c_names: &[String], label_w: f64, cell_w: f64) {
    for (c, name) in c_names.iter().enumerate() {
        let x = label_w + cell_w * (c as f64 + 0.5);
        for (line, t) in wrap(name, 12, 3).iter().enumerate() {
            text(out, x, 20.0 + line as f64 * 14.0, 11.0, "middle", MUTED, t);
        }
    }
}

/// The count in each (row, column) cell, and each row's items as its evidence.
fn crossed(
    pool: &Pool,
    items: &[usize],
    (rows_q, cols_q): (usize, usize),
    (rows, cols): (usize, usize),
) -> (Vec<Vec<u64>>, Vec<Vec<usize>>) {
    let mut counts = vec![vec![0u64; cols]; rows];
    let mut evidence = vec![Vec::new(); rows];
    let (rs, cs) = (Subject::Question(rows_q), Subject::Question(cols_q));
    for &i in items {
        if let (Some(r), Some(c)) = (category(pool, rs, i), category(pool, cs, i)) {
            counts[r][c] += 1;
            evidence[r].push(i);
        }
    }
    (counts, evidence)
}

/// n, the test, its statistic, p and effect in one line.
fn test_line(counts: &[Vec<u64>], n: u64, lang: Lang) -> String {
    let outcome = if (n as usize) < MIN_GROUP {
        Outcome::TooFew
    } else {
        stats::chi_square(counts).map_or(Outcome::NoVariation, Outcome::ChiSquare)
    };
    let [test, stat, effect, note] = outcome_cells(&outcome, lang);
    match outcome.p() {
        Some(p) => format!(
            "n = {n} · {} = {} · p = {} · {} {} · {}",
            test.render(lang),
            stat.render(lang),
            lang.number(p),
            lang.text(Msg::FigEffect),
            effect.render(lang),
            note.render(lang)
        ),
        None => format!("n = {n} · {}", note.render(lang)),
    }
}

/// The counts as a table: one row per row category, one column per column category.
fn cross_table(r_names: &[String], c_names: &[String], counts: &[Vec<u64>]) -> Table {
    let mut headers = vec![String::new()];
    headers.extend(c_names.iter().cloned());
    let rows = r_names
        .iter()
        .zip(counts)
        .map(|(name, row)| {
            let mut cells = vec![Cell::Text(name.clone())];
            cells.extend(row.iter().map(|v| Cell::Number(*v as f64)));
            cells
        })
        .collect();
    Table {
        name: "cross",
        headers,
        rows,
    }
}
