//! What a journey carries of the workshop it belongs to. Below `journey.rs`: a journey holds
//! this, and nothing here needs a journey.

use crate::id::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkshopInfo {
    /// The workshop's id: the same in the template and in every group's copy.
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub groups: Vec<String>,
    /// The interview text or notes each group works from.
    #[serde(default)]
    pub assignment: String,
    /// None in the template; the group's name in its copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

impl WorkshopInfo {
    /// The workshop's template (the facilitator's journey), not a group's copy.
    pub fn is_template(&self) -> bool {
        self.group.is_none()
    }
}
