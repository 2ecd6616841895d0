//! How well the offline assistant reads an interview: the four example journeys written out
//! as interviews and marked by hand (`tests/fixtures/interviews/`, marks as
//! `[[kind:value|words]]`), against what `suggest` finds. Prints precision and recall per kind
//! (BENCHMARKS.md keeps them) and fails when one drops below its floor.

use klantreis_core::assist::{Kind, Suggestion, Vocabulary, suggest};
use klantreis_core::touchpoint::{Channel, WaitUnit};
use std::collections::BTreeMap;
use std::ops::Range;

/// A hand mark: kind name, the value written in the mark, and its span in the plain text.
struct Mark {
    kind: &'static str,
    value: String,
    span: Range<usize>,
}

/// The interview without its marks, and the marks.
fn read(marked: &str) -> (String, Vec<Mark>) {
    let (mut text, mut marks, mut rest) = (String::new(), Vec::new(), marked);
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let close = rest[open..].find("]]").expect("a closed mark") + open;
        let (head, words) = rest[open + 2..close]
            .split_once('|')
            .expect("kind:value|words");
        let (kind, value) = head.split_once(':').expect("kind:value");
        let kind = ["agency", "channel", "wait", "date", "feeling"]
            .into_iter()
            .find(|k| *k == kind)
            .expect("a known kind");
        marks.push(Mark {
            kind,
            value: value.to_owned(),
            span: text.len()..text.len() + words.len(),
        });
        text.push_str(words);
        rest = &rest[close + 2..];
    }
    text.push_str(rest);
    (text, marks)
}

/// A suggestion as (kind name, value in the marks' notation).
fn notation(s: &Suggestion) -> (&'static str, String) {
    match &s.kind {
        Kind::Agency(a) => ("agency", a.clone()),
        Kind::Channel(c) => ("channel", c.key().to_owned()),
        Kind::Wait(w) => {
            let unit = match w.unit {
                WaitUnit::Minutes => "m",
                WaitUnit::Hours => "h",
                WaitUnit::Days => "d",
                WaitUnit::Weeks => "w",
                WaitUnit::Months => "mo",
            };
            ("wait", format!("{}{unit}", w.amount))
        }
        Kind::Date(d) => ("date", d.to_string()),
        Kind::Feeling(e) => ("feeling", e.value().to_string()),
    }
}

const FIXTURES: [(&str, &str); 4] = [
    ("jan", include_str!("fixtures/interviews/jan.txt")),
    ("x", include_str!("fixtures/interviews/x.txt")),
    ("wmo", include_str!("fixtures/interviews/wmo.txt")),
    ("intake", include_str!("fixtures/interviews/intake.txt")),
];

/// Per kind: (found and right, found, marked). Right means the same kind and value on
/// overlapping words.
fn score() -> BTreeMap<&'static str, (usize, usize, usize)> {
    let mut counts: BTreeMap<&'static str, (usize, usize, usize)> = BTreeMap::new();
    for (_, marked) in FIXTURES {
        let (text, marks) = read(marked);
        let found = suggest(&text, &Vocabulary::dutch(&[]));
        for m in &marks {
            counts.entry(m.kind).or_default().2 += 1;
        }
        for s in &found {
            let (kind, value) = notation(s);
            let c = counts.entry(kind).or_default();
            c.1 += 1;
            let overlaps = |m: &&Mark| m.span.start < s.span.end && s.span.start < m.span.end;
            if marks
                .iter()
                .filter(overlaps)
                .any(|m| m.kind == kind && m.value == value)
            {
                c.0 += 1;
            }
        }
    }
    counts
}

#[test]
fn precision_and_recall_per_kind_stay_above_their_floors() {
    // Floors a little under what was measured when they were set (BENCHMARKS.md).
    let floors = [
        ("agency", 0.90, 0.95),
        ("channel", 0.90, 0.95),
        ("date", 0.95, 0.95),
        ("feeling", 0.95, 0.90),
        ("wait", 0.95, 0.95),
    ];
    let counts = score();
    println!("kind      precision  recall   (right / found / marked)");
    for (kind, (right, found, marked)) in &counts {
        let p = *right as f64 / (*found).max(1) as f64;
        let r = *right as f64 / (*marked).max(1) as f64;
        println!("{kind:<9} {p:>9.2} {r:>7.2}   ({right} / {found} / {marked})");
    }
    for (kind, min_p, min_r) in floors {
        let (right, found, marked) = counts[kind];
        assert!(marked > 0, "{kind}: the fixtures mark none");
        let (p, r) = (
            right as f64 / found.max(1) as f64,
            right as f64 / marked as f64,
        );
        assert!(p >= min_p, "{kind}: precision {p:.2} under {min_p}");
        assert!(r >= min_r, "{kind}: recall {r:.2} under {min_r}");
    }
}

#[test]
fn the_marks_read_back_to_their_words() {
    let (text, marks) =
        read("Op [[date:2024-03-11|11 maart 2024]] naar [[agency:gemeente|de gemeente]].");
    assert_eq!(text, "Op 11 maart 2024 naar de gemeente.");
    assert_eq!(&text[marks[1].span.clone()], "de gemeente");
    assert_eq!(marks[0].value, "2024-03-11");
    assert_eq!(Channel::Telefoon.key(), "telefoon");
}
