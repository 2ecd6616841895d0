//! Numbers, counts and names as figures and tables show them, per language.

use crate::export::table::{Cell, Language};
use crate::patterns::composition::Zone;

pub(super) fn percent(part: usize, whole: usize) -> Cell {
    if whole == 0 {
        Cell::Empty
    } else {
        Cell::Number((part as f64 / whole as f64 * 1000.0).round() / 10.0)
    }
}

pub(super) fn number_text(x: f64, lang: Language) -> String {
    lang.number((x * 100.0).round() / 100.0)
}

pub(super) fn touchpoints(n: usize, lang: Language) -> String {
    format!("{n} {}", lang.pick("contactmomenten", "touchpoints"))
}

pub(super) fn n_line(n: usize, na: usize, lang: Language) -> String {
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
