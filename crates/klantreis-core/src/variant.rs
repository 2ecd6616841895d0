//! A to-be journey (gewenste klantreis): a linked copy of an as-is journey that a team
//! redesigns, and what differs between the two (steps removed, added and changed, contacts,
//! waiting, the emotion curves).

use crate::export::svg::{emotion_colour, escape, polyline};
use crate::id::Id;
use crate::journey::Journey;
use klantreis_words::{Lang, Msg};
use std::fmt::Write;

impl Journey {
    /// The to-be copy of this journey: the same steps under the same ids (so each one can be
    /// followed into the redesign), linked back, outside any workshop.
    pub fn to_be(&self, new_id: Id, title: impl Into<String>, now_ms: i64) -> Journey {
        let mut j = self.duplicate(new_id, title, now_ms);
        j.to_be_of = Some(self.id.clone());
        j.workshop = None;
        j
    }
}

/// What the to-be journey changes, step by step and in total.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// Titles of the as-is steps the to-be journey no longer has.
    pub removed: Vec<String>,
    /// Titles of the to-be steps that are new.
    pub added: Vec<String>,
    /// Titles (to-be) of the steps kept but changed.
    pub changed: Vec<String>,
    /// Number of contacts, as-is and to-be.
    pub contacts: (usize, usize),
    /// Total waiting in minutes, as-is and to-be.
    pub waiting_minutes: (u64, u64),
    /// Mean emotion (−2 … 2) of the steps that have one, as-is and to-be.
    pub emotion: (Option<f64>, Option<f64>),
}

fn waiting(j: &Journey) -> u64 {
    j.touchpoints
        .iter()
        .filter_map(|t| t.waiting.map(|w| w.minutes()))
        .sum()
}

fn mean_emotion(j: &Journey) -> Option<f64> {
    let values: Vec<f64> = j
        .touchpoints
        .iter()
        .filter_map(|t| t.emotion.map(|e| f64::from(e.value())))
        .collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Compares an as-is journey with its to-be version, step by step through their ids.
pub fn compare(as_is: &Journey, to_be: &Journey) -> Difference {
    let removed = as_is
        .touchpoints
        .iter()
        .filter(|t| to_be.touchpoint(&t.id).is_none())
        .map(|t| t.title.clone())
        .collect();
    let (mut added, mut changed) = (Vec::new(), Vec::new());
    for t in &to_be.touchpoints {
        match as_is.touchpoint(&t.id) {
            None => added.push(t.title.clone()),
            Some(before) if before != t => changed.push(t.title.clone()),
            Some(_) => {}
        }
    }
    Difference {
        removed,
        added,
        changed,
        contacts: (as_is.touchpoints.len(), to_be.touchpoints.len()),
        waiting_minutes: (waiting(as_is), waiting(to_be)),
        emotion: (mean_emotion(as_is), mean_emotion(to_be)),
    }
}

/// Both emotion curves in one chart over the journey's course (start to end, whatever the
/// number of steps): as-is dashed and grey-blue, to-be solid and dark.
pub fn curves_svg(as_is: &Journey, to_be: &Journey, lang: Lang) -> String {
    let (w, h, left, top, plot_w, plot_h) = (640.0, 260.0, 48.0, 20.0, 560.0, 180.0);
    let y = |v: i8| top + f64::from(2 - v) * plot_h / 4.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" font-family="system-ui, sans-serif"><title>{}</title><rect width="{w}" height="{h}" fill="#ffffff"/>"##,
        escape(lang.text(Msg::ToBeCurves))
    );
    for v in -2i8..=2 {
        let _ = write!(
            s,
            r##"<line x1="{left}" x2="{}" y1="{y}" y2="{y}" stroke="#d7dce2"/><text x="{}" y="{}" font-size="12" text-anchor="end" fill="#4b5563">{}</text>"##,
            left + plot_w,
            left - 8.0,
            y(v) + 4.0,
            if v == 0 {
                "0".to_owned()
            } else {
                format!("{v:+}")
            },
            y = y(v)
        );
    }
    for (j, stroke, dash, label) in [
        (
            as_is,
            "#6b7280",
            r#" stroke-dasharray="6 5""#,
            Msg::ToBeAsIs,
        ),
        (to_be, "#154273", "", Msg::ToBeToBe),
    ] {
        let n = j.touchpoints.len().max(2) - 1;
        let points: Vec<(f64, f64, i8)> = j
            .touchpoints
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let e = t.emotion?.value();
                Some((left + plot_w * i as f64 / n as f64, y(e), e))
            })
            .collect();
        let _ = write!(
            s,
            r##"<polyline class="curve-line" points="{}" fill="none" stroke="{stroke}" stroke-width="3"{dash}><title>{}</title></polyline>"##,
            polyline(&points),
            escape(lang.text(label))
        );
        for (x, y, e) in points {
            let _ = write!(
                s,
                r##"<circle cx="{x:.1}" cy="{y:.1}" r="5" fill="{}" stroke="{stroke}" stroke-width="2"/>"##,
                emotion_colour(e)
            );
        }
    }
    let legend_y = h - 16.0;
    let _ = write!(
        s,
        r##"<line x1="{left}" x2="{}" y1="{legend_y}" y2="{legend_y}" stroke="#6b7280" stroke-width="3" stroke-dasharray="6 5"/><text x="{}" y="{}" font-size="13" fill="#1b1f24">{}</text><line x1="{}" x2="{}" y1="{legend_y}" y2="{legend_y}" stroke="#154273" stroke-width="3"/><text x="{}" y="{}" font-size="13" fill="#1b1f24">{}</text></svg>"##,
        left + 28.0,
        left + 36.0,
        legend_y + 4.0,
        escape(lang.text(Msg::ToBeAsIs)),
        left + 220.0,
        left + 248.0,
        left + 256.0,
        legend_y + 4.0,
        escape(lang.text(Msg::ToBeToBe))
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;
    use crate::touchpoint::{WaitUnit, Waiting};

    #[test]
    fn a_to_be_journey_keeps_the_steps_under_their_ids_and_links_back() {
        let as_is = examples::x();
        let to_be = as_is.to_be(Id::new("gewenst"), "X (gewenst)", 5);
        assert_eq!(to_be.to_be_of, Some(as_is.id.clone()));
        assert_eq!(to_be.touchpoints, as_is.touchpoints);
        assert!(to_be.workshop.is_none());
        to_be.validate().unwrap();
        let same = compare(&as_is, &to_be);
        assert!(same.removed.is_empty() && same.added.is_empty() && same.changed.is_empty());
    }

    #[test]
    fn steps_removed_added_and_changed_and_the_totals_before_and_after() {
        let as_is = examples::x();
        let mut to_be = as_is.to_be(Id::new("gewenst"), "X (gewenst)", 5);
        // The six hours at the desk are gone from the redesign.
        let waited = to_be
            .touchpoints
            .iter()
            .position(|t| t.waiting.is_some())
            .unwrap();
        assert!(waited > 0);
        let gone = to_be.touchpoints.remove(waited);
        to_be.touchpoints[0].title = "Direct een plek".into();
        to_be.touchpoints[0].waiting = Some(Waiting {
            amount: 10,
            unit: WaitUnit::Minutes,
        });
        let mut new = to_be.touchpoints[0].clone();
        new.id = Id::new("nieuw");
        new.title = "Samen het formulier invullen".into();
        new.waiting = None;
        to_be.touchpoints.push(new);
        let d = compare(&as_is, &to_be);
        assert_eq!(d.removed, std::slice::from_ref(&gone.title));
        assert_eq!(d.added, ["Samen het formulier invullen"]);
        assert_eq!(d.changed, ["Direct een plek"]);
        assert_eq!(
            d.contacts,
            (as_is.touchpoints.len(), as_is.touchpoints.len())
        );
        let before: u64 = as_is
            .touchpoints
            .iter()
            .filter_map(|t| t.waiting.map(|w| w.minutes()))
            .sum();
        assert_eq!(d.waiting_minutes.0, before);
        assert_eq!(
            d.waiting_minutes.1,
            10 + before - gone.waiting.unwrap().minutes()
        );
    }

    #[test]
    fn the_chart_has_both_curves_and_escapes_nothing_it_should_not() {
        let as_is = examples::jan();
        let to_be = as_is.to_be(Id::new("gewenst"), "Jan (gewenst)", 5);
        let svg = curves_svg(&as_is, &to_be, Lang::Nl);
        assert_eq!(svg.matches("<polyline").count(), 2);
        let dots = as_is
            .touchpoints
            .iter()
            .filter(|t| t.emotion.is_some())
            .count();
        assert_eq!(svg.matches("<circle").count(), 2 * dots);
        assert!(svg.ends_with("</svg>"));
    }
}
