//! Files of our own: one journey or many, with their stories, signifier sets and answers, in
//! a documented, versioned JSON format (see FORMAT.md). Reading a file validates everything
//! before anything is returned, so a bad file changes nothing.

use crate::format::{
    FORMAT, MIGRATIONS, Migration, Parsed, RestoreError, SCHEMA_VERSION, journey_from, parse,
};
use crate::journey::Journey;
use crate::persona::Persona;
use crate::validate::{ValidationError, ValidationErrors};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;

/// The `format` of a file of several journeys.
pub const LIBRARY_FORMAT: &str = "klantreis/library";

#[derive(Serialize)]
struct LibraryOut<'a> {
    format: &'static str,
    schema: u32,
    exported_ms: i64,
    journeys: &'a [Journey],
    #[serde(skip_serializing_if = "<[Persona]>::is_empty")]
    personas: &'a [Persona],
}

/// The file for `journeys` (one, a selection, or the whole library).
pub fn write(journeys: &[Journey], exported_ms: i64) -> String {
    write_with(journeys, &[], exported_ms)
}

/// The file for `journeys` with `personas` (those they link to, or the whole library's).
pub fn write_with(journeys: &[Journey], personas: &[Persona], exported_ms: i64) -> String {
    // Compact, not pretty: a second (pretty) serializer for the whole journey tree would add
    // its own copy of every Serialize impl to the wasm bundle.
    serde_json::to_string(&LibraryOut {
        format: LIBRARY_FORMAT,
        schema: SCHEMA_VERSION,
        exported_ms,
        journeys,
        personas,
    })
    .unwrap_or_default()
}

/// Everything a file of ours holds, read and validated.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contents {
    pub journeys: Vec<Journey>,
    /// A library file's personas (schema 8 on); none in older files and single journeys.
    pub personas: Vec<Persona>,
    /// Control or bidirectional-override characters taken out of the text.
    pub removed: usize,
}

/// Reads a file of ours (a library file or a single stored journey), migrating older schema
/// versions; every error names what is wrong and where.
pub fn read(text: &str) -> Result<Vec<Journey>, RestoreError> {
    read_with(text, MIGRATIONS).map(|c| c.journeys)
}

/// [`read`] with the file's personas, and how many control or bidirectional-override
/// characters were taken out of the file's text (see [`crate::text`]), so the user can be
/// told.
pub fn read_contents(text: &str) -> Result<Contents, RestoreError> {
    read_with(text, MIGRATIONS)
}

fn prefixed(index: usize, error: RestoreError) -> RestoreError {
    let at = |path: &str| {
        let path = path.strip_prefix("journey.").unwrap_or(path);
        // serde_path_to_error names the root ".".
        let path = if path == "journey" || path == "." {
            ""
        } else {
            path
        };
        format!(
            "journeys[{index}]{}{path}",
            if path.is_empty() || path.starts_with('[') {
                ""
            } else {
                "."
            }
        )
    };
    match error {
        RestoreError::Shape { path, message } => RestoreError::Shape {
            path: at(&path),
            message,
        },
        RestoreError::Invalid(ValidationErrors(errors)) => RestoreError::Invalid(ValidationErrors(
            errors
                .into_iter()
                .map(|e| ValidationError {
                    path: at(&e.path),
                    problem: e.problem,
                })
                .collect(),
        )),
        other => other,
    }
}

pub fn read_with(text: &str, migrations: &[Migration]) -> Result<Contents, RestoreError> {
    let Parsed {
        mut value,
        schema,
        removed,
    } = parse(text, &[FORMAT, LIBRARY_FORMAT], migrations)?;
    if value.get("format").and_then(Value::as_str) == Some(FORMAT) {
        return journey_from(value, schema, migrations).map(|j| Contents {
            journeys: vec![j],
            personas: Vec::new(),
            removed,
        });
    }
    let personas = personas_from(value.get_mut("personas").map(Value::take), schema)?;
    let Some(Value::Array(items)) = value.get_mut("journeys").map(Value::take) else {
        return Err(RestoreError::NoJourneyList);
    };
    let mut journeys = Vec::with_capacity(items.len());
    let mut seen = HashSet::new();
    for (index, item) in items.into_iter().enumerate() {
        let wrapped = serde_json::json!({ "schema": schema, "journey": item });
        let journey = journey_from(wrapped, schema, migrations).map_err(|e| prefixed(index, e))?;
        if !seen.insert(journey.id.clone()) {
            return Err(RestoreError::IdTwice {
                path: format!("journeys[{index}].id"),
                id: journey.id.to_string(),
            });
        }
        journeys.push(journey);
    }
    Ok(Contents {
        journeys,
        personas,
        removed,
    })
}

/// A library file's `personas`, each validated; absent is none.
fn personas_from(list: Option<Value>, schema: u64) -> Result<Vec<Persona>, RestoreError> {
    let items = match list {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => {
            return Err(RestoreError::Shape {
                path: "personas".into(),
                message: "not a list".into(),
            });
        }
    };
    let mut seen = HashSet::new();
    let mut personas = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let persona = crate::persona::from_value(item, schema, &format!("personas[{index}]"))?;
        if !seen.insert(persona.id.clone()) {
            return Err(RestoreError::IdTwice {
                path: format!("personas[{index}].id"),
                id: persona.id.to_string(),
            });
        }
        personas.push(persona);
    }
    Ok(personas)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    #[test]
    fn a_library_file_round_trips_exactly() {
        let all = examples::all();
        let text = write(&all, 1_700_000_000_000);
        assert!(text.starts_with(r#"{"format":"klantreis/library","schema":"#));
        assert_eq!(read(&text).unwrap(), all);
    }

    #[test]
    fn a_single_stored_journey_is_read_too() {
        let j = examples::x();
        assert_eq!(read(&crate::format::to_json(&j)).unwrap(), vec![j]);
    }

    #[test]
    fn errors_name_the_journey_and_field() {
        let text = write(&[examples::intake(), examples::jan()], 0).replacen(
            "\"emotion\":-1",
            "\"emotion\":7",
            1,
        );
        match read(&text) {
            Err(RestoreError::Shape { path, message }) => {
                assert!(path.starts_with("journeys[1].touchpoints["), "{path}");
                assert!(path.ends_with("].emotion"), "{path}");
                assert_eq!(message, "7 is outside -2..2");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn validation_errors_carry_the_journey_index() {
        let mut jan = examples::jan();
        jan.touchpoints[3].agency = "nergens".into();
        // The writer does not validate, so it can write a broken journey for the reader.
        let text = write(&[examples::x(), jan], 0);
        match read(&text) {
            Err(RestoreError::Invalid(e)) => {
                assert_eq!(e.0[0].path, "journeys[1].touchpoints[3].agency")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_older_library_file_is_migrated() {
        // A schema-1 library file: journeys without signifier sets or script.
        let v1 = include_str!("../tests/fixtures/schema-1.json");
        let journey: Value = serde_json::from_str::<Value>(v1).unwrap()["journey"].clone();
        let text =
            serde_json::json!({ "format": LIBRARY_FORMAT, "schema": 1, "journeys": [journey] })
                .to_string();
        let read = read(&text).unwrap();
        assert_eq!(read[0].touchpoint_set, crate::signifier::default_set());
        assert_eq!(read[0].script, crate::script::InterviewScript::default());
    }

    #[test]
    fn control_and_bidi_characters_are_taken_out_and_counted() {
        let mut jan = examples::jan();
        jan.title = "Jan\u{202E}gnp.exe".into();
        jan.touchpoints[0].quote = "Ik\u{0} wacht\u{1b}".into();
        let Contents {
            journeys: read,
            removed,
            ..
        } = read_contents(&write(&[jan], 0)).unwrap();
        assert_eq!(removed, 3);
        assert_eq!(read[0].title, "Jangnp.exe");
        assert_eq!(read[0].touchpoints[0].quote, "Ik wacht");
    }

    #[test]
    fn personas_travel_with_their_journeys() {
        let mut x = examples::x();
        let persona = crate::persona::Persona::new("p-x".into(), "Mevrouw X", 5);
        x.persona.id = Some(persona.id.clone());
        let text = write_with(std::slice::from_ref(&x), std::slice::from_ref(&persona), 9);
        let back = read_contents(&text).unwrap();
        assert_eq!(back.journeys, vec![x]);
        assert_eq!(back.personas, vec![persona.clone()]);
        // A file without personas writes no empty list, and reads as none.
        assert!(!write(&[examples::jan()], 0).contains("personas"));
        // Errors in a persona name it.
        let bad = text.replace(r#""age":"unknown""#, r#""age":"oud""#);
        assert!(matches!(
            read_contents(&bad),
            Err(RestoreError::Shape { path, .. }) if path == "personas[0].age"
        ));
        let twice = write_with(&[], &[persona.clone(), persona], 0);
        assert!(matches!(
            read_contents(&twice),
            Err(RestoreError::IdTwice { path, .. }) if path == "personas[1].id"
        ));
    }

    #[test]
    fn duplicate_journey_ids_in_one_file_are_refused() {
        let text = write(&[examples::jan(), examples::jan()], 0);
        match read(&text) {
            Err(RestoreError::IdTwice { path, .. }) => assert_eq!(path, "journeys[1].id"),
            other => panic!("{other:?}"),
        }
    }
}
