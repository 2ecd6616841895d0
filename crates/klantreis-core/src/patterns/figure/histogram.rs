//! The slider and emotion figure: a histogram with n, mean, median and sd.

use crate::export::svg::{emotion_colour, escape};
use crate::export::table::{Cell, Table, fixed_headers};
use crate::patterns::views::{self};
use std::fmt::Write;

use super::draw::*;
use super::words::*;
use klantreis_words::{Lang, Msg};

pub(super) fn histogram(
    title: String,
    v: &views::NumberView,
    range: (f64, f64),
    ends: [&str; 2],
    lang: Lang,
) -> Figure {
    let (w, h, pad) = (520.0, 240.0, 40.0);
    let n = v.bins.len();
    let max = v.bins.iter().map(Vec::len).max().unwrap_or(0).max(1) as f64;
    let bw = (w - 2.0 * pad) / n as f64;
    let mut out = String::new();
    svg_open(&mut out, w, h, &title);
    let emotion = n == 5;
    let label = |k: usize| bin_label(range, n, k);
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
    let summary = describe(v, lang);
    let rows = (0..n)
        .map(|k| vec![Cell::Text(label(k)), Cell::Number(v.bins[k].len() as f64)])
        .collect();
    Figure {
        title,
        summary,
        svg: out,
        table: Table {
            name: "histogram",
            headers: fixed_headers(&[Msg::ColValue, Msg::ColCount], lang),
            rows,
        },
        evidence: v.bins.clone(),
    }
}

/// Bin `k` of `n` over `range`: the value itself for the five emotions, else its bounds.
fn bin_label(range: (f64, f64), n: usize, k: usize) -> String {
    if n == 5 {
        format!("{}", range.0 as i64 + k as i64)
    } else {
        let step = (range.1 - range.0) / n as f64;
        format!(
            "{}–{}",
            (range.0 + step * k as f64) as i64,
            (range.0 + step * (k + 1) as f64) as i64
        )
    }
}

/// n, mean, median and standard deviation in one line.
fn describe(v: &views::NumberView, lang: Lang) -> String {
    match &v.describe {
        Some(d) => format!(
            "{} · {} {} · {} {} · sd {}",
            n_line(d.n, v.not_applicable, lang),
            lang.text(Msg::FigMean),
            number_text(d.mean, lang),
            lang.text(Msg::FigMedian),
            number_text(d.median, lang),
            if d.sd.is_nan() {
                "–".to_owned()
            } else {
                number_text(d.sd, lang)
            },
        ),
        None => n_line(0, v.not_applicable, lang),
    }
}
