//! The user's wording of the gekanteld verslag, kept with the journey: by sentence, beside the
//! journey's text each edit replaced.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The user's wording of one sentence, and the source text it replaced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub was: String,
    pub text: String,
}

/// The edits of a journey's gekanteld verslag, by sentence key (schema 11).
pub type Edits = BTreeMap<String, Edit>;
