//! Malformed and hostile files: each gives a typed error and no panic, and names where.

use klantreis_core::examples;
use klantreis_core::file::{LIBRARY_FORMAT, read, write};
use klantreis_core::format::{MAX_BYTES, RestoreError, SCHEMA_VERSION};

fn good() -> String {
    write(&[examples::jan(), examples::x()], 0)
}

/// A good file with one textual replacement, which must be present.
fn with(from: &str, to: &str) -> String {
    let text = good();
    assert!(text.contains(from), "fixture lacks {from}");
    text.replacen(from, to, 1)
}

fn err(text: &str) -> RestoreError {
    read(text).expect_err("a bad file was accepted")
}

fn shape_path(text: &str) -> String {
    match err(text) {
        RestoreError::Shape { path, .. } => path,
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[test]
fn truncated_files_are_not_json() {
    let text = good();
    for cut in [0, 1, 10, text.len() / 2, text.len() - 1] {
        assert!(
            matches!(err(&text[..cut]), RestoreError::NotJson(_)),
            "cut at {cut}"
        );
    }
}

#[test]
fn other_json_is_not_ours() {
    for text in [
        "{}",
        "[]",
        "null",
        "42",
        r#""klantreis""#,
        r#"{"format":"excalidraw"}"#,
        r#"{"format":1}"#,
    ] {
        assert!(matches!(err(text), RestoreError::WrongFormat(_)), "{text}");
    }
}

#[test]
fn versions_missing_wrong_or_from_the_future() {
    let text = good();
    let current = format!("\"schema\":{SCHEMA_VERSION}");
    assert!(text.contains(&current));
    assert_eq!(
        err(&text.replacen(&current, "\"schema\":99", 1)),
        RestoreError::FromTheFuture {
            found: 99,
            supported: SCHEMA_VERSION
        }
    );
    for bad in [
        "\"schema\":0",
        "\"schema\":-1",
        "\"schema\":\"3\"",
        "\"schema\":2.5",
        "\"schema\":null",
    ] {
        assert_eq!(
            err(&text.replacen(&current, bad, 1)),
            RestoreError::NoSchema,
            "{bad}"
        );
    }
}

#[test]
fn journeys_must_be_a_list() {
    for bad in [
        format!(r#"{{"format":"{LIBRARY_FORMAT}","schema":3}}"#),
        format!(r#"{{"format":"{LIBRARY_FORMAT}","schema":3,"journeys":{{}}}}"#),
        format!(r#"{{"format":"{LIBRARY_FORMAT}","schema":3,"journeys":"x"}}"#),
    ] {
        assert_eq!(err(&bad), RestoreError::NoJourneyList);
    }
    let empty = format!(r#"{{"format":"{LIBRARY_FORMAT}","schema":3,"journeys":[]}}"#);
    assert_eq!(read(&empty), Ok(vec![]));
}

#[test]
fn wrong_types_are_named_by_path() {
    let cases = [
        (
            "\"title\":\"Jan: van schulden naar werk\"",
            "\"title\":12",
            "journeys[0].title",
        ),
        ("\"emotion\":-1", "\"emotion\":\"boos\"", "].emotion"),
        ("\"emotion\":-1", "\"emotion\":7", "].emotion"),
        ("\"emotion\":-1", "\"emotion\":1e300", "].emotion"),
        ("\"kind\":\"gemeente\"", "\"kind\":\"ministerie\"", "].kind"),
        ("\"colour\":\"#1f5fa8\"", "\"colour\":\"red\"", "].colour"),
        (
            "\"colour\":\"#1f5fa8\"",
            "\"colour\":\"\\\"><script>alert(1)</script>\"",
            "].colour",
        ),
        ("\"channel\":\"balie\"", "\"channel\":\"fax\"", "].channel"),
        (
            "\"date\":\"2024-03-11\"",
            "\"date\":\"2024-13-45\"",
            "].date",
        ),
        ("\"date\":\"2024-03-11\"", "\"date\":20240311", "].date"),
        (
            "\"pain_points\":[",
            "\"pain_points\":\"x\",\"old\":[",
            "].pain_points",
        ),
        (
            "\"moment_of_truth\":false",
            "\"moment_of_truth\":\"nee\"",
            "].moment_of_truth",
        ),
        ("\"amount\":45", "\"amount\":-5", ".waiting.amount"),
        (
            "\"teller\":\"client\"",
            "\"teller\":\"buurman\"",
            "].teller",
        ),
        ("\"slider\":20", "\"slider\":300", ".seen.slider"),
        ("\"slider\":20", "\"slider\":\"veel\"", ".seen.slider"),
    ];
    for (from, to, want) in cases {
        let path = shape_path(&with(from, to));
        assert!(path.contains(want), "{to}: {path}");
        assert!(path.starts_with("journeys["), "{to}: {path}");
    }
}

#[test]
fn missing_required_fields_are_named() {
    let text = with("\"id\":\"voorbeeld-jan\",", "");
    match err(&text) {
        RestoreError::Shape { path, message } => {
            assert_eq!(path, "journeys[0]");
            assert!(message.contains("missing field `id`"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn broken_references_and_rules_fail_validation() {
    let cases = [
        (
            "\"agency\":\"jan-gemeente\"",
            "\"agency\":\"nergens\"",
            "agency",
        ),
        (
            "\"story\":\"voorbeeld-jan-s1\"",
            "\"story\":\"weg\"",
            "story",
        ),
        (
            "\"title\":\"Jan: van schulden naar werk\"",
            "\"title\":\"   \"",
            "title",
        ),
        (
            "\"start\":\"2024-03-04\"",
            "\"start\":\"2026-01-01\"",
            "period",
        ),
        ("\"seen\":{", "\"nergens\":{", "answers.nergens"),
        ("\"self\"", "\"ik\"", "answers.initiative"),
    ];
    for (from, to, want) in cases {
        match err(&with(from, to)) {
            RestoreError::Invalid(e) => {
                assert!(
                    e.0.iter()
                        .any(|e| e.path.starts_with("journeys[0].") && e.path.contains(want)),
                    "{to}: {e}"
                );
            }
            other => panic!("{to}: {other:?}"),
        }
    }
}

#[test]
fn triad_weights_must_sum_to_one() {
    let text = with("[0.7,", "[0.9,");
    match err(&text) {
        RestoreError::Invalid(e) => assert!(e.to_string().contains("answers.focus"), "{e}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn duplicate_ids_inside_a_journey_are_refused() {
    let text = with("\"id\":\"voorbeeld-jan-t2\"", "\"id\":\"voorbeeld-jan-t1\"");
    match err(&text) {
        RestoreError::Invalid(e) => assert!(e.0[0].path.starts_with("journeys[0].touchpoints[")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn huge_strings_and_files_are_refused_without_panic() {
    let long = "x".repeat(200_000);
    let text = with(
        "\"title\":\"Aanmelden aan de balie\"",
        &format!("\"title\":\"{long}\""),
    );
    match err(&text) {
        RestoreError::Invalid(e) => assert!(e.to_string().contains("at most 500")),
        other => panic!("{other:?}"),
    }
    let huge = " ".repeat(MAX_BYTES + 1);
    assert!(matches!(err(&huge), RestoreError::TooLarge { .. }));
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(err(&deep), RestoreError::NotJson(_)));
    let nested = format!(
        r#"{{"format":"{LIBRARY_FORMAT}","schema":3,"journeys":[{}{}]}}"#,
        "{\"a\":".repeat(5_000),
        "1}".repeat(5_000)
    );
    assert!(matches!(err(&nested), RestoreError::NotJson(_)));
}

#[test]
fn script_tags_are_kept_as_plain_text() {
    // Reading never interprets text; rendering escapes it (tested end to end).
    let text = with(
        "\"title\":\"Aanmelden aan de balie\"",
        "\"title\":\"<script>alert('x')</script>\"",
    );
    let journeys = read(&text).unwrap();
    assert_eq!(
        journeys[0].touchpoints[1].title,
        "<script>alert('x')</script>"
    );
}

#[test]
fn invalid_utf8_escapes_and_control_characters_do_not_panic() {
    for bad in ["\"\\ud800\"", "\"\\u0000\"", "\"\u{7}\""] {
        let text = with(
            "\"title\":\"Aanmelden aan de balie\"",
            &format!("\"title\":{bad}"),
        );
        let _ = read(&text); // either an error or plain text; never a panic
    }
}
