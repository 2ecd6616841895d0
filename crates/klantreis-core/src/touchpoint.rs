//! A touchpoint (contactmoment): one interaction with one agency, with its experience, evidence
//! and answers.

use crate::blueprint::Blueprint;
pub use crate::emotion::{Emotion, EmotionOutOfRange};
use crate::id::Id;
use crate::principle::Principles;
use crate::signifier::Answers;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One interaction of the client with an agency (contactmoment).
///
/// Touchpoints live in a journey's list in time order; their position is their order, so
/// there is no separate order number that could disagree with it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Touchpoint {
    pub id: Id,
    pub agency: Id,
    /// A short label for the card ("Aanvraag aan de balie").
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub channel: Channel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiative: Option<Initiative>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiting: Option<Waiting>,
    /// What happened, in the client's or group's words.
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emotion: Option<Emotion>,
    #[serde(default)]
    pub pain_points: Vec<String>,
    #[serde(default)]
    pub opportunities: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub world: Option<World>,
    #[serde(default)]
    pub moment_of_truth: bool,
    /// The phase of the journey this step belongs to (schema 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Id>,
    /// The belevingsprincipes judged kept or broken here (schema 5).
    #[serde(default, skip_serializing_if = "Principles::is_empty")]
    pub principles: Principles,
    /// The service blueprint layers: frontstage, backstage, support (schema 7).
    #[serde(default, skip_serializing_if = "Blueprint::is_empty")]
    pub blueprint: Blueprint,
    /// The story (interview) this touchpoint was taken from: the evidence for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<Id>,
    /// Answers to the journey's touchpoint signifiers.
    #[serde(default, skip_serializing_if = "Answers::is_empty")]
    pub answers: Answers,
    /// The assistant's offers the user ignored, by [`crate::assist::Offer::key`], so they are
    /// not offered again (schema 10).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declined: Vec<String>,
}

impl Touchpoint {
    /// Sets the experience. The answer to the set's emotion question (`question`, see
    /// [`crate::Journey::emotion_question`]) is the same value, so the emotion curve and the
    /// pooled signifier never disagree.
    pub fn set_emotion(&mut self, emotion: Option<Emotion>, question: Option<&Id>) {
        self.emotion = emotion;
        if let Some(q) = question {
            match emotion {
                Some(e) => self
                    .answers
                    .insert(q.clone(), crate::signifier::Answer::Emotion(e)),
                None => self.answers.remove(q),
            };
        }
    }

    pub fn new(id: Id, agency: Id, title: impl Into<String>) -> Self {
        Self {
            id,
            agency,
            title: title.into(),
            date: None,
            channel: Channel::default(),
            initiative: None,
            waiting: None,
            what: String::new(),
            quote: String::new(),
            emotion: None,
            pain_points: Vec::new(),
            opportunities: Vec::new(),
            world: None,
            moment_of_truth: false,
            phase: None,
            principles: Principles::new(),
            blueprint: Blueprint::default(),
            story: None,
            answers: Answers::new(),
            declined: Vec::new(),
        }
    }
}

/// How the contact took place (kanaal).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Balie,
    Telefoon,
    Brief,
    Email,
    Website,
    Formulier,
    Huisbezoek,
    /// Any other channel, named by the user ("WhatsApp", "spreekuur in de bibliotheek").
    Other(String),
}

impl Channel {
    /// The fixed channels, in the order a form offers them; `Other` follows them.
    pub const FIXED: [Channel; 7] = [
        Self::Balie,
        Self::Telefoon,
        Self::Brief,
        Self::Email,
        Self::Website,
        Self::Formulier,
        Self::Huisbezoek,
    ];

    pub fn key(&self) -> &'static str {
        match self {
            Self::Balie => "balie",
            Self::Telefoon => "telefoon",
            Self::Brief => "brief",
            Self::Email => "email",
            Self::Website => "website",
            Self::Formulier => "formulier",
            Self::Huisbezoek => "huisbezoek",
            Self::Other(_) => "other",
        }
    }

    /// The channel a form's select value stands for; `other` keeps the given text.
    pub fn from_key(key: &str, other_text: &str) -> Option<Self> {
        if key == "other" {
            return Some(Self::Other(other_text.to_owned()));
        }
        Self::FIXED.into_iter().find(|c| c.key() == key)
    }
}

/// Who took the initiative for the contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Initiative {
    Client,
    Agency,
    Network,
    Professional,
}

impl Initiative {
    pub const ALL: [Initiative; 4] = [
        Self::Client,
        Self::Agency,
        Self::Network,
        Self::Professional,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Client => "client",
            Self::Agency => "agency",
            Self::Network => "network",
            Self::Professional => "professional",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Whether a touchpoint started from the client's life or from the organisation's rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum World {
    Leefwereld,
    Systeemwereld,
}

impl World {
    pub fn key(self) -> &'static str {
        match self {
            Self::Leefwereld => "leefwereld",
            Self::Systeemwereld => "systeemwereld",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Leefwereld, Self::Systeemwereld]
            .into_iter()
            .find(|k| k.key() == key)
    }
}

/// How long the client waited, kept in the unit the client used ("zes uur", "drie weken").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waiting {
    pub amount: u32,
    pub unit: WaitUnit,
}

impl Waiting {
    /// Minutes, so that waits in different units can be compared and pooled.
    pub fn minutes(self) -> u64 {
        u64::from(self.amount) * self.unit.minutes()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaitUnit {
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
}

impl WaitUnit {
    pub const ALL: [WaitUnit; 5] = [
        Self::Minutes,
        Self::Hours,
        Self::Days,
        Self::Weeks,
        Self::Months,
    ];

    pub fn minutes(self) -> u64 {
        match self {
            Self::Minutes => 1,
            Self::Hours => 60,
            Self::Days => 60 * 24,
            Self::Weeks => 60 * 24 * 7,
            Self::Months => 60 * 24 * 30,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Minutes => "minutes",
            Self::Hours => "hours",
            Self::Days => "days",
            Self::Weeks => "weeks",
            Self::Months => "months",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_emotion_and_the_emotion_question_s_answer_move_together() {
        let jan = crate::examples::jan();
        let question = jan
            .emotion_question()
            .expect("the default set asks for the emotion");
        let mut t = jan.touchpoints[0].clone();
        let good = Emotion::all().last().unwrap();
        t.set_emotion(Some(good), Some(&question));
        assert_eq!(t.emotion, Some(good));
        assert_eq!(
            t.answers.get(&question),
            Some(&crate::signifier::Answer::Emotion(good))
        );
        t.set_emotion(None, Some(&question));
        assert_eq!(t.emotion, None);
        assert_eq!(t.answers.get(&question), None);
        // A set without an emotion question leaves the answers alone.
        let before = t.answers.clone();
        t.set_emotion(Some(good), None);
        assert_eq!(t.answers, before);
    }

    #[test]
    fn emotion_accepts_exactly_minus_two_to_two() {
        assert_eq!(
            Emotion::all().map(Emotion::value).collect::<Vec<_>>(),
            [-2, -1, 0, 1, 2]
        );
        assert_eq!(Emotion::new(3), Err(EmotionOutOfRange(3)));
        assert_eq!(Emotion::new(-3), Err(EmotionOutOfRange(-3)));
    }

    #[test]
    fn emotion_out_of_range_fails_to_deserialize() {
        let err = serde_json::from_str::<Emotion>("7").unwrap_err();
        assert!(err.to_string().contains("7 is outside -2..2"), "{err}");
        assert_eq!(serde_json::from_str::<Emotion>("-1").unwrap().value(), -1);
    }

    #[test]
    fn other_channel_keeps_its_text_in_json() {
        let json = serde_json::to_string(&Channel::Other("WhatsApp".into())).unwrap();
        assert_eq!(json, r#"{"other":"WhatsApp"}"#);
        assert_eq!(
            serde_json::to_string(&Channel::Balie).unwrap(),
            r#""balie""#
        );
    }

    #[test]
    fn waiting_converts_to_minutes_for_pooling() {
        let six_hours = Waiting {
            amount: 6,
            unit: WaitUnit::Hours,
        };
        assert_eq!(six_hours.minutes(), 360);
    }

    #[test]
    fn channel_keys_round_trip() {
        for c in Channel::FIXED {
            assert_eq!(Channel::from_key(c.key(), ""), Some(c));
        }
        assert_eq!(
            Channel::from_key("other", "chat"),
            Some(Channel::Other("chat".into()))
        );
        assert_eq!(Channel::from_key("fax", ""), None);
    }
}
