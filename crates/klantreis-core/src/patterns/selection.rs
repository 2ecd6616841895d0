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
    pub teller: Option<Teller>,
    pub world: Option<World>,
    pub moment_of_truth: Option<bool>,
    pub persona: Option<String>,
    /// A workshop (by name) and a group within workshops.
    pub workshop: Option<String>,
    pub group: Option<String>,
    /// An answer condition: the triad question at this index answered in this zone.
    pub zone: Option<(usize, Zone)>,
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
            && self.zone.is_none_or(
                |(q, z)| matches!(item.values.get(q), Some(Value::Triad(w)) if Zone::of(*w) == z),
            )
    }

    /// The indices of the items that match.
    pub fn select(&self, pool: &Pool) -> Vec<usize> {
        (0..pool.items.len())
            .filter(|&i| self.matches(pool, &pool.items[i]))
            .collect()
    }
}
