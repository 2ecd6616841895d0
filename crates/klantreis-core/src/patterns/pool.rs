//! Touchpoints and stories of many journeys flattened into one list of items, with their
//! signifier answers pooled by question id. Touchpoint and story sets share question ids (the
//! story set rewords the same questions), so "Ik voelde me…" of a contact and of a whole story
//! land in the same column; a selection can still take one source only.

use crate::id::Id;
use crate::journey::Journey;
use crate::principle::Principles;
use crate::signifier::SignifierSet;
use crate::signifier::{Answer, QuestionKind, Text};
use crate::story::Teller;
use crate::touchpoint::World;
use chrono::NaiveDate;
use klantreis_words::{Lang, Msg};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Touchpoint,
    Story,
}

/// One pooled question: the first set that asks it gives its wording and kind.
#[derive(Clone, Debug, PartialEq)]
pub struct PooledQuestion {
    pub id: Id,
    pub prompt: Text,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Triad {
        poles: [Text; 3],
    },
    /// A slider (0..100) or an emotion question (−2..2): numbers to rank.
    Number {
        min: f64,
        max: f64,
        left: Text,
        right: Text,
    },
    Choice {
        multiple: bool,
        options: Vec<(Id, Text)>,
    },
}

/// An answer reduced to what the views count.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Missing,
    NotApplicable,
    Triad([f64; 3]),
    Number(f64),
    /// Indices into the question's options.
    Choice(Vec<usize>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PooledJourney {
    pub id: Id,
    pub title: String,
    pub persona: String,
    /// The library persona the journey links to: one client over time, whatever each
    /// journey calls them.
    pub persona_id: Option<Id>,
    pub tags: Vec<String>,
    #[serde(with = "crate::date::days")]
    pub start: Option<NaiveDate>,
    /// The workshop's name and the group, for journeys made in a workshop.
    pub workshop: Option<String>,
    pub group: Option<String>,
}

/// Stored (see [`crate::patterns::pooled`]) without the two fields that depend on the pool
/// it joins: its journey's place and its values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    #[serde(skip)]
    pub journey: usize,
    pub source: Source,
    /// The touchpoint's or story's id.
    pub id: Id,
    pub title: String,
    /// A touchpoint's place in its journey (0-based) and the journey's length.
    pub position: Option<(usize, usize)>,
    /// The item's own date, else the journey's start.
    #[serde(with = "crate::date::days")]
    pub date: Option<NaiveDate>,
    pub agency: Option<String>,
    pub channel: Option<String>,
    pub teller: Option<Teller>,
    pub world: Option<World>,
    pub moment_of_truth: bool,
    pub emotion: Option<i8>,
    pub pain_points: Vec<String>,
    pub opportunities: Vec<String>,
    pub waiting_minutes: Option<u64>,
    /// A touchpoint's phase, by name (phases are each journey's own; names meet across them).
    pub phase: Option<String>,
    /// A touchpoint's belevingsprincipes, judged kept or broken.
    pub principles: Principles,
    /// One value per pooled question, in the pool's question order.
    #[serde(skip)]
    pub values: Vec<Value>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pool {
    pub journeys: Vec<PooledJourney>,
    pub questions: Vec<PooledQuestion>,
    pub items: Vec<Item>,
}

fn kind_of(kind: &QuestionKind) -> Option<Kind> {
    Some(match kind {
        QuestionKind::Triad { poles } => Kind::Triad {
            poles: poles.clone(),
        },
        QuestionKind::Slider { left, right } => Kind::Number {
            min: 0.0,
            max: 100.0,
            left: left.clone(),
            right: right.clone(),
        },
        QuestionKind::Emotion => Kind::Number {
            min: -2.0,
            max: 2.0,
            left: words(Msg::FigVeryNegative),
            right: words(Msg::FigVeryPositive),
        },
        QuestionKind::Choice { multiple, options } => Kind::Choice {
            multiple: *multiple,
            options: options
                .iter()
                .map(|o| (o.id.clone(), o.label.clone()))
                .collect(),
        },
        QuestionKind::FreeText => return None,
    })
}

fn same_shape(a: &Kind, b: &Kind) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
        && match (a, b) {
            (Kind::Number { max: x, .. }, Kind::Number { max: y, .. }) => x == y,
            _ => true,
        }
}

/// Patterns are about journeys as lived: a to-be journey or a procedure (schaduwreis) is a
/// designed copy, and pooling it would count the lived steps twice; so would another version
/// of a journey that waits for a choice between the two.
pub(crate) fn pooled(j: &Journey) -> bool {
    j.to_be_of.is_none() && j.designed_of.is_none() && j.version_of.is_none()
}

impl Pool {
    pub fn new(journeys: &[Journey]) -> Pool {
        let mut pool = Pool::asking(journeys);
        for j in journeys {
            pool.add(j);
        }
        pool
    }

    /// The questions `journeys` ask, pooled, and no items yet: [`Pool::add`] each of the same
    /// journeys then, all at once ([`Pool::new`]) or a slice at a time between two paints.
    pub fn asking(journeys: &[Journey]) -> Pool {
        Pool::asking_sets(
            journeys
                .iter()
                .filter(|j| pooled(j))
                .flat_map(|j| [&j.touchpoint_set, &j.story_set]),
        )
    }

    /// The questions of `sets` pooled, in order: the first set that asks a question words it.
    pub fn asking_sets<'a>(sets: impl IntoIterator<Item = &'a SignifierSet>) -> Pool {
        let mut pool = Pool::default();
        for set in sets {
            for q in &set.questions {
                pool.learn(&q.id, &q.prompt, &q.kind);
            }
        }
        pool
    }

    fn learn(&mut self, id: &Id, prompt: &Text, kind: &QuestionKind) {
        let Some(kind) = kind_of(kind) else { return };
        match self.questions.iter_mut().find(|q| &q.id == id) {
            // Options added in a later version or another set join the pooled list.
            Some(PooledQuestion {
                kind: Kind::Choice { options, .. },
                ..
            }) => {
                if let Kind::Choice { options: more, .. } = kind {
                    for o in more {
                        if !options.iter().any(|(i, _)| *i == o.0) {
                            options.push(o);
                        }
                    }
                }
            }
            Some(_) => {}
            None => self.questions.push(PooledQuestion {
                id: id.clone(),
                prompt: prompt.clone(),
                kind,
            }),
        }
    }

    /// For each pooled question, whether `set` asks it in the same shape: a question of another
    /// shape under the same id is not pooled with it. Once per set, not once per answer.
    pub(crate) fn asked_by(&self, set: &SignifierSet) -> Vec<bool> {
        self.questions
            .iter()
            .map(|pq| {
                set.questions
                    .iter()
                    .find(|q| q.id == pq.id)
                    .and_then(|q| kind_of(&q.kind))
                    .is_some_and(|k| same_shape(&k, &pq.kind))
            })
            .collect()
    }

    pub(crate) fn values(&self, asked: &[bool], answers: &crate::Answers) -> Vec<Value> {
        self.questions
            .iter()
            .zip(asked)
            .map(|(pq, asked)| {
                if !asked {
                    return Value::Missing;
                }
                match answers.get(&pq.id) {
                    None => Value::Missing,
                    Some(Answer::NotApplicable) => Value::NotApplicable,
                    Some(Answer::Triad(w)) => Value::Triad(*w),
                    Some(Answer::Slider(v)) => Value::Number(f64::from(*v)),
                    Some(Answer::Emotion(e)) => Value::Number(f64::from(e.value())),
                    Some(Answer::Choice(ids)) => match &pq.kind {
                        Kind::Choice { options, .. } => Value::Choice(
                            ids.iter()
                                .filter_map(|id| options.iter().position(|(o, _)| o == id))
                                .collect(),
                        ),
                        _ => Value::Missing,
                    },
                    Some(Answer::Text(_)) => Value::Missing,
                }
            })
            .collect()
    }

    /// The distinct values of a text attribute over all items, sorted, for filter choices.
    pub fn distinct(&self, of: impl Fn(&Item) -> Option<&str>) -> Vec<String> {
        sorted_unique(self.items.iter().filter_map(of))
    }

    /// The distinct values of a journey attribute, sorted, for filter choices.
    pub fn journey_values(&self, of: impl Fn(&PooledJourney) -> Option<&str>) -> Vec<String> {
        sorted_unique(self.journeys.iter().filter_map(of))
    }

    pub fn tags(&self) -> Vec<String> {
        sorted_unique(
            self.journeys
                .iter()
                .flat_map(|j| j.tags.iter().map(String::as_str)),
        )
    }
}

fn sorted_unique<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = values.map(str::to_owned).collect();
    out.sort();
    out.dedup();
    out
}

/// A built-in text in Dutch and English, for the pooled emotion question's poles.
fn words(msg: Msg) -> Text {
    Text::new(Lang::Nl.text(msg), Lang::En.text(msg))
}
