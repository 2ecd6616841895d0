//! Personas (VNG: persona met empathiekaart): library objects of their own, beside the
//! journeys. A journey links to one through [`crate::journey::Client::id`]; several journeys
//! of one persona are then shown together. A persona is stored and exported in its own
//! versioned envelope, read back only through [`restore`], like a journey.

use crate::format::{RestoreError, SCHEMA_VERSION};
use crate::id::Id;
use crate::validate::{Checker, MAX_LINE, MAX_TEXT, ValidationErrors};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The `format` of a stored persona.
pub const PERSONA_FORMAT: &str = "klantreis/persona";
/// Personas came with schema 8: no older shape of one exists, so no migration yet. A later
/// schema that changes a persona adds its step here, as journeys have theirs.
pub const FIRST_SCHEMA: u32 = 8;

/// A persona: a pseudonym with what drives them, as a workshop or a study describes a client
/// (never a real person's name; the editor says so).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Persona {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub age: AgeBand,
    /// Huishouden: alone, with children, with a partner, ...
    #[serde(default)]
    pub household: String,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub frustrations: Vec<String>,
    /// Channels the persona prefers (in their own words: "bellen", "langs de balie").
    #[serde(default)]
    pub channels: Vec<String>,
    #[serde(default)]
    pub empathy: EmpathyMap,
    #[serde(default)]
    pub created_ms: i64,
    #[serde(default)]
    pub updated_ms: i64,
}

/// Age in bands, so a persona is never more precise than it needs to be. The bands follow
/// the ages the social domain sorts by: minors, young adults (until 27 the
/// Participatiewet treats them apart), working age, and the AOW age.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    #[default]
    #[serde(rename = "unknown")]
    Unknown,
    #[serde(rename = "0-17")]
    Minor,
    #[serde(rename = "18-26")]
    Young,
    #[serde(rename = "27-44")]
    Adult,
    #[serde(rename = "45-66")]
    Middle,
    #[serde(rename = "67+")]
    Retired,
}

impl AgeBand {
    pub const ALL: [AgeBand; 6] = [
        AgeBand::Unknown,
        AgeBand::Minor,
        AgeBand::Young,
        AgeBand::Adult,
        AgeBand::Middle,
        AgeBand::Retired,
    ];

    /// The band as stored, also the value of a form's option.
    pub fn key(self) -> &'static str {
        match self {
            AgeBand::Unknown => "unknown",
            AgeBand::Minor => "0-17",
            AgeBand::Young => "18-26",
            AgeBand::Adult => "27-44",
            AgeBand::Middle => "45-66",
            AgeBand::Retired => "67+",
        }
    }

    pub fn from_key(key: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// The empathy map (empathiekaart): what the persona says, thinks, does and feels, and their
/// pains and gains.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmpathyMap {
    #[serde(default)]
    pub says: Vec<String>,
    #[serde(default)]
    pub thinks: Vec<String>,
    #[serde(default)]
    pub does: Vec<String>,
    #[serde(default)]
    pub feels: Vec<String>,
    #[serde(default)]
    pub pains: Vec<String>,
    #[serde(default)]
    pub gains: Vec<String>,
}

/// One quarter (or the pains and gains) of the empathy map, addressed by the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quarter {
    Says,
    Thinks,
    Does,
    Feels,
    Pains,
    Gains,
}

impl Quarter {
    pub const ALL: [Quarter; 6] = [
        Quarter::Says,
        Quarter::Thinks,
        Quarter::Does,
        Quarter::Feels,
        Quarter::Pains,
        Quarter::Gains,
    ];

    /// The field's name in the stored shape (and in error paths).
    pub fn key(self) -> &'static str {
        match self {
            Quarter::Says => "says",
            Quarter::Thinks => "thinks",
            Quarter::Does => "does",
            Quarter::Feels => "feels",
            Quarter::Pains => "pains",
            Quarter::Gains => "gains",
        }
    }

    pub fn get(self, map: &EmpathyMap) -> &Vec<String> {
        match self {
            Quarter::Says => &map.says,
            Quarter::Thinks => &map.thinks,
            Quarter::Does => &map.does,
            Quarter::Feels => &map.feels,
            Quarter::Pains => &map.pains,
            Quarter::Gains => &map.gains,
        }
    }

    pub fn get_mut(self, map: &mut EmpathyMap) -> &mut Vec<String> {
        match self {
            Quarter::Says => &mut map.says,
            Quarter::Thinks => &mut map.thinks,
            Quarter::Does => &mut map.does,
            Quarter::Feels => &mut map.feels,
            Quarter::Pains => &mut map.pains,
            Quarter::Gains => &mut map.gains,
        }
    }
}

/// One list of a persona's, addressed by the editor: a profile list or a part of the
/// empathy map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lines {
    Needs,
    Frustrations,
    Channels,
    Empathy(Quarter),
}

impl Lines {
    pub fn get(self, p: &Persona) -> &Vec<String> {
        match self {
            Lines::Needs => &p.needs,
            Lines::Frustrations => &p.frustrations,
            Lines::Channels => &p.channels,
            Lines::Empathy(q) => q.get(&p.empathy),
        }
    }

    pub fn get_mut(self, p: &mut Persona) -> &mut Vec<String> {
        match self {
            Lines::Needs => &mut p.needs,
            Lines::Frustrations => &mut p.frustrations,
            Lines::Channels => &mut p.channels,
            Lines::Empathy(q) => q.get_mut(&mut p.empathy),
        }
    }
}

impl Persona {
    pub fn new(id: Id, name: impl Into<String>, now_ms: i64) -> Self {
        Self {
            id,
            name: name.into(),
            age: AgeBand::Unknown,
            household: String::new(),
            situation: String::new(),
            goal: String::new(),
            needs: Vec::new(),
            frustrations: Vec::new(),
            channels: Vec::new(),
            empathy: EmpathyMap::default(),
            created_ms: now_ms,
            updated_ms: now_ms,
        }
    }

    /// The avatar's letters: the first letter of the first two words ("Mevrouw X" → "MX"),
    /// so a persona has a face without a photograph of anyone.
    pub fn initials(&self) -> String {
        let letters: String = self
            .name
            .split_whitespace()
            .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
            .take(2)
            .flat_map(char::to_uppercase)
            .collect();
        if letters.is_empty() {
            "?".into()
        } else {
            letters
        }
    }

    /// A copy that stands apart: a new id and name, as when an imported version meets one
    /// edited here (both are kept).
    pub fn separate_copy(&self, id: Id, name: String) -> Persona {
        Persona {
            id,
            name,
            ..self.clone()
        }
    }

    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker::default();
        c.required(|| "id".into(), self.id.as_str(), MAX_LINE);
        c.text(|| "name".into(), &self.name, MAX_LINE);
        c.text(|| "household".into(), &self.household, MAX_LINE);
        c.text(|| "situation".into(), &self.situation, MAX_TEXT);
        c.text(|| "goal".into(), &self.goal, MAX_TEXT);
        c.lines(|| "needs".into(), &self.needs);
        c.lines(|| "frustrations".into(), &self.frustrations);
        c.lines(|| "channels".into(), &self.channels);
        for q in Quarter::ALL {
            c.lines(|| format!("empathy.{}", q.key()), q.get(&self.empathy));
        }
        c.finish()
    }
}

impl crate::recovery::Versioned for Persona {
    fn updated_ms(&self) -> i64 {
        self.updated_ms
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    schema: u32,
    persona: &'a Persona,
}

/// The stored shape of a persona: `{"format":"klantreis/persona","schema":8,"persona":{…}}`.
pub fn to_json(persona: &Persona) -> String {
    serde_json::to_string(&EnvelopeOut {
        format: PERSONA_FORMAT,
        schema: SCHEMA_VERSION,
        persona,
    })
    .unwrap_or_default()
}

/// Reads a stored persona: the format, a schema this build knows, the shape (errors name the
/// field) and the rules.
pub fn restore(json: &str) -> Result<Persona, RestoreError> {
    let parsed = crate::format::parse(json, &[PERSONA_FORMAT], crate::format::MIGRATIONS)?;
    let value = parsed
        .value
        .get("persona")
        .cloned()
        .ok_or(RestoreError::Shape {
            path: "persona".into(),
            message: "missing".into(),
        })?;
    from_value(value, parsed.schema, "persona")
}

/// One persona of schema `schema` (a stored one, or one of a library file's `personas`),
/// read with `at` before the path of any misfit.
pub(crate) fn from_value(value: Value, schema: u64, at: &str) -> Result<Persona, RestoreError> {
    if schema < u64::from(FIRST_SCHEMA) {
        return Err(RestoreError::Shape {
            path: at.into(),
            message: format!("personas exist from schema {FIRST_SCHEMA} on, not in {schema}"),
        });
    }
    let join = |path: &str| {
        if path == "." || path.is_empty() {
            at.to_owned()
        } else {
            format!("{at}.{path}")
        }
    };
    let persona: Persona =
        serde_path_to_error::deserialize(value).map_err(|e| RestoreError::Shape {
            path: join(&e.path().to_string()),
            message: e.inner().to_string(),
        })?;
    persona.validate().map_err(|ValidationErrors(errors)| {
        RestoreError::Invalid(ValidationErrors(
            errors
                .into_iter()
                .map(|mut e| {
                    e.path = join(&e.path);
                    e
                })
                .collect(),
        ))
    })?;
    Ok(persona)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn mevrouw_x() -> Persona {
        let mut p = Persona::new("p-x".into(), "Mevrouw X", 1_700_000_000_000);
        p.age = AgeBand::Middle;
        p.household = "alleen, twee kinderen uit huis".into();
        p.needs = vec!["één vast aanspreekpunt".into()];
        p.empathy.says = vec!["Ik wil gewoon dat iemand terugbelt.".into()];
        p.empathy.feels = vec!["bang voor de post".into()];
        p.empathy.gains = vec!["rust".into()];
        p
    }

    #[test]
    fn initials_take_the_first_two_words() {
        let mut p = mevrouw_x();
        assert_eq!(p.initials(), "MX");
        p.name = "  jan ".into();
        assert_eq!(p.initials(), "J");
        p.name = "'t Hart de Vries".into();
        assert_eq!(p.initials(), "TH");
        p.name = String::new();
        assert_eq!(p.initials(), "?");
    }

    #[test]
    fn a_stored_persona_round_trips() {
        let p = mevrouw_x();
        let json = to_json(&p);
        let head = format!(r#"{{"format":"klantreis/persona","schema":{SCHEMA_VERSION}"#);
        assert!(json.starts_with(&head));
        assert_eq!(restore(&json).unwrap(), p);
    }

    #[test]
    fn a_journey_is_not_a_persona() {
        let journey = crate::format::to_json(&crate::examples::jan());
        assert!(matches!(
            restore(&journey),
            Err(RestoreError::WrongFormat(f)) if f == "klantreis/journey"
        ));
    }

    #[test]
    fn errors_name_the_field() {
        let json = to_json(&mevrouw_x()).replace(r#""45-66""#, r#""40-50""#);
        match restore(&json) {
            Err(RestoreError::Shape { path, .. }) => assert_eq!(path, "persona.age"),
            other => panic!("{other:?}"),
        }
        let mut long = mevrouw_x();
        long.empathy.thinks = vec!["x".repeat(MAX_LINE + 1)];
        match restore(&to_json(&long)) {
            Err(RestoreError::Invalid(e)) => assert_eq!(e.0[0].path, "persona.empathy.thinks[0]"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn control_characters_are_taken_out_of_a_stored_persona() {
        let mut p = mevrouw_x();
        p.name = "Mevrouw\u{202E} X".into();
        assert_eq!(restore(&to_json(&p)).unwrap().name, "Mevrouw X");
    }

    #[test]
    fn no_persona_before_schema_8() {
        let json = to_json(&mevrouw_x())
            .replace(&format!(r#""schema":{SCHEMA_VERSION}"#), r#""schema":7"#);
        assert!(
            matches!(restore(&json), Err(RestoreError::Shape { path, .. }) if path == "persona")
        );
    }

    #[test]
    fn age_bands_read_back_from_their_keys() {
        for a in AgeBand::ALL {
            assert_eq!(AgeBand::from_key(a.key()), Some(a));
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(json, format!("\"{}\"", a.key()));
        }
        assert_eq!(AgeBand::from_key("40"), None);
    }
}
