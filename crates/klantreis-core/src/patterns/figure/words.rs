//! Numbers, counts and names as figures and tables show them, per language.

use crate::export::table::Cell;
use crate::patterns::composition::Zone;
use klantreis_words::{Counted, Lang, Msg};

pub(super) fn percent(part: usize, whole: usize) -> Cell {
    if whole == 0 {
        Cell::Empty
    } else {
        Cell::Number((part as f64 / whole as f64 * 1000.0).round() / 10.0)
    }
}

pub(super) fn number_text(x: f64, lang: Lang) -> String {
    // Adding 0 turns a mean that rounds to −0 (−0.001) into 0: "gemiddelde -0" read as a sign.
    lang.number((x * 100.0).round() / 100.0 + 0.0)
}

pub(super) fn touchpoints(n: usize, lang: Lang) -> String {
    lang.count(Counted::Touchpoints, n)
}

pub(super) fn n_line(n: usize, na: usize, lang: Lang) -> String {
    format!("n = {n} · {} {na}", lang.text(Msg::NotApplicableShort))
}

/// The zone's name, with the poles' own words.
pub fn zone_name(z: Zone, poles: &[String; 3], lang: Lang) -> String {
    match z {
        Zone::Pole(i) => lang.text_with(Msg::FigZonePole, &[poles[i as usize].clone()]),
        Zone::Between(i) => {
            let (a, b) = match i {
                0 => (1, 2),
                1 => (0, 2),
                _ => (0, 1),
            };
            lang.text_with(Msg::FigZoneBetween, &[poles[a].clone(), poles[b].clone()])
        }
        Zone::Centre => lang.text(Msg::FigZoneCentre).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_that_rounds_to_zero_has_no_sign() {
        assert_eq!(number_text(-0.001, Lang::Nl), "0");
        assert_eq!(number_text(-0.006, Lang::Nl), "-0,01");
        assert_eq!(number_text(0.004, Lang::En), "0");
    }
}
