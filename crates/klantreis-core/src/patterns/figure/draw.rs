//! What every figure is (SVG, summary, table, evidence) and the SVG pieces and colours they share.

use crate::export::svg::escape;
use crate::export::table::Table;
use std::fmt::Write;

pub(super) const FONT: &str = "font-family=\"system-ui, sans-serif\"";
pub(super) const INK: &str = "#1b1f24";
pub(super) const MUTED: &str = "#4b5563";
pub(super) const LINE: &str = "#9aa3ad";
pub(super) const BAR: &str = "#154273";
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

pub(super) fn svg_open(out: &mut String, w: f64, h: f64, title: &str) {
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" {FONT}><title>{}</title><rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>",
        escape(title)
    );
}

pub(super) fn text(out: &mut String, x: f64, y: f64, size: f64, anchor: &str, fill: &str, s: &str) {
    let _ = write!(
        out,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"{fill}\">{}</text>",
        escape(s)
    );
}

/// A light tint per emotion step, so the dark figure on it keeps AA contrast.
pub(super) fn heat(mean: f64) -> &'static str {
    match mean.round().clamp(-2.0, 2.0) as i8 {
        -2 => "#f4c7c3",
        -1 => "#fbe0c8",
        0 => "#eceef1",
        1 => "#d3ecd9",
        _ => "#b7dfc2",
    }
}
