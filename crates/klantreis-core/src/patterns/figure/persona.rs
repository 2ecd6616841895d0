//! One client over time: a timeline per persona.

use crate::export::svg::{emotion_colour, escape};
use crate::export::table::{Cell, Table, fixed_headers};
use crate::patterns::pool::Pool;
use crate::patterns::views::PersonaRow;
use std::fmt::Write;

use super::draw::*;
use klantreis_words::{Counted, Lang, Msg};

/// The most dots drawn in one row: the latest journeys. One client has a handful; a row of
/// thousands is a name many clients share (or generated data), and drawing every dot made the
/// figure 1.3 MB of SVG (and too wide to read) that blocked the page at 100,000 stories. The table keeps them all.
pub const MAX_DOTS: usize = 12;
/// Where the persona names end (right-aligned), left of the "+n" and the dots.
const NAMES_END: f64 = 130.0;

/// One row per persona, one dot per journey in time order, coloured by its mean emotion.
/// The columns of the personas table.
const HEADERS: [Msg; 4] = [
    Msg::ColPersona,
    Msg::ColJourney,
    Msg::ColStart,
    Msg::ColMeanEmotion,
];

pub fn personas(
    title: String,
    pool: &Pool,
    items: &[usize],
    rows: &[PersonaRow],
    lang: Lang,
) -> Figure {
    let (row_h, step) = (30.0, 28.0);
    let longest = rows.iter().map(|r| r.journeys.len()).max().unwrap_or(1);
    // Room for "+n" before the dots where a row has more than are drawn.
    let label_w = if longest > MAX_DOTS {
        NAMES_END + 60.0
    } else {
        NAMES_END + 10.0
    };
    let (w, h) = (
        label_w + step * longest.min(MAX_DOTS) as f64 + 40.0,
        16.0 + row_h * rows.len().max(1) as f64,
    );
    let mut out = String::new();
    svg_open(&mut out, w.max(320.0), h, &title);
    let mut table_rows = Vec::new();
    let mut evidence = Vec::new();
    let mut by_journey: Vec<Vec<usize>> = vec![Vec::new(); pool.journeys.len()];
    for &i in items {
        by_journey[pool.items[i].journey].push(i);
    }
    for (k, r) in rows.iter().enumerate() {
        let y = 8.0 + k as f64 * row_h + row_h / 2.0;
        text(&mut out, NAMES_END, y + 4.0, 13.0, "end", INK, &r.persona);
        let hidden = row_line(&mut out, r, y, (label_w, step), lang);
        for (n, (j, mean)) in r.journeys.iter().enumerate() {
            let row = table_rows.len();
            let fill = mean.map_or("#9aa3ad", |m| {
                emotion_colour(m.round().clamp(-2.0, 2.0) as i8)
            });
            let journey = &pool.journeys[*j];
            if let Some(n) = n.checked_sub(hidden) {
                let _ = write!(
                    out,
                    "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"9\" fill=\"{fill}\" stroke=\"#ffffff\" data-row=\"{row}\"><title>{}</title></circle>",
                    label_w + 10.0 + step * n as f64,
                    escape(&journey.title)
                );
            }
            table_rows.push(vec![
                Cell::Text(r.persona.clone()),
                Cell::Text(journey.title.clone()),
                Cell::Text(journey.start.map(|d| d.to_string()).unwrap_or_default()),
                mean.map_or(Cell::Empty, |m| Cell::Number((m * 100.0).round() / 100.0)),
            ]);
            evidence.push(by_journey[*j].clone());
        }
    }
    out.push_str("</svg>");
    Figure {
        summary: lang.text_with(
            Msg::FigPeopleWithMoreJourneys,
            &[lang.count(Counted::People, rows.len())],
        ),
        title,
        svg: out,
        table: Table {
            name: "personas",
            headers: fixed_headers(&HEADERS, lang),
            rows: table_rows,
        },
        evidence,
    }
}

/// A row's line, after "+n" where it has more journeys than are drawn; returns that n.
fn row_line(out: &mut String, r: &PersonaRow, y: f64, (x, step): (f64, f64), lang: Lang) -> usize {
    let hidden = r.journeys.len().saturating_sub(MAX_DOTS);
    if hidden > 0 {
        let why = lang.text_with(Msg::FigEarlierNotDrawn, &[hidden.to_string()]);
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"{INK}\"><title>{}</title>+{hidden}</text>",
            x - 4.0,
            y + 4.0,
            escape(&why)
        );
    }
    let _ = write!(
        out,
        "<line x1=\"{x}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#d7dce2\"/>",
        x + step * ((r.journeys.len() - hidden) as f64 - 1.0) + 10.0
    );
    hidden
}
