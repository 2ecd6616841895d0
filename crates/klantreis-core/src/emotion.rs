//! The client's experience of a touchpoint (beleving), from -2 to +2: a touchpoint's emotion
//! and the answer to an emotion question are this one value.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The client's experience of a touchpoint, from -2 (very negative) to +2 (very positive).
/// The points of the emotion curve (hartslag).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
// Written as it is read (JSON writes the same digits either way; a binary form would not
// read back an i8 as an i64).
#[serde(try_from = "i64", into = "i64")]
pub struct Emotion(i8);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0} is outside -2..2")]
pub struct EmotionOutOfRange(pub i64);

impl Emotion {
    pub const MIN: i8 = -2;
    pub const MAX: i8 = 2;

    pub fn new(value: i64) -> Result<Self, EmotionOutOfRange> {
        if (i64::from(Self::MIN)..=i64::from(Self::MAX)).contains(&value) {
            Ok(Self(value as i8))
        } else {
            Err(EmotionOutOfRange(value))
        }
    }

    pub fn value(self) -> i8 {
        self.0
    }

    pub fn all() -> impl Iterator<Item = Emotion> {
        (Self::MIN..=Self::MAX).map(Emotion)
    }
}

impl TryFrom<i64> for Emotion {
    type Error = EmotionOutOfRange;
    fn try_from(value: i64) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Emotion> for i8 {
    fn from(value: Emotion) -> Self {
        value.0
    }
}

impl From<Emotion> for i64 {
    fn from(value: Emotion) -> Self {
        value.0.into()
    }
}

impl fmt::Display for Emotion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 0 {
            f.write_str("0")
        } else {
            write!(f, "{:+}", self.0)
        }
    }
}
