//! Which pooled items a view counts: every condition left empty lets everything through.

use super::composition::Zone;
use super::pool::{Item, Pool, Source, Value};
use crate::story::Teller;
use crate::touchpoint::World;
use chrono::NaiveDate;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    pub source: Option<Source>,
    pub tag: Option<String>,
    /// Inclusive date range over the item's date (or its journey's start).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub agency: Option<String>,
    pub channel: Option<String>,
    /// A phase, by name.
    pub phase: Option<String>,
    pub teller: Option<Teller>,
    pub world: Option<World>,
    pub moment_of_truth: Option<bool>,
    pub persona: Option<String>,
    /// A workshop (by name) and a group within workshops.
    pub workshop: Option<String>,
    pub group: Option<String>,
    /// An answer condition, such as "triad mostly the rules" or "the client took the initiative".
    pub answer: Option<AnswerIs>,
}

/// One answer to one pooled question (by index).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerIs {
    /// A triad answered in this zone.
    Zone(usize, Zone),
    /// A choice with this option among the chosen.
    Option(usize, usize),
}

impl AnswerIs {
    /// A short text form, for a form's select value.
    pub fn key(self) -> String {
        match self {
            AnswerIs::Zone(q, z) => format!("z{q}:{}", z.index()),
            AnswerIs::Option(q, o) => format!("o{q}:{o}"),
        }
    }

    pub fn from_key(key: &str) -> Option<AnswerIs> {
        let (kind, rest) = key.split_at_checked(1)?;
        let (q, n) = rest.split_once(':')?;
        let (q, n) = (q.parse().ok()?, n.parse::<usize>().ok()?);
        match kind {
            "z" => Some(AnswerIs::Zone(q, *Zone::ALL.get(n)?)),
            "o" => Some(AnswerIs::Option(q, n)),
            _ => None,
        }
    }

    fn holds(self, item: &Item) -> bool {
        match self {
            AnswerIs::Zone(q, z) => {
                matches!(item.values.get(q), Some(Value::Triad(w)) if Zone::of(*w) == z)
            }
            AnswerIs::Option(q, o) => {
                matches!(item.values.get(q), Some(Value::Choice(c)) if c.contains(&o))
            }
        }
    }
}

impl Selection {
    /// Whether any condition is set.
    pub fn is_all(&self) -> bool {
        *self == Selection::default()
    }

    pub fn matches(&self, pool: &Pool, item: &Item) -> bool {
        let journey = &pool.journeys[item.journey];
        let date_ok = match (self.from, self.to) {
            (None, None) => true,
            _ => item.date.is_some_and(|d| {
                self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
            }),
        };
        date_ok
            && self.source.is_none_or(|s| s == item.source)
            && self.tag.as_ref().is_none_or(|t| journey.tags.contains(t))
            && self
                .agency
                .as_ref()
                .is_none_or(|a| item.agency.as_ref() == Some(a))
            && self
                .channel
                .as_ref()
                .is_none_or(|c| item.channel.as_ref() == Some(c))
            && self
                .phase
                .as_ref()
                .is_none_or(|p| item.phase.as_ref() == Some(p))
            && self.teller.is_none_or(|t| item.teller == Some(t))
            && self.world.is_none_or(|w| item.world == Some(w))
            && self
                .moment_of_truth
                .is_none_or(|m| item.moment_of_truth == m)
            && self.persona.as_ref().is_none_or(|p| &journey.persona == p)
            && self
                .workshop
                .as_ref()
                .is_none_or(|w| journey.workshop.as_ref() == Some(w))
            && self
                .group
                .as_ref()
                .is_none_or(|g| journey.group.as_ref() == Some(g))
            && self.answer.is_none_or(|a| a.holds(item))
    }

    /// The indices of the items that match.
    pub fn select(&self, pool: &Pool) -> Vec<usize> {
        (0..pool.items.len())
            .filter(|&i| self.matches(pool, &pool.items[i]))
            .collect()
    }
}
