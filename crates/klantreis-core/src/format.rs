//! The stored and exported shape of a journey: a versioned envelope, and the single entry
//! point for every piece of data that comes from outside the running program (IndexedDB,
//! another tab, a file): [`restore`]. It migrates old shapes, reads with field paths in its
//! errors, and validates, so that nothing invalid reaches the editor.

use crate::journey::Journey;
use crate::validate::ValidationErrors;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The `format` field of every envelope, so a stray JSON file is recognised as not ours.
pub const FORMAT: &str = "klantreis/journey";
/// The schema this build writes. Raise it only together with a step in [`MIGRATIONS`] and a
/// fixture of the old shape under `tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 12;
/// Larger inputs are refused before parsing (a journey with a few long transcripts is ~1 MB).
/// 20 MB as people count (10^6), so the message and the limit say the same number.
pub const MAX_BYTES: usize = 20_000_000;

/// One migration step: turns the JSON of schema `n` into schema `n + 1`.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` migrates schema `i + 1` to `i + 2`.
pub const MIGRATIONS: &[Migration] = &[
    v1_signifier_sets,
    v2_interview_script,
    v3_workshop,
    v4_phases_and_principles,
    v5_to_be,
    v6_redesign,
    v7_persona_link,
    v8_marks,
    v9_feeling_and_waiting_marks,
    v10_retold,
    v11_version_of,
];

/// A step that adds an optional field to the journey: an older journey has none, and the
/// step only checks that nothing of that name is in the way.
fn without(value: Value, field: &str, why: &str) -> Result<Value, String> {
    match value.get("journey").and_then(|j| j.get(field)) {
        None | Some(Value::Null) => Ok(value),
        Some(_) => Err(why.into()),
    }
}

/// Schema 12 let a journey be another version of one changed in two places at once
/// (`version_of`, optional). A journey from before is no such version.
fn v11_version_of(value: Value) -> Result<Value, String> {
    without(
        value,
        "version_of",
        "a schema-11 journey cannot be another version yet",
    )
}

/// Schema 11 kept the user's wording of the gekanteld verslag with the journey (`retold`,
/// optional). A journey from before has none; the step only checks nothing is in the way.
fn v10_retold(value: Value) -> Result<Value, String> {
    without(
        value,
        "retold",
        "a schema-10 journey cannot have a retold wording yet",
    )
}

/// Schema 10 let a passage be marked as a touchpoint's feeling or waiting time, and a
/// touchpoint keep the assistant's offers its user ignored (`declined`). Older marks are all
/// of the four first kinds and no touchpoint declined anything; the step only checks nothing
/// newer is in the way.
fn v9_feeling_and_waiting_marks(value: Value) -> Result<Value, String> {
    let journey = value.get("journey");
    let touchpoints = journey
        .and_then(|j| j.get("touchpoints"))
        .and_then(Value::as_array);
    if touchpoints
        .into_iter()
        .flatten()
        .any(|t| t.get("declined").is_some_and(|d| !d.is_null()))
    {
        return Err("a schema-9 touchpoint cannot have declined offers".into());
    }
    let newer = |m: &Value| {
        matches!(
            m.get("kind").and_then(Value::as_str),
            Some("feeling" | "waiting")
        )
    };
    let stories = journey
        .and_then(|j| j.get("stories"))
        .and_then(Value::as_array);
    if stories.into_iter().flatten().any(|s| {
        s.get("marks")
            .and_then(Value::as_array)
            .is_some_and(|ms| ms.iter().any(newer))
    }) {
        return Err("a schema-9 mark is a touchpoint, quote, pain point or opportunity".into());
    }
    Ok(value)
}

/// Schema 9 gave a story its marks (passages used in the journey, optional). A story from
/// before has none; the step only checks nothing is in the way.
fn v8_marks(value: Value) -> Result<Value, String> {
    let stories = value
        .get("journey")
        .and_then(|j| j.get("stories"))
        .and_then(Value::as_array);
    if stories.is_some_and(|ss| {
        ss.iter()
            .any(|s| s.get("marks").is_some_and(|m| !m.is_null()))
    }) {
        return Err("a schema-8 story cannot have marks yet".into());
    }
    Ok(value)
}

/// Schema 8 let a journey's client link to a library persona (`persona.id`, optional) and
/// library files carry personas. A journey from before links to none; the step only checks
/// nothing is in the way.
fn v7_persona_link(value: Value) -> Result<Value, String> {
    match value
        .get("journey")
        .and_then(|j| j.get("persona"))
        .and_then(|p| p.get("id"))
    {
        None | Some(Value::Null) => Ok(value),
        Some(_) => Err("a schema-7 journey cannot link to a persona yet".into()),
    }
}

/// Schema 2 gave every journey the signifier sets its touchpoints and stories are annotated
/// with; a journey from before had none, so it gets the default set for both.
fn v1_signifier_sets(mut value: Value) -> Result<Value, String> {
    let journey = value
        .get_mut("journey")
        .and_then(Value::as_object_mut)
        .ok_or("no journey object")?;
    let set = serde_json::to_value(crate::signifier::default_set()).map_err(|e| e.to_string())?;
    journey
        .entry("touchpoint_set")
        .or_insert_with(|| set.clone());
    journey.entry("story_set").or_insert(set);
    Ok(value)
}

/// Schema 3 gave every journey an interview script for the vertelpunt; older journeys get the
/// default script.
fn v2_interview_script(mut value: Value) -> Result<Value, String> {
    let journey = value
        .get_mut("journey")
        .and_then(Value::as_object_mut)
        .ok_or("no journey object")?;
    let script = serde_json::to_value(crate::script::InterviewScript::default())
        .map_err(|e| e.to_string())?;
    journey.entry("script").or_insert(script);
    Ok(value)
}

/// Schema 7 gave a journey ideas and a designed version (`designed_of`), and a touchpoint
/// its blueprint layers, all optional. A journey from before has none; the step only checks
/// nothing is in the way.
fn v6_redesign(value: Value) -> Result<Value, String> {
    let journey = value.get("journey").ok_or("no journey object")?;
    let taken = |v: &Value, field: &str| v.get(field).is_some_and(|x| !x.is_null());
    let touchpoints = journey.get("touchpoints").and_then(Value::as_array);
    if taken(journey, "ideas")
        || taken(journey, "designed_of")
        || touchpoints.is_some_and(|ts| ts.iter().any(|t| taken(t, "blueprint")))
    {
        return Err("a schema-6 journey cannot have ideas, a design or blueprints yet".into());
    }
    Ok(value)
}

/// Schema 6 let a journey be the to-be version of another (`to_be_of`, optional). A journey
/// from before is no one's; the step only checks nothing is in the way.
fn v5_to_be(value: Value) -> Result<Value, String> {
    without(
        value,
        "to_be_of",
        "a schema-5 journey cannot be a to-be journey yet",
    )
}

/// Schema 5 gave a journey phases and a touchpoint its phase and belevingsprincipes, all
/// optional. A journey from before has none; the step only checks nothing is in the way.
fn v4_phases_and_principles(value: Value) -> Result<Value, String> {
    let journey = value.get("journey").ok_or("no journey object")?;
    let taken = |v: &Value, field: &str| v.get(field).is_some_and(|x| !x.is_null());
    let touchpoints = journey.get("touchpoints").and_then(Value::as_array);
    if taken(journey, "phases")
        || touchpoints.is_some_and(|ts| {
            ts.iter()
                .any(|t| taken(t, "phase") || taken(t, "principles"))
        })
    {
        return Err("a schema-4 journey cannot have phases or principles yet".into());
    }
    Ok(value)
}

/// Schema 4 let a journey belong to a workshop (`workshop`, optional). A journey from before
/// belongs to none; the step only checks that no field of that name is in the way.
fn v3_workshop(value: Value) -> Result<Value, String> {
    without(
        value,
        "workshop",
        "a schema-3 journey cannot have a workshop yet",
    )
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    schema: u32,
    journey: &'a Journey,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    journey: Journey,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RestoreError {
    #[error("the data is {size} bytes, more than the {max} allowed")]
    TooLarge { size: usize, max: usize },
    #[error("not readable JSON: {0}")]
    NotJson(String),
    #[error("not a Klantreis journey (format {0:?})")]
    WrongFormat(String),
    #[error("the schema version is missing or not a number")]
    NoSchema,
    #[error("schema {found} is newer than this app understands ({supported}); update the app")]
    FromTheFuture { found: u64, supported: u32 },
    #[error("migrating from schema {from} failed: {message}")]
    Migration { from: u64, message: String },
    #[error("{path}: {message}")]
    Shape { path: String, message: String },
    #[error("journeys: missing or not a list of journeys")]
    NoJourneyList,
    #[error("{path}: id {id:?} occurs twice in this file")]
    IdTwice { path: String, id: String },
    #[error("{0}")]
    Invalid(ValidationErrors),
}

/// The JSON this build stores and exports for one journey.
pub fn to_json(journey: &Journey) -> String {
    // Serialising plain data to a String cannot fail: no maps with non-string keys, no I/O.
    serde_json::to_string(&EnvelopeOut {
        format: FORMAT,
        schema: SCHEMA_VERSION,
        journey,
    })
    .unwrap_or_default()
}

/// Reads a journey from any JSON this or an earlier build wrote.
pub fn restore(json: &str) -> Result<Journey, RestoreError> {
    match current(json) {
        Some(journey) => Ok(journey),
        None => restore_with(json, MIGRATIONS),
    }
}

#[derive(Deserialize)]
struct CurrentIn<'a> {
    format: &'a str,
    schema: u64,
    journey: Journey,
}

/// A journey as this build writes it (its format and schema, nothing to clean), read straight
/// into its types: what almost every stored record is. Reading through a JSON tree with field
/// paths took most of the time of opening thousands of journeys (the patterns page). Anything
/// else, and any misfit, is `None` and goes the careful way, which names the fault; a journey
/// read here is validated all the same.
fn current(json: &str) -> Option<Journey> {
    if json.len() > MAX_BYTES || !plain(json) {
        return None;
    }
    let read: CurrentIn = serde_json::from_str(json).ok()?;
    if read.format != FORMAT || read.schema != u64::from(SCHEMA_VERSION) {
        return None;
    }
    read.journey.validate().ok()?;
    Some(read.journey)
}

/// Whether every string in a JSON text reads as written, with nothing [`crate::text::clean`]
/// would take out: no unwanted character, and no escape but `\\"`, `\\\\`, `\\/`, `\\n`, `\\r`
/// and `\\t` (a `\\u` escape may spell any character, `\\b` and `\\f` control ones). Looks at
/// bytes, not characters: it runs over every journey the patterns page reads. The bytes that
/// can start an unwanted character in UTF-8: ASCII controls, `C2` (U+0080–U+009F) and `E2`
/// (the bidi controls U+202A–U+202E and U+2066–U+2069).
fn plain(json: &str) -> bool {
    let bytes = json.as_bytes();
    let suspect = |b: u8| b == b'\\' || b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2;
    let mut at = 0;
    while let Some(found) = bytes[at..].iter().position(|&b| suspect(b)) {
        at += found;
        let next = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
        let (as_written, width) = match bytes[at] {
            b'\\' => (
                matches!(next(1), b'"' | b'\\' | b'/' | b'n' | b'r' | b't'),
                2,
            ),
            b'\t' | b'\n' | b'\r' => (true, 1),
            0xC2 => (!(0x80..=0x9F).contains(&next(1)), 1),
            0xE2 => {
                let bidi = (next(1) == 0x80 && (0xAA..=0xAE).contains(&next(2)))
                    || (next(1) == 0x81 && (0xA6..=0xA9).contains(&next(2)));
                (!bidi, 1)
            }
            _ => (false, 1),
        };
        if !as_written {
            return false;
        }
        at += width;
    }
    true
}

/// [`restore`] with a given list of migrations, so the mechanism is tested before it is needed.
pub fn restore_with(json: &str, migrations: &[Migration]) -> Result<Journey, RestoreError> {
    let parsed = parse(json, &[FORMAT], migrations)?;
    journey_from(parsed.value, parsed.schema, migrations)
}

/// A text read as far as every reader (a stored record, one journey's file, a library file)
/// takes it: not too large, JSON, cleaned of unwanted characters, of a format and schema
/// this build knows.
pub(crate) struct Parsed {
    pub value: Value,
    pub schema: u64,
    /// Control and bidi characters taken out (see [`crate::text`]).
    pub removed: usize,
}

pub(crate) fn parse(
    text: &str,
    formats: &[&str],
    migrations: &[Migration],
) -> Result<Parsed, RestoreError> {
    if text.len() > MAX_BYTES {
        return Err(RestoreError::TooLarge {
            size: text.len(),
            max: MAX_BYTES,
        });
    }
    let mut value: Value =
        serde_json::from_str(text).map_err(|e| RestoreError::NotJson(e.to_string()))?;
    // Records and files of older builds may hold control or bidi characters.
    let removed = crate::text::clean_value(&mut value);
    let schema = header(&value, formats, migrations)?;
    Ok(Parsed {
        value,
        schema,
        removed,
    })
}

/// One journey from `{"schema": n, "journey": {…}}` of schema `found`: migrated, read with the
/// path of any misfit (`journey.touchpoints[1].emotion`), and validated.
pub(crate) fn journey_from(
    wrapped: Value,
    found: u64,
    migrations: &[Migration],
) -> Result<Journey, RestoreError> {
    let value = run_migrations(wrapped, found, migrations)?;
    let envelope: EnvelopeIn =
        serde_path_to_error::deserialize(value).map_err(|e| RestoreError::Shape {
            path: e.path().to_string(),
            message: e.inner().to_string(),
        })?;
    let journey = envelope.journey;
    journey.validate().map_err(RestoreError::Invalid)?;
    Ok(journey)
}

/// Checks the format name and schema version of a file or record; returns the schema.
pub(crate) fn header(
    value: &Value,
    formats: &[&str],
    migrations: &[Migration],
) -> Result<u64, RestoreError> {
    let format = value.get("format").and_then(Value::as_str).unwrap_or("");
    if !formats.contains(&format) {
        return Err(RestoreError::WrongFormat(format.chars().take(60).collect()));
    }
    let found = value
        .get("schema")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(RestoreError::NoSchema)?;
    let current = migrations.len() as u64 + 1;
    if found > current {
        return Err(RestoreError::FromTheFuture {
            found,
            supported: current as u32,
        });
    }
    Ok(found)
}

/// Runs the migrations from schema `found` on a value holding one journey under `journey`.
pub(crate) fn run_migrations(
    mut value: Value,
    found: u64,
    migrations: &[Migration],
) -> Result<Value, RestoreError> {
    let current = migrations.len() as u64 + 1;
    for (from, step) in (found..current).zip(&migrations[(found - 1) as usize..]) {
        value = step(value).map_err(|message| RestoreError::Migration { from, message })?;
        value["schema"] = Value::from(from + 1);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    #[test]
    fn every_example_round_trips_exactly() {
        for j in examples::all() {
            assert_eq!(restore(&to_json(&j)).unwrap(), j);
        }
    }

    #[test]
    fn the_quick_way_reads_what_the_careful_way_reads() {
        for j in examples::all() {
            let json = to_json(&j);
            assert!(plain(&json), "{}", j.title);
            assert_eq!(
                current(&json),
                Some(restore_with(&json, MIGRATIONS).unwrap())
            );
        }
    }

    #[test]
    fn anything_to_clean_or_older_goes_the_careful_way() {
        let mut j = examples::jan();
        j.title = "Jan\u{202E}gpj.exe".into();
        let json = to_json(&j);
        assert!(!plain(&json));
        assert_eq!(restore(&json).unwrap().title, "Jangpj.exe");
        // The same character as an escape, and a control character as `\b`.
        for escaped in [r"Jan\u202Egpj.exe", r"Jan\bgpj.exe"] {
            let jan = examples::jan();
            let json = to_json(&jan).replacen(
                &format!(r#""{}""#, jan.title),
                &format!(r#""{escaped}""#),
                1,
            );
            assert!(!plain(&json));
            assert_eq!(current(&json), None);
            assert_eq!(restore(&json).unwrap().title, "Jangpj.exe");
        }
        // A backslash the user typed is an escape of its own, not the start of one.
        j.title = r"C:\u\b".into();
        assert!(plain(&to_json(&j)));
        assert_eq!(restore(&to_json(&j)).unwrap().title, r"C:\u\b");
        // An older schema is migrated; an invalid journey is refused with the careful reason.
        let old = to_json(&examples::jan()).replacen(
            &format!(r#""schema":{SCHEMA_VERSION}"#),
            r#""schema":11"#,
            1,
        );
        assert_eq!(current(&old), None);
        assert!(restore(&old).is_ok());
        let mut bad = examples::jan();
        bad.title = String::new();
        assert_eq!(current(&to_json(&bad)), None);
        assert!(matches!(
            restore(&to_json(&bad)),
            Err(RestoreError::Invalid(_))
        ));
    }

    #[test]
    fn the_byte_scan_finds_every_unwanted_character() {
        let every = (0..=0x3000u32).filter_map(char::from_u32);
        for c in every.filter(|&c| c != '"' && c != '\\') {
            let json = serde_json::to_string(&format!("a{c}b")).unwrap();
            let wanted = !crate::text::is_unwanted(c)
                && !json.contains("\\u")
                && !json.contains("\\b")
                && !json.contains("\\f");
            assert_eq!(plain(&json), wanted, "{:?} as {json}", c);
            // As an escape, a character may be anything.
            assert!(!plain(&format!(r#""a\u{:04x}b""#, c as u32)));
        }
    }

    #[test]
    fn the_envelope_names_format_and_schema_first() {
        let json = to_json(&examples::jan());
        assert!(json.starts_with(&format!(
            r#"{{"format":"klantreis/journey","schema":{SCHEMA_VERSION},"journey":{{"#
        )));
    }

    #[test]
    fn the_first_stored_shape_still_loads() {
        // Written by schema 1; must keep loading after every future schema change.
        let json = include_str!("../tests/fixtures/schema-1.json");
        let j = restore(json).unwrap();
        assert_eq!(j.title, "Jan zoekt rust");
        assert_eq!(j.touchpoints.len(), 2);
        assert_eq!(j.touchpoints[1].emotion.map(|e| e.value()), Some(-2));
        assert_eq!(j.touchpoints[1].pain_points, ["Lange wachttijd"]);
        // Schema 2 added signifier sets: an old journey gets the default set for both.
        assert_eq!(j.touchpoint_set, crate::signifier::default_set());
        assert_eq!(j.story_set, crate::signifier::default_set());
        assert!(j.touchpoints.iter().all(|t| t.answers.is_empty()));
    }

    #[test]
    fn the_second_stored_shape_still_loads() {
        // Written by schema 2 (signifier sets and answers, no script).
        let json = include_str!("../tests/fixtures/schema-2.json");
        let j = restore(json).unwrap();
        assert_eq!(j.touchpoints.len(), 3);
        assert_eq!(j.touchpoints[1].answers.len(), 7);
        assert_eq!(j.script, crate::script::InterviewScript::default());
    }

    #[test]
    fn the_third_stored_shape_still_loads() {
        // Written by schema 3 (an interview script, no workshop).
        let json = include_str!("../tests/fixtures/schema-3.json");
        assert!(json.contains(r#""schema":3"#));
        let j = restore(json).unwrap();
        assert_eq!(j.touchpoints.len(), 3);
        assert_eq!(j.workshop, None);
        assert_eq!(j.touchpoints, before_phases(3));
    }

    /// Jan's first touchpoints as written before schema 5 (no phases, no principles, no
    /// blueprint layers).
    fn before_phases(n: usize) -> Vec<crate::touchpoint::Touchpoint> {
        let mut expected = examples::jan().touchpoints;
        expected.truncate(n);
        for t in &mut expected {
            t.phase = None;
            t.principles.clear();
            t.blueprint = crate::Blueprint::default();
        }
        expected
    }

    #[test]
    fn the_fourth_stored_shape_still_loads() {
        // Written by schema 4 (no phases, no belevingsprincipes).
        let json = include_str!("../tests/fixtures/schema-4.json");
        assert!(json.contains(r#""schema":4"#));
        let j = restore(json).unwrap();
        assert!(j.phases.is_empty());
        assert!(
            j.touchpoints
                .iter()
                .all(|t| t.phase.is_none() && t.principles.is_empty())
        );
        assert_eq!(j.touchpoints, before_phases(3));
        let early = json.replacen(r#""touchpoints":["#, r#""phases":[],"touchpoints":["#, 1);
        assert!(restore(&early.replacen(r#""phases":[]"#, r#""phases":[{}]"#, 1)).is_err());
    }

    #[test]
    fn the_fifth_stored_shape_still_loads() {
        // Written by schema 5 (phases and principles, no to-be link).
        let json = include_str!("../tests/fixtures/schema-5.json");
        assert!(json.contains(r#""schema":5"#));
        let j = restore(json).unwrap();
        assert_eq!(j.to_be_of, None);
        assert_eq!(j.phases.len(), 6);
        assert_eq!(j.touchpoints[2].principles.len(), 3);
    }

    #[test]
    fn the_sixth_stored_shape_still_loads() {
        // Written by schema 6 (a to-be journey; no ideas, design or blueprint layers).
        let json = include_str!("../tests/fixtures/schema-6.json");
        assert!(json.contains(r#""schema":6"#));
        let j = restore(json).unwrap();
        assert_eq!(
            j.to_be_of.as_ref().map(crate::Id::as_str),
            Some("voorbeeld-jan-eerder")
        );
        assert!(j.ideas.is_empty() && j.designed_of.is_none());
        assert!(j.touchpoints.iter().all(|t| t.blueprint.is_empty()));
        assert_eq!(j.touchpoints.len(), 3);
        let early = json.replacen(r#""touchpoints":["#, r#""ideas":[{}],"touchpoints":["#, 1);
        assert!(matches!(
            restore(&early),
            Err(RestoreError::Migration { from: 6, .. })
        ));
    }

    #[test]
    fn the_seventh_stored_shape_still_loads() {
        // Written by schema 7 (ideas, blueprint layers; no persona link).
        let json = include_str!("../tests/fixtures/schema-7.json");
        assert!(json.contains(r#""schema":7"#));
        let j = restore(json).unwrap();
        assert_eq!(j.persona.id, None);
        assert_eq!(j.persona.name, "Jan");
        assert_eq!(j.touchpoints.len(), 3);
        assert!(!j.ideas.is_empty());
        let early = json.replacen(r#""persona":{"#, r#""persona":{"id":"p-1","#, 1);
        assert!(matches!(
            restore(&early),
            Err(RestoreError::Migration { from: 7, .. })
        ));
    }

    #[test]
    fn the_eighth_stored_shape_still_loads() {
        // Written by schema 8 (a persona link; stories without marks).
        let json = include_str!("../tests/fixtures/schema-8.json");
        assert!(json.contains(r#""schema":8"#));
        let j = restore(json).unwrap();
        assert_eq!(j.persona.id.as_ref().map(crate::Id::as_str), Some("p-jan"));
        assert!(j.stories.iter().all(|s| s.marks.is_empty()));
        let early = json.replacen(
            r#""teller":"client","#,
            r#""teller":"client","marks":[],"#,
            1,
        );
        assert!(matches!(
            restore(&early),
            Err(RestoreError::Migration { from: 8, .. })
        ));
    }

    #[test]
    fn the_ninth_stored_shape_still_loads() {
        // Written by schema 9 (marks of the four first kinds).
        let json = include_str!("../tests/fixtures/schema-9.json");
        assert!(json.contains(r#""schema":9"#));
        let j = restore(json).unwrap();
        let kinds: Vec<_> = j.stories[0].marks.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            [crate::MarkKind::Touchpoint, crate::MarkKind::PainPoint]
        );
        assert_eq!(
            j.stories[0].passage(&j.stories[0].marks[1]),
            "Het duurde weken voor ik iets hoorde."
        );
        let early = json.replacen(r#""kind":"pain_point""#, r#""kind":"feeling""#, 1);
        assert!(matches!(
            restore(&early),
            Err(RestoreError::Migration { from: 9, .. })
        ));
    }

    #[test]
    fn the_tenth_stored_shape_still_loads() {
        // Written by schema 10 (a feeling mark, a declined offer; no retold wording).
        let json = include_str!("../tests/fixtures/schema-10.json");
        assert!(json.contains(r#""schema":10"#));
        let j = restore(json).unwrap();
        assert!(j.retold.is_empty());
        assert_eq!(j.stories[0].marks[1].kind, crate::MarkKind::Feeling);
        assert_eq!(j.touchpoints[0].declined, [r#"{"channel":"brief"}"#]);
        let early = json.replacen(
            r#""ideas":["#,
            r#""retold":{"quote:x":{"was":"a","text":"b"}},"ideas":["#,
            1,
        );
        assert!(matches!(
            restore(&early),
            Err(RestoreError::Migration { from: 10, .. })
        ));
    }

    #[test]
    fn the_eleventh_stored_shape_still_loads() {
        // Written by schema 11 (a retold wording; no other versions yet).
        let json = include_str!("../tests/fixtures/schema-11.json");
        assert!(json.contains(r#""schema":11"#));
        let j = restore(json).unwrap();
        assert_eq!(j.version_of, None);
        assert_eq!(j.retold.len(), 1);
        let early = json.replacen(r#""ideas":["#, r#""version_of":"x","ideas":["#, 1);
        assert!(matches!(
            restore(&early),
            Err(RestoreError::Migration { from: 11, .. })
        ));
    }

    #[test]
    fn a_bad_emotion_is_reported_with_its_path() {
        let json = to_json(&examples::jan()).replacen(r#""emotion":-1"#, r#""emotion":7"#, 1);
        match restore(&json) {
            Err(RestoreError::Shape { path, message }) => {
                assert!(path.starts_with("journey.touchpoints["), "{path}");
                assert!(path.ends_with("].emotion"), "{path}");
                assert!(message.contains("7 is outside -2..2"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn foreign_future_and_broken_inputs_are_refused() {
        assert!(matches!(restore("{"), Err(RestoreError::NotJson(_))));
        assert!(matches!(
            restore(r#"{"format":"excalidraw","schema":1}"#),
            Err(RestoreError::WrongFormat(_))
        ));
        assert_eq!(
            restore(r#"{"format":"klantreis/journey"}"#),
            Err(RestoreError::NoSchema)
        );
        assert_eq!(
            restore(r#"{"format":"klantreis/journey","schema":99,"journey":{}}"#),
            Err(RestoreError::FromTheFuture {
                found: 99,
                supported: SCHEMA_VERSION
            })
        );
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(matches!(restore(&deep), Err(RestoreError::NotJson(_))));
    }

    #[test]
    fn migrations_run_in_order_from_the_stored_schema() {
        // Two imagined future steps: 1 -> 2 renames `goal` to `doel`, 2 -> 3 renames it back.
        // A schema-1 file must pass through both; a schema-2 file only through the second.
        fn rename(value: &mut Value, from: &str, to: &str) -> Result<(), String> {
            let j = value["journey"].as_object_mut().ok_or("no journey")?;
            let v = j.remove(from).ok_or(format!("no {from}"))?;
            j.insert(to.into(), v);
            Ok(())
        }
        let steps: &[Migration] = &[
            |mut v| rename(&mut v, "goal", "doel").map(|_| v),
            |mut v| rename(&mut v, "doel", "goal").map(|_| v),
        ];
        let j = examples::jan();
        let at = |schema: u32| {
            to_json(&j).replacen(
                &format!(r#""schema":{SCHEMA_VERSION}"#),
                &format!(r#""schema":{schema}"#),
                1,
            )
        };
        let v1 = at(1);
        assert_eq!(restore_with(&v1, steps).unwrap(), j);

        let v2 = at(2).replacen(r#""goal":"#, r#""doel":"#, 1);
        assert_eq!(restore_with(&v2, steps).unwrap(), j);

        // A schema-1 file without the field the first step needs fails with the step named.
        let broken = v1.replacen(r#""goal":"#, r#""other":"#, 1);
        assert_eq!(
            restore_with(&broken, steps),
            Err(RestoreError::Migration {
                from: 1,
                message: "no goal".into()
            })
        );
    }

    #[test]
    fn oversized_input_is_refused_before_parsing() {
        let big = " ".repeat(MAX_BYTES + 1);
        assert!(matches!(restore(&big), Err(RestoreError::TooLarge { .. })));
    }

    #[test]
    fn invalid_references_are_refused_after_reading() {
        let json = to_json(&examples::jan()).replacen(r#""agency":"#, r#""agency":"x","was":"#, 1);
        assert!(matches!(restore(&json), Err(RestoreError::Invalid(_))));
    }
}
