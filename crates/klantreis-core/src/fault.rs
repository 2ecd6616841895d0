//! Why a file or record did not read, as typed values the app puts into the user's words.
//! The reader (serde) says it in English text of a stable shape; this turns that text into a
//! [`Fault`], keeping what it names (a field, a value, the choices), so no English reaches a
//! Dutch message.

/// What was wrong at a place in the data (the place is the error's path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// A field that must be there is not.
    Missing(String),
    /// A field this format does not have.
    UnknownField(String),
    /// The same field twice.
    Twice(String),
    /// A value that is not one of the allowed names (`bank` where `balie`, `telefoon`, … go).
    NotAllowed { found: String, allowed: Vec<String> },
    /// A value of the wrong kind (text where a number goes).
    WrongKind { found: String, expected: String },
    /// A number outside its range.
    OutOfRange {
        value: String,
        min: String,
        max: String,
    },
    /// A date that is not a date (2024-13-45).
    NotADate,
    /// Anything else, as the reader said it.
    Other(String),
}

/// Why a text is not JSON at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonFault {
    /// The text stops in the middle (a file cut short).
    CutShort,
    /// Something that is not JSON, at a line and column.
    At {
        line: u64,
        column: u64,
    },
    /// Nested deeper than is allowed.
    TooDeep,
    Other(String),
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = text[start..].find(close)? + start;
    Some(&text[start..end])
}

fn ticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The typed reason behind the reader's message of a shape error.
pub fn fault(message: &str) -> Fault {
    let first = || between(message, "`", "`").unwrap_or_default().to_owned();
    if message.starts_with("missing field") {
        Fault::Missing(first())
    } else if message.starts_with("unknown field") {
        Fault::UnknownField(first())
    } else if message.starts_with("duplicate field") {
        Fault::Twice(first())
    } else if message.starts_with("unknown variant") {
        let all = ticked(message);
        Fault::NotAllowed {
            found: all.first().cloned().unwrap_or_default(),
            allowed: all.into_iter().skip(1).collect(),
        }
    } else if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        Fault::WrongKind {
            found: found.to_owned(),
            expected: expected.to_owned(),
        }
    } else if let Some((value, range)) = message.split_once(" is outside ") {
        let (min, max) = range.split_once("..").unwrap_or((range, ""));
        Fault::OutOfRange {
            value: value.to_owned(),
            min: min.to_owned(),
            max: max.to_owned(),
        }
    } else if message.contains("input contains invalid characters")
        || message.contains("input is out of range")
        || message.contains("premature end of input")
        || message.contains("input is not enough for unique date")
    {
        Fault::NotADate
    } else {
        Fault::Other(message.to_owned())
    }
}

/// The typed reason behind the reader's message for text that is not JSON.
pub fn json_fault(detail: &str) -> JsonFault {
    if detail.starts_with("EOF while parsing") {
        return JsonFault::CutShort;
    }
    if detail.starts_with("recursion limit exceeded") {
        return JsonFault::TooDeep;
    }
    let number = |after: &str| {
        detail
            .split(after)
            .nth(1)?
            .split(|c: char| !c.is_ascii_digit())
            .next()?
            .parse()
            .ok()
    };
    match (number(" line "), number(" column ")) {
        (Some(line), Some(column)) => JsonFault::At { line, column },
        _ => JsonFault::Other(detail.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::{read, write};
    use crate::format::RestoreError;

    fn shape(from: &str, to: &str) -> Fault {
        let text = write(&[crate::examples::jan()], 0);
        assert!(text.contains(from), "{from}");
        match read(&text.replacen(from, to, 1)) {
            Err(RestoreError::Shape { message, .. }) => fault(&message),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_readers_messages_become_typed_faults() {
        assert_eq!(
            shape("\"emotion\":-1", "\"emotion\":7"),
            Fault::OutOfRange {
                value: "7".into(),
                min: "-2".into(),
                max: "2".into()
            }
        );
        match shape("\"channel\":\"balie\"", "\"channel\":\"bank\"") {
            Fault::NotAllowed { found, allowed } => {
                assert_eq!(found, "bank");
                assert!(allowed.contains(&"balie".to_owned()), "{allowed:?}");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            shape("\"title\":\"Aanmelden aan de balie\"", "\"title\":12"),
            Fault::WrongKind { .. }
        ));
        assert_eq!(
            shape("\"date\":\"2024-03-11\"", "\"date\":\"2024-13-45\""),
            Fault::NotADate
        );
        assert_eq!(
            shape("\"agency\":", "\"agentschap\":"),
            Fault::Missing("agency".into())
        );
    }

    #[test]
    fn text_that_is_not_json_says_where_or_that_it_stops() {
        let text = write(&[crate::examples::jan()], 0);
        let detail = |t: &str| match read(t) {
            Err(RestoreError::NotJson(d)) => json_fault(&d),
            other => panic!("{other:?}"),
        };
        assert_eq!(detail(&text[..text.len() / 2]), JsonFault::CutShort);
        assert_eq!(detail("{\"a\": x}"), JsonFault::At { line: 1, column: 7 });
    }
}
