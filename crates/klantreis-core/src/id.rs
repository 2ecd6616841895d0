//! Ids of journeys, agencies, touchpoints, stories and questions: opaque strings, stable across
//! files.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable identifier of a journey, agency, touchpoint or story.
///
/// The core never invents ids: the caller supplies them (the browser uses
/// `crypto.randomUUID()`), which keeps every function here pure and every test deterministic.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}
