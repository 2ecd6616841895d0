//! Suggestions for one touchpoint, read from the passages marked to it: each an offer the
//! user accepts (one undoable edit) or ignores. Only what would change the touchpoint is
//! offered, so an accepted offer goes away by itself.

use super::found::Kind;
use super::own::OwnWords;
use super::read::suggest;
use super::vocabulary::Vocabulary;
use crate::emotion::Emotion;
use crate::id::Id;
use crate::journey::Journey;
use crate::touchpoint::{Channel, Touchpoint, Waiting};
use chrono::NaiveDate;
use serde::Serialize;

/// What an offer would set. Serialised (as JSON) it names an ignored offer in the stored
/// journey, so its shape is part of the file format.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Move the touchpoint to the lane of this agency (one the journey has).
    Agency {
        id: Id,
        #[serde(skip)]
        name: String,
    },
    Channel(Channel),
    Date(NaiveDate),
    Wait(Waiting),
    Feeling(Emotion),
}

/// One suggestion for a touchpoint: the change, and the words of the passage it was read from
/// (so the user sees why).
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub change: Change,
    pub words: String,
}

impl Offer {
    /// Names the offer for "ignore" (the change, not the words, so the same thing read in
    /// another passage is not offered again once ignored): `{"channel":"brief"}`.
    pub fn key(&self) -> String {
        serde_json::to_string(&self.change).unwrap_or_default()
    }

    /// The touchpoint with this offer ignored.
    pub fn decline(&self, touchpoint: &mut Touchpoint) {
        touchpoint.declined.push(self.key());
    }

    /// The touchpoint with this offer taken (`question`: the journey's emotion question).
    pub fn apply(&self, touchpoint: &mut Touchpoint, question: Option<&Id>) {
        self.change.apply_to(touchpoint, question);
    }

    /// Whether taking it would leave `touchpoint` as it is.
    fn changes_nothing(&self, touchpoint: &Touchpoint, question: Option<&Id>) -> bool {
        let mut after = touchpoint.clone();
        self.apply(&mut after, question);
        after == *touchpoint
    }
}

impl Change {
    /// Sets what the change names on `touchpoint`. A feeling also answers the journey's
    /// emotion question (`question`, from `Journey::emotion_question`), as the emotion picker
    /// does, so the curve and the pooled answers never disagree.
    pub fn apply_to(&self, touchpoint: &mut Touchpoint, question: Option<&Id>) {
        match self {
            Change::Agency { id, .. } => touchpoint.agency = id.clone(),
            Change::Channel(c) => touchpoint.channel = c.clone(),
            Change::Date(d) => touchpoint.date = Some(*d),
            Change::Wait(w) => touchpoint.waiting = Some(*w),
            Change::Feeling(e) => touchpoint.set_emotion(Some(*e), question),
        }
    }
}

/// The vocabulary for `journey`: the built-in lists, the journey's own agency names and the
/// user's own words. It depends on the agencies' names only, so a caller that reads offers
/// on every key press can keep it (`Vocabulary::dutch(names).with_own(own)`).
pub fn vocabulary_for(journey: &Journey, own: &OwnWords) -> Vocabulary {
    let names: Vec<String> = journey.agencies.iter().map(|a| a.name.clone()).collect();
    Vocabulary::dutch(&names).with_own(own)
}

/// The journey's agency a vocabulary name stands for.
fn agency_named<'j>(journey: &'j Journey, name: &str) -> Option<&'j crate::agency::Agency> {
    journey
        .agencies
        .iter()
        .find(|a| a.name.to_lowercase().contains(name))
}

/// The change a suggestion stands for in `journey` (an agency only when the journey has it).
fn change_of(journey: &Journey, kind: Kind) -> Option<Change> {
    Some(match kind {
        Kind::Agency(name) => {
            let a = agency_named(journey, &name)?;
            Change::Agency {
                id: a.id.clone(),
                name: a.name.clone(),
            }
        }
        Kind::Channel(c) => Change::Channel(c),
        Kind::Date(d) => Change::Date(d),
        Kind::Wait(w) => Change::Wait(w),
        Kind::Feeling(e) => Change::Feeling(e),
    })
}

/// The date `w` after `from`, for a wait in days, weeks or months ("twee maanden later"); a
/// wait of minutes or hours says nothing about the day.
fn after(from: NaiveDate, w: Waiting) -> Option<NaiveDate> {
    use crate::touchpoint::WaitUnit;
    let n = u64::from(w.amount);
    match w.unit {
        WaitUnit::Minutes | WaitUnit::Hours => None,
        WaitUnit::Days => from.checked_add_days(chrono::Days::new(n)),
        WaitUnit::Weeks => from.checked_add_days(chrono::Days::new(7 * n)),
        WaitUnit::Months => from.checked_add_months(chrono::Months::new(w.amount)),
    }
}

/// The date of the nearest step before `id` that has one.
fn previous_date(journey: &Journey, id: &Id) -> Option<NaiveDate> {
    let at = journey.touchpoints.iter().position(|t| &t.id == id)?;
    journey.touchpoints[..at].iter().rev().find_map(|t| t.date)
}

/// The offers for touchpoint `id`, from every passage marked to it, in reading order; each
/// change once. A wait also offers the date it gives, counted from the step before.
/// `vocabulary`: from `vocabulary_for` this journey.
pub fn offers(journey: &Journey, id: &Id, vocabulary: &Vocabulary) -> Vec<Offer> {
    let Some(touchpoint) = journey.touchpoint(id) else {
        return Vec::new();
    };
    let mut out: Vec<Offer> = Vec::new();
    let passages = journey.stories.iter().flat_map(|s| {
        s.marks
            .iter()
            .filter(|m| &m.touchpoint == id)
            .map(|m| s.passage(m))
    });
    let before = previous_date(journey, id);
    let question = journey.emotion_question();
    for passage in passages {
        for found in suggest(&passage, vocabulary) {
            let dated = match (&found.kind, before) {
                (Kind::Wait(w), Some(from)) => after(from, *w).map(Change::Date),
                _ => None,
            };
            let words = &passage[found.span];
            for change in change_of(journey, found.kind).into_iter().chain(dated) {
                let offer = Offer {
                    change,
                    words: words.to_owned(),
                };
                let fresh = !out.iter().any(|o| o.change == offer.change)
                    && !touchpoint.declined.contains(&offer.key());
                if fresh && !offer.changes_nothing(touchpoint, question.as_ref()) {
                    out.push(offer);
                }
            }
        }
    }
    out
}

/// Takes `chosen` into `touchpoint`: of two offers for the same field, the first
/// (`question`: the journey's emotion question).
pub fn accept_all(chosen: &[Offer], touchpoint: &mut Touchpoint, question: Option<&Id>) {
    let mut done = Vec::new();
    for offer in chosen {
        let field = std::mem::discriminant(&offer.change);
        if !done.contains(&field) {
            offer.apply(touchpoint, question);
            done.push(field);
        }
    }
}

/// The first suggestion of one kind in `passage` (`pick` says which kind).
pub fn first_in<T>(
    vocabulary: &Vocabulary,
    passage: &str,
    pick: impl Fn(Kind) -> Option<T>,
) -> Option<T> {
    suggest(passage, vocabulary)
        .into_iter()
        .find_map(|s| pick(s.kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mark::{Mark, MarkKind};

    #[test]
    fn a_marked_passage_offers_what_it_says_and_only_what_would_change() {
        let mut jan = crate::examples::jan();
        let said = "Na drie weken belde de gemeente. Ik was opgelucht.";
        let tp = jan.touchpoints[1].clone();
        let story = &mut jan.stories[0];
        story.text = said.to_owned();
        story.marks = vec![Mark {
            id: Id::new("m"),
            start: 0,
            end: said.chars().count(),
            kind: MarkKind::Touchpoint,
            touchpoint: tp.id.clone(),
        }];
        let found = offers(&jan, &tp.id, &vocabulary_for(&jan, &OwnWords::default()));
        let words: Vec<&str> = found.iter().map(|o| o.words.as_str()).collect();
        assert!(words.contains(&"Na drie weken"), "{words:?}");
        // Three weeks after the step before, as a date to take.
        let from = jan.touchpoints[0].date.unwrap();
        let date = from + chrono::Days::new(21);
        assert!(
            found.iter().any(|o| o.change == Change::Date(date)),
            "{found:?}"
        );
        assert!(words.contains(&"opgelucht"), "{words:?}");
        // Accepting one takes it off the list.
        let feeling = found
            .iter()
            .find(|o| matches!(o.change, Change::Feeling(_)))
            .unwrap();
        let mut taken = tp.clone();
        let question = jan.emotion_question();
        assert!(question.is_some());
        feeling.apply(&mut taken, question.as_ref());
        assert_eq!(taken.emotion, Emotion::new(1).ok());
        // The emotion question's answer moves with it: the curve and the pooled answers agree.
        assert_eq!(
            taken.answers.get(question.as_ref().unwrap()),
            Some(&crate::signifier::Answer::Emotion(Emotion::new(1).unwrap()))
        );
        let i = jan.touchpoints.iter().position(|t| t.id == tp.id).unwrap();
        jan.touchpoints[i] = taken.clone();
        let after = offers(&jan, &tp.id, &vocabulary_for(&jan, &OwnWords::default()));
        assert_eq!(after.len(), found.len() - 1);
        assert!(
            after
                .iter()
                .all(|o| !matches!(o.change, Change::Feeling(_)))
        );
        // An ignored offer is not offered again.
        let i = jan.touchpoints.iter().position(|t| t.id == tp.id).unwrap();
        let first = after[0].clone();
        first.decline(&mut jan.touchpoints[i]);
        assert_eq!(
            offers(&jan, &tp.id, &vocabulary_for(&jan, &OwnWords::default())).len(),
            after.len() - 1
        );
        assert!(
            !offers(&jan, &tp.id, &vocabulary_for(&jan, &OwnWords::default())).contains(&first)
        );
        // Of two offers for one field, accepting all takes the first.
        let two = [
            Offer {
                change: Change::Channel(Channel::Brief),
                words: "brief".into(),
            },
            Offer {
                change: Change::Channel(Channel::Balie),
                words: "balie".into(),
            },
        ];
        // The key is part of the file format (FORMAT.md).
        assert_eq!(two[0].key(), r#"{"channel":"brief"}"#);
        let agency = Offer {
            change: Change::Agency {
                id: Id::new("jan-gemeente"),
                name: "Gemeente".into(),
            },
            words: "gemeente".into(),
        };
        assert_eq!(agency.key(), r#"{"agency":{"id":"jan-gemeente"}}"#);
        let wait = Offer {
            change: Change::Wait(Waiting {
                amount: 3,
                unit: crate::touchpoint::WaitUnit::Weeks,
            }),
            words: "drie weken".into(),
        };
        assert_eq!(wait.key(), r#"{"wait":{"amount":3,"unit":"weeks"}}"#);
        let mut t = tp.clone();
        accept_all(&two, &mut t, None);
        assert_eq!(t.channel, Channel::Brief);
        // Another touchpoint has no passage, so no offers.
        assert!(
            offers(
                &jan,
                &jan.touchpoints[0].id.clone(),
                &vocabulary_for(&jan, &OwnWords::default())
            )
            .is_empty()
        );
    }
}
