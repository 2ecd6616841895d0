//! An agency (instantie): an organisation or person met on the way, one lane on the map.

use crate::id::Id;
use serde::{Deserialize, Serialize};
use std::fmt;

/// An organisation or person the client meets on the way (instantie); one swimlane on the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Agency {
    pub id: Id,
    pub name: String,
    pub kind: AgencyKind,
    pub colour: Colour,
}

impl Agency {
    pub fn new(id: Id, name: impl Into<String>, kind: AgencyKind) -> Self {
        Self {
            id,
            name: name.into(),
            colour: kind.default_colour(),
            kind,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyKind {
    Gemeente,
    Schuldhulpverlening,
    Vrijwilliger,
    Werk,
    Zorg,
    Wonen,
    Netwerk,
    Other,
}

impl AgencyKind {
    pub const ALL: [AgencyKind; 8] = [
        Self::Gemeente,
        Self::Schuldhulpverlening,
        Self::Vrijwilliger,
        Self::Werk,
        Self::Zorg,
        Self::Wonen,
        Self::Netwerk,
        Self::Other,
    ];

    /// Lane accents: each at least 4.5:1 against white, so the colour also works as text and
    /// always passes the 3:1 needed for graphics (WCAG 1.4.11).
    pub fn default_colour(self) -> Colour {
        let hex = match self {
            Self::Gemeente => "#1f5fa8",
            Self::Schuldhulpverlening => "#b3541e",
            Self::Vrijwilliger => "#2e7d4f",
            Self::Werk => "#7a4fa3",
            Self::Zorg => "#b0325a",
            Self::Wonen => "#8a6d00",
            Self::Netwerk => "#00767a",
            Self::Other => "#5c6670",
        };
        Colour::parse(hex).unwrap_or_default()
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Gemeente => "gemeente",
            Self::Schuldhulpverlening => "schuldhulpverlening",
            Self::Vrijwilliger => "vrijwilliger",
            Self::Werk => "werk",
            Self::Zorg => "zorg",
            Self::Wonen => "wonen",
            Self::Netwerk => "netwerk",
            Self::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A colour as `#rrggbb`, the form `<input type="color">` reads and writes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Colour(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a colour of the form #rrggbb")]
pub struct BadColour(pub String);

impl Colour {
    pub fn parse(value: &str) -> Result<Self, BadColour> {
        let ok = value.len() == 7
            && value.starts_with('#')
            && value[1..].chars().all(|c| c.is_ascii_hexdigit());
        if ok {
            Ok(Self(value.to_ascii_lowercase()))
        } else {
            Err(BadColour(value.chars().take(40).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Colour {
    fn default() -> Self {
        Self("#5c6670".into())
    }
}

impl TryFrom<String> for Colour {
    type Error = BadColour;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Colour> for String {
    fn from(value: Colour) -> Self {
        value.0
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_accepts_hex_and_normalises_case() {
        assert_eq!(Colour::parse("#1F5FA8").unwrap().as_str(), "#1f5fa8");
    }

    #[test]
    fn colour_rejects_names_short_forms_and_script() {
        for bad in ["red", "#fff", "#12345g", "1f5fa8a", "\"><script>"] {
            assert!(Colour::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn every_kind_round_trips_through_its_key() {
        for kind in AgencyKind::ALL {
            assert_eq!(AgencyKind::from_key(kind.key()), Some(kind));
        }
    }
}
