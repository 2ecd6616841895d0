//! Every language complete and consistent: the build already refuses a missing key; these
//! catch the mistakes a `match` cannot see.

use klantreis_words::{Counted, Lang, Msg, Plural, fill_in};
use std::collections::BTreeSet;

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.insert(rest[start..start + len + 1].to_owned());
        rest = &rest[start + len + 1..];
    }
    out
}

#[test]
fn every_message_is_written_in_every_language() {
    for &msg in Msg::ALL {
        for lang in Lang::ALL {
            assert!(
                !lang.text(msg).trim().is_empty(),
                "{msg:?} is empty in {lang:?}"
            );
        }
    }
}

#[test]
fn every_language_fills_the_same_placeholders() {
    for &msg in Msg::ALL {
        let dutch = placeholders(Lang::Nl.text(msg));
        for lang in Lang::ALL {
            assert_eq!(placeholders(lang.text(msg)), dutch, "{msg:?} in {lang:?}");
        }
    }
}

#[test]
fn no_message_spells_a_plural_with_brackets() {
    for &msg in Msg::ALL {
        for lang in Lang::ALL {
            let text = lang.text(msg);
            for bracket in ["(en)", "(s)", "(ies)", "/reizen"] {
                assert!(!text.contains(bracket), "{msg:?} in {lang:?}: {text}");
            }
        }
    }
}

#[test]
fn counts_take_the_singular_for_one_only() {
    assert_eq!(Lang::Nl.count(Counted::PainPoints, 1), "1 knelpunt");
    assert_eq!(Lang::Nl.count(Counted::PainPoints, 2), "2 knelpunten");
    assert_eq!(Lang::Nl.count(Counted::PainPoints, 0), "0 knelpunten");
    assert_eq!(Lang::Nl.count(Counted::Journeys, 1), "1 klantreis");
    assert_eq!(Lang::En.count(Counted::Opportunities, 1), "1 opportunity");
    assert_eq!(Lang::En.count(Counted::Opportunities, 3), "3 opportunities");
    assert_eq!(Lang::En.plural(1), Plural::One);
    assert_eq!(Lang::En.plural(11), Plural::Other);
}

#[test]
fn every_counted_noun_differs_between_one_and_many_and_shows_the_number() {
    for lang in Lang::ALL {
        for &what in Counted::ALL {
            let (one, many) = (lang.count(what, 1), lang.count(what, 7));
            assert!(
                one.starts_with('1') && many.starts_with('7'),
                "{what:?} {lang:?}"
            );
            // Dutch says "3 uur", not "3 uren", after a number.
            let invariant = lang == Lang::Nl && what == Counted::Hours;
            if !invariant {
                assert_ne!(one[1..], many[1..], "{what:?} in {lang:?} has one form");
            }
        }
    }
}

#[test]
fn numbers_use_the_languages_decimal_mark() {
    assert_eq!(Lang::Nl.number(0.25), "0,25");
    assert_eq!(Lang::En.number(0.25), "0.25");
    assert_eq!(Lang::Nl.number(3.0), "3");
    assert_eq!(Lang::Nl.number(0.00001234), "1,23e-5");
    assert_eq!(Lang::Nl.fixed(1.0, 1), "1,0");
    assert_eq!(Lang::En.fixed(2.345, 2), "2.35");
}

#[test]
fn dates_follow_the_language() {
    assert_eq!(Lang::Nl.date(2026, 3, 7), "07-03-2026");
    assert_eq!(Lang::En.date(2026, 3, 7), "07/03/2026");
}

#[test]
fn codes_round_trip_and_the_switch_names_each_language_in_itself() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    assert_eq!(Lang::from_code("de"), None);
    assert_eq!(Lang::Nl.name(), "Nederlands");
    assert_eq!(Lang::En.switch_to(), "Switch to English");
}

#[test]
fn fill_in_replaces_numbered_placeholders() {
    assert_eq!(
        fill_in("“{0}” en {1} weg", &["Gemeente".into(), "3".into()]),
        "“Gemeente” en 3 weg"
    );
}

/// A key nobody shows is a translation nobody checks: every key is used by the app, its
/// figures or its exports (the sources are read as text, so this needs no dependency on them).
#[test]
fn every_key_is_used_somewhere() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut sources = String::new();
    let mut dirs = vec![
        root.join("src"),
        root.join("crates/klantreis-core/src"),
        root.join("crates/klantreis-xlsx/src"),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("source folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                sources.push_str(&std::fs::read_to_string(&path).expect("source file"));
            }
        }
    }
    let unused: Vec<String> = Msg::ALL
        .iter()
        .map(|m| format!("{m:?}"))
        .filter(|name| {
            let used = format!("Msg::{name}");
            !sources.match_indices(&used).any(|(at, _)| {
                !sources[at + used.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        })
        .collect();
    assert!(unused.is_empty(), "keys no source uses: {unused:?}");
}
