//! A story (verhaal): the interview a journey is built from, who told it, and its answers.

use crate::id::Id;
use crate::mark::Mark;
use crate::signifier::Answers;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An interview or told story (verhaal): the source a journey is reconstructed from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: Id,
    pub teller: Teller,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub text: String,
    /// Answers to the journey's story signifiers.
    #[serde(default, skip_serializing_if = "Answers::is_empty")]
    pub answers: Answers,
    /// Passages of `text` used in the journey (schema 9).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Mark>,
}

impl Story {
    /// Replaces the text; every mark follows the words it covered (see [`crate::mark::follow`]).
    pub fn set_text(&mut self, text: String) {
        crate::mark::follow(&self.text, &text, &mut self.marks);
        self.text = text;
    }

    /// The passage a mark covers.
    pub fn passage(&self, mark: &Mark) -> String {
        crate::mark::passage(&self.text, mark.start, mark.end)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Teller {
    Client,
    Professional,
    Volunteer,
}

impl Teller {
    pub const ALL: [Teller; 3] = [Self::Client, Self::Professional, Self::Volunteer];

    pub fn key(self) -> &'static str {
        match self {
            Self::Client => "client",
            Self::Professional => "professional",
            Self::Volunteer => "volunteer",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}
