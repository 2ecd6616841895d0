//! The patterns page's charts as self-contained SVG (the same text is shown, downloaded and
//! drawn into a PNG), each with its data table. Bars, zones and cells carry `data-row` (the
//! table row whose items they stand for); triad points carry `data-item` (one pooled item).

use super::compare::category;
use super::compare::{Comparison, Outcome, Pair, Subject};
use super::composition::Zone;
use super::pool::{Kind, Pool};
use super::selection::AnswerIs;
use super::stats::{self, MIN_GROUP, Method};
use super::views::{self, CurvePoint, GroupRow, PersonaRow, QuestionView};
use crate::export::svg::{emotion_colour, escape, wrap};
use crate::export::table::{Cell, Language, Table, channel_text, fixed_headers};
use crate::signifier::triad::{HEIGHT, point_of};
use crate::touchpoint::Channel;
use std::fmt::Write;

const FONT: &str = "font-family=\"system-ui, sans-serif\"";
const INK: &str = "#1b1f24";
const MUTED: &str = "#4b5563";
const LINE: &str = "#9aa3ad";
const BAR: &str = "#154273";
/// Above this many answers a triad shows density cells instead of single points.
pub const MAX_POINTS: usize = 2_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub title: String,
    /// n, mean and the like, in one line under the title.
    pub summary: String,
    pub svg: String,
    pub table: Table,
    /// The items behind each table row.
    pub evidence: Vec<Vec<usize>>,
}

fn svg_open(out: &mut String, w: f64, h: f64, title: &str) {
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" {FONT}><title>{}</title><rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>",
        escape(title)
    );
}

fn text(out: &mut String, x: f64, y: f64, size: f64, anchor: &str, fill: &str, s: &str) {
    let _ = write!(
        out,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"{fill}\">{}</text>",
        escape(s)
    );
}

fn percent(part: usize, whole: usize) -> Cell {
    if whole == 0 {
        Cell::Empty
    } else {
        Cell::Number((part as f64 / whole as f64 * 1000.0).round() / 10.0)
    }
}

fn number_text(x: f64, lang: Language) -> String {
    lang.number((x * 100.0).round() / 100.0)
}

fn touchpoints(n: usize, lang: Language) -> String {
    format!("{n} {}", lang.pick("contactmomenten", "touchpoints"))
}

fn n_line(n: usize, na: usize, lang: Language) -> String {
    format!("n = {n} · {} {na}", lang.pick("n.v.t.", "n/a"))
}

/// The zone's name, with the poles' own words.
pub fn zone_name(z: Zone, poles: &[String; 3], lang: Language) -> String {
    match z {
        Zone::Pole(i) => format!("{} {}", lang.pick("vooral", "mostly"), poles[i as usize]),
        Zone::Between(i) => {
            let (a, b) = match i {
                0 => (1, 2),
                1 => (0, 2),
                _ => (0, 1),
            };
            format!(
                "{} {} {} {}",
                lang.pick("tussen", "between"),
                poles[a],
                lang.pick("en", "and"),
                poles[b]
            )
        }
        Zone::Centre => lang
            .pick("midden: alle drie", "centre: all three")
            .to_owned(),
    }
}

pub fn question(pool: &Pool, items: &[usize], q: usize, lang: Language) -> Figure {
    let english = lang == Language::English;
    let question = &pool.questions[q];
    let title = question.prompt.get(english).to_owned();
    match (views::question(pool, items, q), &question.kind) {
        (QuestionView::Triad(v), Kind::Triad { poles }) => {
            let poles = poles.clone().map(|p| p.get(english).to_owned());
            triad(title, &v, &poles, lang)
        }
        (
            QuestionView::Number(v),
            Kind::Number {
                min,
                max,
                left,
                right,
            },
        ) => histogram(
            title,
            &v,
            (*min, *max),
            [left.get(english), right.get(english)],
            lang,
        ),
        (QuestionView::Choice(v), Kind::Choice { options, .. }) => {
            let labels: Vec<String> = options
                .iter()
                .map(|(_, l)| l.get(english).to_owned())
                .collect();
            bars(
                title,
                &v.options,
                &labels,
                v.answered,
                v.not_applicable,
                lang,
            )
        }
        _ => bars(title, &[], &[], 0, 0, lang),
    }
}

fn triad(title: String, v: &views::TriadView, poles: &[String; 3], lang: Language) -> Figure {
    const S: f64 = 360.0; // side of the triangle
    const PAD: f64 = 70.0;
    let (w, h) = (S + 2.0 * PAD, S * HEIGHT + 2.0 * PAD);
    let at = |p: [f64; 3]| {
        let (x, y) = point_of(p);
        (PAD + x * S, PAD + y * S)
    };
    let mut out = String::new();
    svg_open(&mut out, w, h, &title);
    let corners = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]].map(at);
    // The seven zones, shaded lightly, behind the points; each leads to its answers.
    for z in Zone::ALL {
        let shape: Vec<(f64, f64)> = zone_polygon(z).into_iter().map(at).collect();
        let points: String = shape
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1} "))
            .collect();
        let fill = match z {
            Zone::Pole(_) => "#eef2f7",
            Zone::Between(_) => "#f7f8fa",
            Zone::Centre => "#e6ebf2",
        };
        let _ = write!(
            out,
            "<polygon points=\"{points}\" fill=\"{fill}\" stroke=\"#d7dce2\" data-row=\"{}\"/>",
            z.index()
        );
    }
    let outline: String = corners
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1} "))
        .collect();
    let _ = write!(
        out,
        "<polygon points=\"{outline}\" fill=\"none\" stroke=\"{LINE}\" stroke-width=\"1.5\"/>"
    );
    if v.points.len() <= MAX_POINTS {
        for (i, p) in &v.points {
            let (x, y) = at(*p);
            let _ = write!(
                out,
                "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"{BAR}\" fill-opacity=\"0.55\" stroke=\"#ffffff\" stroke-width=\"0.5\" data-item=\"{i}\"/>"
            );
        }
    } else {
        density(&mut out, v, &at);
    }
    if let Some(m) = v.mean {
        let (x, y) = at(m);
        let _ = write!(
            out,
            "<path d=\"M{:.1},{:.1} l8,8 l-8,8 l-8,-8 z\" fill=\"#ffbf47\" stroke=\"{INK}\" stroke-width=\"1.5\"><title>{}</title></path>",
            x,
            y - 8.0,
            escape(lang.pick("gemiddelde", "mean"))
        );
    }
    // Pole names: top centred, bottom ones under their corners.
    let anchors = [
        ("middle", 0.0, -34.0),
        ("start", -60.0, 26.0),
        ("end", 60.0, 26.0),
    ];
    for (k, (x, y)) in corners.iter().enumerate() {
        let (anchor, dx, dy) = anchors[k];
        for (line, t) in wrap(&poles[k], 30, 2).iter().enumerate() {
            text(
                &mut out,
                x + dx,
                y + dy + line as f64 * 15.0,
                13.0,
                anchor,
                INK,
                t,
            );
        }
    }
    out.push_str("</svg>");

    let total = v.points.len();
    let headers = fixed_headers(
        &[
            ("zone", "zone"),
            ("aantal", "count"),
            ("aandeel (%)", "share (%)"),
        ],
        lang,
    );
    let rows = Zone::ALL
        .iter()
        .map(|z| {
            let n = v.zones[z.index()].len();
            vec![
                Cell::Text(zone_name(*z, poles, lang)),
                Cell::Number(n as f64),
                percent(n, total),
            ]
        })
        .collect();
    let mean = v.mean.map_or(String::new(), |m| {
        format!(
            " · {}: {}",
            lang.pick("gemiddelde", "mean"),
            m.iter()
                .map(|x| format!("{}%", (x * 100.0).round()))
                .collect::<Vec<_>>()
                .join(" / ")
        )
    });
    Figure {
        summary: format!("{}{mean}", n_line(total, v.not_applicable, lang)),
        title,
        svg: out,
        table: Table {
            name: "triad",
            headers,
            rows,
        },
        evidence: v.zones.to_vec(),
    }
}

/// Corner points of a zone in weights, for shading.
fn zone_polygon(z: Zone) -> Vec<[f64; 3]> {
    // Built for pole 0 / between-away-from-2 / centre, then turned to the right pole.
    let turn =
        |p: [f64; 3], k: usize| -> [f64; 3] { [p[(3 - k) % 3], p[(4 - k) % 3], p[(5 - k) % 3]] };
    match z {
        Zone::Pole(i) => [[1.0, 0.0, 0.0], [0.6, 0.4, 0.0], [0.6, 0.0, 0.4]]
            .iter()
            .map(|p| turn(*p, i as usize))
            .collect(),
        Zone::Between(i) => {
            // Away from pole i: the strip along the opposite edge, third weight below 0.2.
            let base = [
                [0.0, 0.6, 0.4],
                [0.0, 0.4, 0.6],
                [0.2, 0.2, 0.6],
                [0.2, 0.6, 0.2],
            ];
            base.iter().map(|p| turn(*p, i as usize)).collect()
        }
        Zone::Centre => vec![
            [0.6, 0.2, 0.2],
            [0.4, 0.4, 0.2],
            [0.2, 0.6, 0.2],
            [0.2, 0.4, 0.4],
            [0.2, 0.2, 0.6],
            [0.4, 0.2, 0.4],
        ],
    }
}

/// Many answers: the triangle cut into 100 small triangles, darker where more answers lie.
fn density(out: &mut String, v: &views::TriadView, at: &impl Fn([f64; 3]) -> (f64, f64)) {
    const N: usize = 10;
    // A cell is (row, column, pointing up) in steps of 1/N of the second and third weight.
    let cell = |w: [f64; 3]| {
        let a = ((w[1] * N as f64).floor() as usize).min(N - 1);
        let b = ((w[2] * N as f64).floor() as usize).min(N - 1 - a);
        let fractions = (w[1] * N as f64 - a as f64) + (w[2] * N as f64 - b as f64);
        (a, b, fractions < 1.0 || a + b == N - 1)
    };
    let mut cells: Vec<((usize, usize, bool), usize)> = Vec::new();
    for (_, w) in &v.points {
        let c = cell(*w);
        match cells.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => cells.push((c, 1)),
        }
    }
    let max = cells.iter().map(|(_, n)| *n).max().unwrap_or(1) as f64;
    let step = 1.0 / N as f64;
    for ((a, b, up), n) in cells {
        let (a, b) = (a as f64 * step, b as f64 * step);
        let tri = if up {
            [
                [1.0 - a - b, a, b],
                [1.0 - a - b - step, a + step, b],
                [1.0 - a - b - step, a, b + step],
            ]
        } else {
            [
                [1.0 - a - b - step, a + step, b],
                [1.0 - a - b - 2.0 * step, a + step, b + step],
                [1.0 - a - b - step, a, b + step],
            ]
        };
        let points: String = tri
            .iter()
            .map(|p| at(*p))
            .map(|(x, y)| format!("{x:.1},{y:.1} "))
            .collect();
        let _ = write!(
            out,
            "<polygon points=\"{points}\" fill=\"{BAR}\" fill-opacity=\"{:.2}\"><title>{n}</title></polygon>",
            0.1 + 0.85 * n as f64 / max
        );
    }
}

fn histogram(
    title: String,
    v: &views::NumberView,
    range: (f64, f64),
    ends: [&str; 2],
    lang: Language,
) -> Figure {
    let (w, h, pad) = (520.0, 240.0, 40.0);
    let n = v.bins.len();
    let max = v.bins.iter().map(Vec::len).max().unwrap_or(0).max(1) as f64;
    let bw = (w - 2.0 * pad) / n as f64;
    let mut out = String::new();
    svg_open(&mut out, w, h, &title);
    let step = (range.1 - range.0) / n as f64;
    let emotion = n == 5;
    let label = |k: usize| {
        if emotion {
            format!("{}", range.0 as i64 + k as i64)
        } else {
            format!(
                "{}–{}",
                (range.0 + step * k as f64) as i64,
                (range.0 + step * (k + 1) as f64) as i64
            )
        }
    };
    for (k, bin) in v.bins.iter().enumerate() {
        let bh = (h - 2.0 * pad - 20.0) * bin.len() as f64 / max;
        let x = pad + k as f64 * bw;
        let y = h - pad - bh;
        let fill = if emotion {
            emotion_colour(k as i8 - 2)
        } else {
            BAR
        };
        let _ = write!(
            out,
            "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{bh:.1}\" fill=\"{fill}\" data-row=\"{k}\"><title>{}: {}</title></rect>",
            x + 2.0,
            bw - 4.0,
            escape(&label(k)),
            bin.len()
        );
        text(
            &mut out,
            x + bw / 2.0,
            y - 4.0,
            12.0,
            "middle",
            INK,
            &bin.len().to_string(),
        );
        text(
            &mut out,
            x + bw / 2.0,
            h - pad + 16.0,
            11.0,
            "middle",
            MUTED,
            &label(k),
        );
    }
    let _ = write!(
        out,
        "<line x1=\"{pad}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{LINE}\"/>",
        h - pad,
        w - pad,
        h - pad
    );
    text(&mut out, pad, h - 6.0, 12.0, "start", INK, ends[0]);
    text(&mut out, w - pad, h - 6.0, 12.0, "end", INK, ends[1]);
    out.push_str("</svg>");
    let summary = match &v.describe {
        Some(d) => format!(
            "{} · {} {} · {} {} · sd {}",
            n_line(d.n, v.not_applicable, lang),
            lang.pick("gemiddelde", "mean"),
            number_text(d.mean, lang),
            lang.pick("mediaan", "median"),
            number_text(d.median, lang),
            if d.sd.is_nan() {
                "–".to_owned()
            } else {
                number_text(d.sd, lang)
            },
        ),
        None => n_line(0, v.not_applicable, lang),
    };
    let rows = (0..n)
        .map(|k| vec![Cell::Text(label(k)), Cell::Number(v.bins[k].len() as f64)])
        .collect();
    Figure {
        title,
        summary,
        svg: out,
        table: Table {
            name: "histogram",
            headers: fixed_headers(&[("waarde", "value"), ("aantal", "count")], lang),
            rows,
        },
        evidence: v.bins.clone(),
    }
}

fn bars(
    title: String,
    options: &[Vec<usize>],
    labels: &[String],
    answered: usize,
    na: usize,
    lang: Language,
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
            headers: fixed_headers(
                &[
                    ("antwoord", "answer"),
                    ("aantal", "count"),
                    ("aandeel (%)", "share (%)"),
                ],
                lang,
            ),
            rows,
        },
        evidence: options.to_vec(),
    }
}

/// A light tint per emotion step, so the dark figure on it keeps AA contrast.
fn heat(mean: f64) -> &'static str {
    match mean.round().clamp(-2.0, 2.0) as i8 {
        -2 => "#f4c7c3",
        -1 => "#fbe0c8",
        0 => "#eceef1",
        1 => "#d3ecd9",
        _ => "#b7dfc2",
    }
}

/// Emotion and counts per agency or per channel: a heat map of the mean emotion with the
/// counts beside it.
pub fn groups(title: String, rows: &[GroupRow], lang: Language) -> Figure {
    let (w, row_h, label_w) = (620.0, 28.0, 180.0);
    let head = 40.0;
    let h = head + row_h * rows.len().max(1) as f64 + 8.0;
    let cols = [
        lang.pick("contacten", "contacts"),
        lang.pick("beleving", "emotion"),
        lang.pick("knelpunten", "pain points"),
        lang.pick("kansen", "opportunities"),
        lang.pick("systeem %", "system %"),
        lang.pick("wacht, dagen", "wait, days"),
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
    let cells = |r: &GroupRow| -> Vec<Cell> {
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
    };
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
    let mut headers = vec![lang.pick("naam", "name").to_owned()];
    headers.extend(cols.iter().map(|c| (*c).to_owned()));
    Figure {
        summary: touchpoints(rows.iter().map(|r| r.items.len()).sum(), lang),
        title,
        svg: out,
        table: Table {
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
        },
        evidence: rows.iter().map(|r| r.items.clone()).collect(),
    }
}

/// The pooled emotion curve over where touchpoints fall in their journeys.
pub fn curve(title: String, points: &[CurvePoint], lang: Language) -> Figure {
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
        lang.pick("begin van de reis", "start of the journey"),
    );
    text(
        &mut out,
        w - pad,
        h - 10.0,
        12.0,
        "end",
        INK,
        lang.pick("einde", "end"),
    );
    out.push_str("</svg>");
    let label = |t: usize| format!("{}–{}%", t * 10, t * 10 + 10);
    Figure {
        summary: touchpoints(points.iter().map(|p| p.items.len()).sum(), lang),
        title,
        svg: out,
        table: Table {
            name: "curve",
            headers: fixed_headers(
                &[
                    ("plaats in de reis", "place in the journey"),
                    ("contacten", "contacts"),
                    ("gemiddelde beleving", "mean emotion"),
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
        },
        evidence: points.iter().map(|p| p.items.clone()).collect(),
    }
}

/// One row per persona, one dot per journey in time order, coloured by its mean emotion.
pub fn personas(
    title: String,
    pool: &Pool,
    items: &[usize],
    rows: &[PersonaRow],
    lang: Language,
) -> Figure {
    let (row_h, label_w, step) = (30.0, 140.0, 28.0);
    let longest = rows.iter().map(|r| r.journeys.len()).max().unwrap_or(1) as f64;
    let (w, h) = (
        label_w + step * longest + 40.0,
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
        text(
            &mut out,
            label_w - 10.0,
            y + 4.0,
            13.0,
            "end",
            INK,
            &r.persona,
        );
        let _ = write!(
            out,
            "<line x1=\"{label_w}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#d7dce2\"/>",
            label_w + step * (r.journeys.len() as f64 - 1.0) + 10.0
        );
        for (n, (j, mean)) in r.journeys.iter().enumerate() {
            let row = table_rows.len();
            let fill = mean.map_or("#9aa3ad", |m| {
                emotion_colour(m.round().clamp(-2.0, 2.0) as i8)
            });
            let journey = &pool.journeys[*j];
            let _ = write!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"9\" fill=\"{fill}\" stroke=\"#ffffff\" data-row=\"{row}\"><title>{}</title></circle>",
                label_w + 10.0 + step * n as f64,
                escape(&journey.title)
            );
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
        summary: format!(
            "{} {}",
            rows.len(),
            lang.pick(
                "personen met meer dan één reis",
                "people with more than one journey"
            )
        ),
        title,
        svg: out,
        table: Table {
            name: "personas",
            headers: fixed_headers(
                &[
                    ("persona", "persona"),
                    ("reis", "journey"),
                    ("begin", "start"),
                    ("gemiddelde beleving", "mean emotion"),
                ],
                lang,
            ),
            rows: table_rows,
        },
        evidence,
    }
}

/// The figures after the questions' (see [`question`]): per agency, per channel, the curve,
/// one client over time.
pub fn overview(pool: &Pool, items: &[usize], lang: Language) -> Vec<Figure> {
    let mut out = Vec::new();
    out.push(groups(
        lang.pick("Beleving per instantie", "Emotion per agency")
            .to_owned(),
        &views::groups(pool, items, |i| i.agency.as_deref()),
        lang,
    ));
    let mut channels = views::groups(pool, items, |i| i.channel.as_deref());
    for row in &mut channels {
        if let Some(fixed) = Channel::FIXED.iter().find(|c| c.key() == row.name) {
            row.name = channel_text(fixed, lang);
        }
    }
    out.push(groups(
        lang.pick("Beleving per kanaal", "Emotion per channel")
            .to_owned(),
        &channels,
        lang,
    ));
    out.push(curve(
        lang.pick("Beleving over de reis", "Emotion over the journey")
            .to_owned(),
        &views::curve(pool, items),
        lang,
    ));
    let rows = views::personas(pool, items);
    out.push(personas(
        lang.pick("Eén cliënt door de tijd", "One client over time")
            .to_owned(),
        pool,
        items,
        &rows,
        lang,
    ));
    out
}

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
pub fn answer_choices(pool: &Pool, lang: Language) -> Vec<(AnswerIs, String)> {
    let english = lang == Language::English;
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

fn categories(pool: &Pool, q: usize, lang: Language) -> Vec<String> {
    let english = lang == Language::English;
    match &pool.questions[q].kind {
        Kind::Choice { options, .. } => options
            .iter()
            .map(|(_, l)| l.get(english).to_owned())
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
pub fn cross(pool: &Pool, items: &[usize], rows_q: usize, cols_q: usize, lang: Language) -> Figure {
    let english = lang == Language::English;
    let (r_names, c_names) = (
        categories(pool, rows_q, lang),
        categories(pool, cols_q, lang),
    );
    let mut counts = vec![vec![0u64; c_names.len()]; r_names.len()];
    let mut evidence = vec![Vec::new(); r_names.len()];
    let (rs, cs) = (Subject::Question(rows_q), Subject::Question(cols_q));
    for &i in items {
        if let (Some(r), Some(c)) = (category(pool, rs, i), category(pool, cs, i)) {
            counts[r][c] += 1;
            evidence[r].push(i);
        }
    }
    let n: u64 = counts.iter().flatten().sum();
    let title = format!(
        "{} × {}",
        pool.questions[rows_q].prompt.get(english),
        pool.questions[cols_q].prompt.get(english)
    );
    let outcome = if (n as usize) < MIN_GROUP {
        Outcome::TooFew
    } else {
        stats::chi_square(&counts).map_or(Outcome::NoVariation, Outcome::ChiSquare)
    };
    let [test, stat, effect, note] = outcome_cells(&outcome, lang);
    let summary = match outcome.p() {
        Some(p) => format!(
            "n = {n} · {} = {} · p = {} · {} {} · {}",
            test.render(lang),
            stat.render(lang),
            lang.number(p),
            lang.pick("effect", "effect"),
            effect.render(lang),
            note.render(lang)
        ),
        None => format!("n = {n} · {}", note.render(lang)),
    };
    let (label_w, head, cell_w, cell_h) = (270.0, 72.0, 84.0, 28.0);
    let (w, h) = (
        label_w + cell_w * c_names.len() as f64 + 8.0,
        head + cell_h * r_names.len() as f64 + 8.0,
    );
    let max = counts.iter().flatten().copied().max().unwrap_or(0).max(1) as f64;
    let mut out = String::new();
    svg_open(&mut out, w, h, &title);
    for (c, name) in c_names.iter().enumerate() {
        let x = label_w + cell_w * (c as f64 + 0.5);
        for (line, t) in wrap(name, 12, 3).iter().enumerate() {
            text(
                &mut out,
                x,
                20.0 + line as f64 * 14.0,
                11.0,
                "middle",
                MUTED,
                t,
            );
        }
    }
    for (r, name) in r_names.iter().enumerate() {
        let y = head + cell_h * r as f64;
        text(
            &mut out,
            label_w - 8.0,
            y + 18.0,
            12.0,
            "end",
            INK,
            &wrap(name, 38, 1).pop().unwrap_or_default(),
        );
        for (c, &v) in counts[r].iter().enumerate() {
            let x = label_w + cell_w * c as f64;
            let shade = v as f64 / max;
            // At most 45% of the blue: the dark figure on the darkest cell still has 7:1.
            let _ = write!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{BAR}\" fill-opacity=\"{:.2}\" stroke=\"#d7dce2\" data-row=\"{r}\"/>",
                x + 1.0,
                y + 1.0,
                cell_w - 2.0,
                cell_h - 2.0,
                0.05 + 0.4 * shade
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
    let mut headers = vec![String::new()];
    headers.extend(c_names.iter().cloned());
    let rows = r_names
        .iter()
        .zip(&counts)
        .map(|(name, row)| {
            let mut cells = vec![Cell::Text(name.clone())];
            cells.extend(row.iter().map(|v| Cell::Number(*v as f64)));
            cells
        })
        .collect();
    Figure {
        title,
        summary,
        svg: out,
        table: Table {
            name: "cross",
            headers,
            rows,
        },
        evidence,
    }
}

/// What a comparison or pair is about, in words.
pub fn subject_name(pool: &Pool, s: Subject, lang: Language) -> String {
    match s {
        Subject::Emotion => lang
            .pick("Beleving van het contact", "Emotion of the contact")
            .to_owned(),
        Subject::Question(q) => pool.questions[q]
            .prompt
            .get(lang == Language::English)
            .to_owned(),
    }
}

fn p_cell(p: Option<f64>) -> Cell {
    p.map_or(Cell::Empty, Cell::Number)
}

/// Test name, statistic, effect size and a note for one outcome.
fn outcome_cells(o: &Outcome, lang: Language) -> [Cell; 4] {
    let t = |s: &str| Cell::Text(s.to_owned());
    match o {
        Outcome::MannWhitney(m) => [
            t("Mann-Whitney U"),
            Cell::Number(m.u),
            Cell::Number(m.r),
            t(match m.method {
                Method::Exact => lang.pick(
                    "exact; effect: rang-biseriële r",
                    "exact; effect: rank-biserial r",
                ),
                Method::Asymptotic => lang.pick(
                    "normale benadering; effect: rang-biseriële r",
                    "normal approximation; effect: rank-biserial r",
                ),
            }),
        ],
        Outcome::ChiSquare(c) => [
            t(if c.fisher_p.is_some() {
                "Fisher exact (2×2)"
            } else {
                lang.pick("chi-kwadraat", "chi-square")
            }),
            Cell::Number(c.statistic),
            Cell::Number(c.cramers_v),
            t(if c.small_expected {
                lang.pick(
                    "let op: kleine verwachte aantallen, p is onbetrouwbaar; effect: Cramérs V",
                    "caution: small expected counts, p is unreliable; effect: Cramér's V",
                )
            } else {
                lang.pick("effect: Cramérs V", "effect: Cramér's V")
            }),
        ],
        Outcome::Spearman(sp) => [
            t("Spearman"),
            Cell::Number(sp.rho),
            Cell::Number(sp.rho),
            t(lang.pick("effect: rho", "effect: rho")),
        ],
        Outcome::Triad { composition, zones } => [
            t(lang.pick(
                "permutatietoets (log-ratio)",
                "permutation test (log-ratio)",
            )),
            Cell::Number(composition.statistic),
            zones
                .as_ref()
                .map_or(Cell::Empty, |z| Cell::Number(z.cramers_v)),
            Cell::Text(format!(
                "{}{}",
                if composition.exact {
                    lang.pick("alle verdelingen geteld", "every split counted")
                        .to_owned()
                } else {
                    format!(
                        "{} {}",
                        composition.resamples,
                        lang.pick("verdelingen (vaste seed)", "splits (fixed seed)")
                    )
                },
                zones.as_ref().map_or(String::new(), |z| format!(
                    "; {} p = {}",
                    lang.pick("zones chi-kwadraat", "zones chi-square"),
                    lang.number(z.p)
                ))
            )),
        ],
        Outcome::TooFew => [
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Text(format!(
                "{} {MIN_GROUP} {}",
                lang.pick("alleen aantallen: minder dan", "counts only: fewer than"),
                lang.pick("antwoorden in een groep", "answers in a group")
            )),
        ],
        Outcome::NoVariation => [
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            t(lang.pick(
                "geen toets: alle antwoorden gelijk",
                "no test: all answers alike",
            )),
        ],
    }
}

/// Selection A against B, one row per subject.
pub fn comparison_table(pool: &Pool, list: &[Comparison], lang: Language) -> Table {
    let headers = [
        ("onderwerp", "subject"),
        ("n A", "n A"),
        ("n B", "n B"),
        ("toets", "test"),
        ("statistiek", "statistic"),
        ("p", "p"),
        ("p (BH)", "p (BH)"),
        ("effect", "effect"),
        ("toelichting", "note"),
    ];
    let rows = list
        .iter()
        .map(|c| {
            let [test, stat, effect, note] = outcome_cells(&c.outcome, lang);
            vec![
                Cell::Text(subject_name(pool, c.subject, lang)),
                Cell::Number(c.n.0 as f64),
                Cell::Number(c.n.1 as f64),
                test,
                stat,
                p_cell(c.outcome.p()),
                p_cell(c.adjusted),
                effect,
                note,
            ]
        })
        .collect();
    Table {
        name: "comparison",
        headers: fixed_headers(&headers, lang),
        rows,
    }
}

/// The patterns list, strongest first.
pub fn pairs_table(pool: &Pool, list: &[Pair], lang: Language) -> Table {
    let headers = [
        ("eerste", "first"),
        ("tweede", "second"),
        ("n", "n"),
        ("toets", "test"),
        ("statistiek", "statistic"),
        ("p", "p"),
        ("p (BH)", "p (BH)"),
        ("effect", "effect"),
        ("toelichting", "note"),
    ];
    let option = |p: &Pair| -> String {
        let Some(o) = p.option else {
            return String::new();
        };
        [p.first, p.second]
            .iter()
            .find_map(|s| match s {
                Subject::Question(q) => match &pool.questions[*q].kind {
                    Kind::Choice { options, .. } => options.get(o).map(|(_, l)| {
                        format!(
                            ": {} “{}” {}",
                            lang.pick("antwoord", "answer"),
                            l.get(lang == Language::English),
                            lang.pick("tegen de rest", "against the rest")
                        )
                    }),
                    _ => None,
                },
                Subject::Emotion => None,
            })
            .unwrap_or_default()
    };
    let rows = list
        .iter()
        .map(|p| {
            let [test, stat, effect, note] = outcome_cells(&p.outcome, lang);
            vec![
                Cell::Text(format!(
                    "{}{}",
                    subject_name(pool, p.first, lang),
                    option(p)
                )),
                Cell::Text(subject_name(pool, p.second, lang)),
                Cell::Number(p.n as f64),
                test,
                stat,
                p_cell(p.outcome.p()),
                p_cell(p.adjusted),
                effect,
                note,
            ]
        })
        .collect();
    Table {
        name: "pairs",
        headers: fixed_headers(&headers, lang),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::population;
    use crate::patterns::Selection;

    fn every(pool: &Pool) -> Vec<usize> {
        Selection::default().select(pool)
    }

    #[test]
    fn each_question_has_a_figure_whose_rows_match_its_evidence() {
        let pool = Pool::new(&population(8, 12, 6, 1));
        let items = every(&pool);
        for q in 0..pool.questions.len() {
            let f = question(&pool, &items, q, Language::Dutch);
            assert_eq!(f.table.rows.len(), f.evidence.len(), "{}", f.title);
            assert!(
                f.svg
                    .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            );
            assert!(f.svg.ends_with("</svg>"));
            // Something is drawn that leads to the table, and only rows of the table.
            let drawn: std::collections::BTreeSet<usize> = f
                .svg
                .split("data-row=\"")
                .skip(1)
                .filter_map(|rest| rest.split('"').next()?.parse().ok())
                .collect();
            let all: std::collections::BTreeSet<usize> = (0..f.table.rows.len()).collect();
            assert!(!all.is_empty(), "{}: a table with rows", f.title);
            assert!(
                !drawn.is_empty(),
                "{}: nothing drawn leads to a row",
                f.title
            );
            assert!(
                drawn.is_subset(&all),
                "{}: {drawn:?} outside the table",
                f.title
            );
        }
    }

    #[test]
    fn a_triad_draws_points_until_there_are_too_many() {
        let focus = |pool: &Pool| {
            pool.questions
                .iter()
                .position(|q| q.id.as_str() == "focus")
                .unwrap()
        };
        let pool = Pool::new(&population(9, 10, 5, 0));
        let items = every(&pool);
        let f = question(&pool, &items, focus(&pool), Language::English);
        let QuestionView::Triad(v) = views::question(&pool, &items, focus(&pool)) else {
            panic!()
        };
        assert_eq!(f.svg.matches("data-item=").count(), v.points.len());
        assert!(f.summary.starts_with(&format!("n = {}", v.points.len())));

        let big = Pool::new(&population(9, 300, 10, 0));
        let items = every(&big);
        let f = question(&big, &items, focus(&big), Language::English);
        assert_eq!(
            f.svg.matches("data-item=").count(),
            0,
            "density instead of points"
        );
        assert!(f.svg.matches("fill-opacity").count() > 20);
    }

    #[test]
    fn names_are_escaped_in_every_figure() {
        let mut journeys = population(10, 6, 4, 0);
        for j in &mut journeys {
            j.persona.name = "<script>x</script>".into();
            j.agencies[0].name = "A & <b>".into();
        }
        let pool = Pool::new(&journeys);
        let items = every(&pool);
        let rows = views::personas(&pool, &items);
        let p = personas("p".into(), &pool, &items, &rows, Language::Dutch);
        assert!(p.svg.contains("&lt;script&gt;") && !p.svg.contains("<script"));
        let g = groups(
            "g".into(),
            &views::groups(&pool, &items, |i| i.agency.as_deref()),
            Language::Dutch,
        );
        assert!(g.svg.contains("A &amp; &lt;b&gt;"));
    }

    #[test]
    fn a_cross_table_counts_each_answer_once_and_tests_it() {
        let pool = Pool::new(&population(12, 40, 6, 1));
        let items = every(&pool);
        let cat = categorical(&pool);
        assert_eq!(cat.len(), 2, "the triad and the single choice");
        let f = cross(&pool, &items, cat[0], cat[1], Language::Dutch);
        assert_eq!(f.table.rows.len(), 7);
        assert_eq!(f.table.headers.len(), 1 + 4);
        let total: f64 = f
            .table
            .rows
            .iter()
            .flat_map(|r| &r[1..])
            .map(|c| match c {
                Cell::Number(n) => *n,
                _ => 0.0,
            })
            .sum();
        assert_eq!(
            total as usize,
            f.evidence.iter().map(Vec::len).sum::<usize>()
        );
        assert!(f.summary.contains("p = "), "{}", f.summary);
    }

    #[test]
    fn test_names_follow_the_language() {
        let pool = Pool::new(&population(15, 30, 6, 0));
        let items = every(&pool);
        let cat = categorical(&pool);
        let en = cross(&pool, &items, cat[0], cat[1], Language::English);
        assert!(en.summary.contains("chi-square"), "{}", en.summary);
        assert!(!en.summary.contains("kwadraat"), "{}", en.summary);
        let nl = cross(&pool, &items, cat[0], cat[1], Language::Dutch);
        assert!(nl.summary.contains("chi-kwadraat"), "{}", nl.summary);
    }

    #[test]
    fn zone_shapes_hold_only_their_zone() {
        for z in Zone::ALL {
            let corners = zone_polygon(z);
            let n = corners.len() as f64;
            let centre = corners.iter().fold([0.0; 3], |a, p| {
                [a[0] + p[0] / n, a[1] + p[1] / n, a[2] + p[2] / n]
            });
            assert_eq!(Zone::of(centre), z, "{corners:?}");
        }
    }
}
