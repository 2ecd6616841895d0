//! The triad figure: points (or density cells above MAX_POINTS), the seven zones and the mean.

use crate::export::svg::{escape, wrap};
use crate::export::table::{Cell, Table, fixed_headers};
use crate::patterns::composition::Zone;
use crate::patterns::views::{self};
use crate::signifier::triad::{HEIGHT, percentages, point_of};
use std::fmt::Write;

use super::draw::*;
use super::words::*;
use klantreis_words::{Lang, Msg};

pub(super) fn triad(
    title: String,
    v: &views::TriadView,
    poles: &[String; 3],
    lang: Lang,
) -> Figure {
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
            escape(lang.text(Msg::FigMean))
        );
    }
    pole_names(&mut out, &corners, poles);
    out.push_str("</svg>");

    let (summary, table) = zones_table(v, poles, lang);
    Figure {
        summary,
        title,
        svg: out,
        table,
        evidence: v.zones.to_vec(),
    }
}

/// The poles' names: the top one centred above its corner, the bottom ones under theirs.
fn pole_names(out: &mut String, corners: &[(f64, f64); 3], poles: &[String; 3]) {
    let anchors = [
        ("middle", 0.0, -34.0),
        ("start", -60.0, 26.0),
        ("end", 60.0, 26.0),
    ];
    for (k, (x, y)) in corners.iter().enumerate() {
        let (anchor, dx, dy) = anchors[k];
        for (line, t) in wrap(&poles[k], 30, 2).iter().enumerate() {
            text(
                out,
                x + dx,
                y + dy + line as f64 * 15.0,
                13.0,
                anchor,
                INK,
                t,
            );
        }
    }
}

/// How many answers fall in each zone, and the summary line with the mean.
fn zones_table(v: &views::TriadView, poles: &[String; 3], lang: Lang) -> (String, Table) {
    let total = v.points.len();
    let headers = fixed_headers(&[Msg::ColZone, Msg::ColCount, Msg::ColShare], lang);
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
            lang.text(Msg::FigMean),
            percentages(m)
                .iter()
                .map(|p| format!("{p}%"))
                .collect::<Vec<_>>()
                .join(" / ")
        )
    });
    let table = Table {
        name: "triad",
        headers,
        rows,
    };
    (
        format!("{}{mean}", n_line(total, v.not_applicable, lang)),
        table,
    )
}

/// Corner points of a zone in weights, for shading.
pub(super) fn zone_polygon(z: Zone) -> Vec<[f64; 3]> {
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
pub(super) fn density(
    out: &mut String,
    v: &views::TriadView,
    at: &impl Fn([f64; 3]) -> (f64, f64),
) {
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
