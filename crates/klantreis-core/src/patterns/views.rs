//! What the patterns page draws, computed from a selection of pooled items. Every bar, cell
//! and zone keeps the indices of the items behind it: the evidence one click away.

use super::composition::{Zone, zone_counts};
use super::pool::{Item, Kind, Pool, Source, Value};
use super::stats::{self, Describe};
use crate::principle::{Judgement, Principle};
use crate::touchpoint::World;

#[derive(Clone, Debug, PartialEq)]
pub struct TriadView {
    pub points: Vec<(usize, [f64; 3])>,
    /// Arithmetic mean of the weights: the centre of gravity a reader expects to see.
    pub mean: Option<[f64; 3]>,
    /// Items per zone, in the order of [`Zone::ALL`].
    pub zones: [Vec<usize>; 7],
    pub not_applicable: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NumberView {
    /// Ten bins over the question's range (five, one per step, for an emotion question).
    pub bins: Vec<Vec<usize>>,
    pub describe: Option<Describe>,
    pub not_applicable: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceView {
    /// Items per option.
    pub options: Vec<Vec<usize>>,
    /// Items that answered at all (a multiple choice counts once here).
    pub answered: usize,
    pub not_applicable: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum QuestionView {
    Triad(TriadView),
    Number(NumberView),
    Choice(ChoiceView),
}

/// One row of a table per agency or per channel.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupRow {
    pub name: String,
    pub items: Vec<usize>,
    pub emotion: Option<Describe>,
    pub pain_points: usize,
    pub opportunities: usize,
    /// Share of the touchpoints marked as systeemwereld, of those marked at all.
    pub system_share: Option<f64>,
    pub waiting_median: Option<f64>,
}

/// How often each belevingsprincipe was broken in one group (an agency, a channel, a phase),
/// over its touchpoints that judged any principle.
#[derive(Clone, Debug, PartialEq)]
pub struct BrokenRow {
    pub name: String,
    /// The touchpoints with any principle judged: the evidence, and the count's base.
    pub items: Vec<usize>,
    /// Per principle, in the method's order ([`Principle::ALL`]).
    pub broken: [u64; 7],
}

impl BrokenRow {
    pub fn total(&self) -> u64 {
        self.broken.iter().sum()
    }
}

/// Broken principles per group of `key`, most broken first. Touchpoints that judged no
/// principle, or have no value for `key`, are left out.
pub fn broken_principles(
    pool: &Pool,
    items: &[usize],
    key: impl Fn(&Item) -> Option<&str>,
) -> Vec<BrokenRow> {
    let mut rows: Vec<BrokenRow> = Vec::new();
    for &i in items {
        let item = &pool.items[i];
        if item.principles.is_empty() {
            continue;
        }
        let Some(k) = key(item) else { continue };
        let at = match rows.iter().position(|r| r.name == k) {
            Some(at) => at,
            None => {
                rows.push(BrokenRow {
                    name: k.to_owned(),
                    items: Vec::new(),
                    broken: [0; 7],
                });
                rows.len() - 1
            }
        };
        let row = &mut rows[at];
        row.items.push(i);
        for (n, p) in Principle::ALL.iter().enumerate() {
            if item.principles.get(p) == Some(&Judgement::Broken) {
                row.broken[n] += 1;
            }
        }
    }
    rows.sort_by(|a, b| b.total().cmp(&a.total()).then_with(|| a.name.cmp(&b.name)));
    rows
}

/// Mean emotion over relative position in the journey, in tenths.
#[derive(Clone, Debug, PartialEq)]
pub struct CurvePoint {
    pub tenth: usize,
    pub items: Vec<usize>,
    pub mean: Option<f64>,
}

/// One persona's journeys in time order.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaRow {
    pub persona: String,
    /// (journey index, mean emotion of its selected touchpoints)
    pub journeys: Vec<(usize, Option<f64>)>,
}

pub fn question(pool: &Pool, items: &[usize], q: usize) -> QuestionView {
    let values = items.iter().map(|&i| (i, &pool.items[i].values[q]));
    let not_applicable = values
        .clone()
        .filter(|(_, v)| **v == Value::NotApplicable)
        .count();
    match &pool.questions[q].kind {
        Kind::Triad { .. } => {
            let points: Vec<(usize, [f64; 3])> = values
                .filter_map(|(i, v)| match v {
                    Value::Triad(w) => Some((i, *w)),
                    _ => None,
                })
                .collect();
            let mut zones: [Vec<usize>; 7] = Default::default();
            for (i, w) in &points {
                zones[Zone::of(*w).index()].push(*i);
            }
            let n = points.len() as f64;
            let mean = (!points.is_empty()).then(|| {
                let s = points.iter().fold([0.0; 3], |a, (_, w)| {
                    [a[0] + w[0], a[1] + w[1], a[2] + w[2]]
                });
                s.map(|v| v / n)
            });
            QuestionView::Triad(TriadView {
                points,
                mean,
                zones,
                not_applicable,
            })
        }
        Kind::Number { min, max, .. } => {
            let bins_n = if *max - *min <= 4.0 { 5 } else { 10 };
            let mut bins = vec![Vec::new(); bins_n];
            let mut numbers = Vec::new();
            for (i, v) in values {
                if let Value::Number(x) = v {
                    let at = ((x - min) / (max - min) * bins_n as f64).floor() as usize;
                    bins[at.min(bins_n - 1)].push(i);
                    numbers.push(*x);
                }
            }
            QuestionView::Number(NumberView {
                bins,
                describe: stats::describe(&numbers),
                not_applicable,
            })
        }
        Kind::Choice { options, .. } => {
            let mut counts = vec![Vec::new(); options.len()];
            let mut answered = 0;
            for (i, v) in values {
                if let Value::Choice(chosen) = v {
                    answered += 1;
                    for &o in chosen {
                        counts[o].push(i);
                    }
                }
            }
            QuestionView::Choice(ChoiceView {
                options: counts,
                answered,
                not_applicable,
            })
        }
    }
}

fn emotions(pool: &Pool, items: &[usize]) -> Vec<f64> {
    items
        .iter()
        .filter_map(|&i| pool.items[i].emotion.map(f64::from))
        .collect()
}

/// Touchpoints grouped by `key` (agency or channel), largest group first.
pub fn groups(pool: &Pool, items: &[usize], key: impl Fn(&Item) -> Option<&str>) -> Vec<GroupRow> {
    let mut names: Vec<(String, Vec<usize>)> = Vec::new();
    for &i in items {
        let item = &pool.items[i];
        if item.source != Source::Touchpoint {
            continue;
        }
        let Some(k) = key(item) else { continue };
        match names.iter_mut().find(|(n, _)| n == k) {
            Some((_, list)) => list.push(i),
            None => names.push((k.to_owned(), vec![i])),
        }
    }
    let mut rows: Vec<GroupRow> = names
        .into_iter()
        .map(|(name, items)| {
            let marked: Vec<World> = items.iter().filter_map(|&i| pool.items[i].world).collect();
            let waits: Vec<f64> = items
                .iter()
                .filter_map(|&i| pool.items[i].waiting_minutes.map(|m| m as f64))
                .collect();
            GroupRow {
                emotion: stats::describe(&emotions(pool, &items)),
                pain_points: items.iter().map(|&i| pool.items[i].pain_points.len()).sum(),
                opportunities: items
                    .iter()
                    .map(|&i| pool.items[i].opportunities.len())
                    .sum(),
                system_share: (!marked.is_empty()).then(|| {
                    marked
                        .iter()
                        .filter(|w| **w == World::Systeemwereld)
                        .count() as f64
                        / marked.len() as f64
                }),
                waiting_median: stats::describe(&waits).map(|d| d.median),
                name,
                items,
            }
        })
        .collect();
    rows.sort_by(|a, b| b.items.len().cmp(&a.items.len()).then(a.name.cmp(&b.name)));
    rows
}

/// The pooled emotion curve: touchpoints by where they fall in their journey, in tenths.
pub fn curve(pool: &Pool, items: &[usize]) -> Vec<CurvePoint> {
    let mut tenths: Vec<Vec<usize>> = vec![Vec::new(); 10];
    for &i in items {
        if let Some((at, of)) = pool.items[i].position {
            let tenth = if of <= 1 { 0 } else { at * 10 / of };
            tenths[tenth.min(9)].push(i);
        }
    }
    tenths
        .into_iter()
        .enumerate()
        .map(|(tenth, items)| CurvePoint {
            tenth,
            mean: stats::describe(&emotions(pool, &items)).map(|d| d.mean),
            items,
        })
        .collect()
}

/// Personas with more than one journey, each journey in time order with its mean emotion.
/// Journeys linked to one library persona are one persona, whatever name each gives; the
/// others go by name.
pub fn personas(pool: &Pool, items: &[usize]) -> Vec<PersonaRow> {
    let mut per_journey: Vec<Vec<usize>> = vec![Vec::new(); pool.journeys.len()];
    for &i in items {
        per_journey[pool.items[i].journey].push(i);
    }
    let mut rows: Vec<(String, PersonaRow)> = Vec::new();
    for (j, its) in per_journey.iter().enumerate() {
        let journey = &pool.journeys[j];
        let name = journey.persona.trim();
        let key = match &journey.persona_id {
            Some(id) => format!("id:{id}"),
            None => format!("name:{name}"),
        };
        if its.is_empty() || (name.is_empty() && journey.persona_id.is_none()) {
            continue;
        }
        let mean = stats::describe(&emotions(pool, its)).map(|d| d.mean);
        match rows.iter_mut().find(|(k, _)| *k == key) {
            Some((_, r)) => r.journeys.push((j, mean)),
            None => rows.push((
                key,
                PersonaRow {
                    persona: name.to_owned(),
                    journeys: vec![(j, mean)],
                },
            )),
        }
    }
    let mut rows: Vec<PersonaRow> = rows.into_iter().map(|(_, r)| r).collect();
    rows.retain(|r| r.journeys.len() > 1);
    for r in &mut rows {
        r.journeys.sort_by_key(|(j, _)| pool.journeys[*j].start);
    }
    rows.sort_by(|a, b| a.persona.cmp(&b.persona));
    rows
}

/// Zone counts of a triad question's answers among `items`.
pub fn zones_of(pool: &Pool, items: &[usize], q: usize) -> [u64; 7] {
    let points: Vec<[f64; 3]> = items
        .iter()
        .filter_map(|&i| match pool.items[i].values[q] {
            Value::Triad(w) => Some(w),
            _ => None,
        })
        .collect();
    zone_counts(&points)
}
