//! A signifier set: its questions (triad, slider, emotion, choice, free text) in Dutch and
//! English, their versions, and retiring what has been answered.

use crate::id::Id;
use serde::{Deserialize, Serialize};

/// A text in Dutch and English; English falls back to Dutch where it is missing.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Text {
    pub nl: String,
    #[serde(default)]
    pub en: String,
}

impl Text {
    pub fn new(nl: &str, en: &str) -> Self {
        Self {
            nl: nl.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, english: bool) -> &str {
        if english && !self.en.trim().is_empty() {
            &self.en
        } else {
            &self.nl
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignifierSet {
    pub id: Id,
    /// Raised by every edit of a set that already has answers, so an answer can be read
    /// against the set as it was (see [`SignifierSet::edited`]).
    pub version: u32,
    pub name: Text,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: Id,
    pub prompt: Text,
    pub kind: QuestionKind,
    /// Taken out of the set: no longer asked, its answers kept.
    #[serde(default)]
    pub retired: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionKind {
    /// Three poles; the answer is a point in the triangle (three weights summing to 1).
    Triad {
        poles: [Text; 3],
    },
    /// Two poles; the answer is 0 (left) to 100 (right).
    Slider {
        left: Text,
        right: Text,
    },
    /// Five steps from very negative to very positive.
    Emotion,
    Choice {
        #[serde(default)]
        multiple: bool,
        options: Vec<ChoiceOption>,
    },
    FreeText,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub id: Id,
    pub label: Text,
    #[serde(default)]
    pub retired: bool,
}

impl QuestionKind {
    /// Every question but free text may be answered with "not applicable / rather not say".
    pub fn allows_not_applicable(&self) -> bool {
        !matches!(self, QuestionKind::FreeText)
    }
}

/// The kinds a facilitator can add, with their starting content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewKind {
    Triad,
    Slider,
    Emotion,
    Choice,
    FreeText,
}

impl NewKind {
    pub const ALL: [NewKind; 5] = [
        Self::Triad,
        Self::Slider,
        Self::Emotion,
        Self::Choice,
        Self::FreeText,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Triad => "triad",
            Self::Slider => "slider",
            Self::Emotion => "emotion",
            Self::Choice => "choice",
            Self::FreeText => "free_text",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The kind a question has, for labelling it.
    pub fn of(kind: &QuestionKind) -> Self {
        match kind {
            QuestionKind::Triad { .. } => Self::Triad,
            QuestionKind::Slider { .. } => Self::Slider,
            QuestionKind::Emotion => Self::Emotion,
            QuestionKind::Choice { .. } => Self::Choice,
            QuestionKind::FreeText => Self::FreeText,
        }
    }

    /// A new question of this kind, with placeholder texts to overwrite; `ids` makes the
    /// option ids.
    pub fn question(self, id: Id, mut ids: impl FnMut() -> Id) -> Question {
        let t = |nl: &str, en: &str| Text::new(nl, en);
        let kind = match self {
            Self::Triad => QuestionKind::Triad {
                poles: [
                    t("Pool 1", "Pole 1"),
                    t("Pool 2", "Pole 2"),
                    t("Pool 3", "Pole 3"),
                ],
            },
            Self::Slider => QuestionKind::Slider {
                left: t("Links", "Left"),
                right: t("Rechts", "Right"),
            },
            Self::Emotion => QuestionKind::Emotion,
            Self::Choice => QuestionKind::Choice {
                multiple: false,
                options: vec![
                    ChoiceOption {
                        id: ids(),
                        label: t("Optie 1", "Option 1"),
                        retired: false,
                    },
                    ChoiceOption {
                        id: ids(),
                        label: t("Optie 2", "Option 2"),
                        retired: false,
                    },
                ],
            },
            Self::FreeText => QuestionKind::FreeText,
        };
        Question {
            id,
            prompt: t("Nieuwe vraag", "New question"),
            kind,
            retired: false,
        }
    }
}

impl SignifierSet {
    /// Takes a question out: removed when nobody answered it, otherwise retired so that its
    /// answers keep their meaning.
    pub fn take_out(&mut self, id: &Id, answered: bool) {
        if answered {
            if let Some(q) = self.questions.iter_mut().find(|q| &q.id == id) {
                q.retired = true;
            }
        } else {
            self.questions.retain(|q| &q.id != id);
        }
    }

    /// Takes an option of a choice question out, on the same terms as [`Self::take_out`].
    pub fn take_out_option(&mut self, question: &Id, option: &Id, used: bool) {
        let Some(QuestionKind::Choice { options, .. }) = self
            .questions
            .iter_mut()
            .find(|q| &q.id == question)
            .map(|q| &mut q.kind)
        else {
            return;
        };
        if used {
            if let Some(o) = options.iter_mut().find(|o| &o.id == option) {
                o.retired = true;
            }
        } else {
            options.retain(|o| &o.id != option);
        }
    }

    pub fn question(&self, id: &Id) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    /// The questions still asked, in order.
    pub fn asked(&self) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(|q| !q.retired)
    }

    /// The set after an edit: when answers exist, the version goes up, so exports can say
    /// which version of the set an answer was given under.
    pub fn edited(&self, next: SignifierSet, has_answers: bool) -> SignifierSet {
        SignifierSet {
            version: if has_answers {
                self.version + 1
            } else {
                self.version
            },
            ..next
        }
    }
}
