//! Tests between two selections, and the patterns list: every pair of questions within one
//! selection, strongest first, with Benjamini-Hochberg adjusted p-values beside the raw ones.

use super::composition::{Permutation, permutation_test};
use super::pool::{Kind, Pool, Value};
use super::stats::{self, ChiSquare, MIN_GROUP, MannWhitney, Spearman};
use super::views::zones_of;

/// Random splits for the triad permutation test, and its fixed seed: the same data give the
/// same p-value on every machine and every run.
pub const RESAMPLES: usize = 9_999;
pub const SEED: u64 = 20_261_125;

/// What is compared: the touchpoints' own emotion field, or a pooled question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Emotion,
    Question(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    MannWhitney(MannWhitney),
    ChiSquare(ChiSquare),
    Spearman(Spearman),
    Triad {
        composition: Permutation,
        zones: Option<ChiSquare>,
    },
    /// Fewer than [`MIN_GROUP`] answers in a group: counts only.
    TooFew,
    /// Every answer the same, or nothing to cross: no test possible.
    NoVariation,
}

impl Outcome {
    pub fn p(&self) -> Option<f64> {
        match self {
            Outcome::MannWhitney(m) => Some(m.p),
            Outcome::ChiSquare(c) => Some(c.fisher_p.unwrap_or(c.p)),
            Outcome::Spearman(s) => Some(s.p),
            Outcome::Triad { composition, .. } => Some(composition.p),
            Outcome::TooFew | Outcome::NoVariation => None,
        }
    }

    /// Effect size on a 0..1 scale, for sorting: |r|, Cramér's V or |rho|.
    pub fn strength(&self) -> Option<f64> {
        match self {
            Outcome::MannWhitney(m) => Some(m.r.abs()),
            Outcome::ChiSquare(c) => Some(c.cramers_v),
            Outcome::Spearman(s) => Some(s.rho.abs()),
            Outcome::Triad { zones, .. } => zones.as_ref().map(|z| z.cramers_v),
            Outcome::TooFew | Outcome::NoVariation => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub subject: Subject,
    /// Answers counted in A and in B.
    pub n: (usize, usize),
    pub outcome: Outcome,
    /// Benjamini-Hochberg over all comparisons shown together.
    pub adjusted: Option<f64>,
}

fn number(pool: &Pool, s: Subject, i: usize) -> Option<f64> {
    let item = &pool.items[i];
    match s {
        Subject::Emotion => item.emotion.map(f64::from),
        Subject::Question(q) => match item.values[q] {
            Value::Number(x) => Some(x),
            _ => None,
        },
    }
}

fn single_choice(pool: &Pool, q: usize, i: usize) -> Option<usize> {
    match &pool.items[i].values[q] {
        Value::Choice(c) if c.len() == 1 => Some(c[0]),
        _ => None,
    }
}

fn triads(pool: &Pool, q: usize, items: &[usize]) -> Vec<[f64; 3]> {
    items
        .iter()
        .filter_map(|&i| match pool.items[i].values[q] {
            Value::Triad(w) => Some(w),
            _ => None,
        })
        .collect()
}

/// The subjects a comparison can be made on: emotion, then every pooled question.
pub fn subjects(pool: &Pool) -> Vec<Subject> {
    std::iter::once(Subject::Emotion)
        .chain((0..pool.questions.len()).map(Subject::Question))
        .collect()
}

fn numbers(pool: &Pool, s: Subject, items: &[usize]) -> Vec<f64> {
    items.iter().filter_map(|&i| number(pool, s, i)).collect()
}

fn mann_whitney(x: &[f64], y: &[f64]) -> Outcome {
    if x.len() < MIN_GROUP || y.len() < MIN_GROUP {
        return Outcome::TooFew;
    }
    stats::mann_whitney(x, y).map_or(Outcome::NoVariation, Outcome::MannWhitney)
}

fn chi(table: &[Vec<u64>]) -> Outcome {
    stats::chi_square(table).map_or(Outcome::NoVariation, Outcome::ChiSquare)
}

/// Selection A against selection B on every subject.
pub fn compare(pool: &Pool, a: &[usize], b: &[usize]) -> Vec<Comparison> {
    let mut out: Vec<Comparison> = subjects(pool)
        .into_iter()
        .map(|s| compare_one(pool, s, a, b))
        .collect();
    adjust(&mut out, |c| c.outcome.p(), |c, p| c.adjusted = Some(p));
    out
}

fn compare_one(pool: &Pool, s: Subject, a: &[usize], b: &[usize]) -> Comparison {
    let kind = match s {
        Subject::Emotion => None,
        Subject::Question(q) => Some((q, &pool.questions[q].kind)),
    };
    let (n, outcome) = match kind {
        None | Some((_, Kind::Number { .. })) => {
            let (x, y) = (numbers(pool, s, a), numbers(pool, s, b));
            ((x.len(), y.len()), mann_whitney(&x, &y))
        }
        Some((q, Kind::Choice { options, .. })) => {
            let count = |items: &[usize]| {
                let mut row = vec![0u64; options.len()];
                for &i in items {
                    if let Some(o) = single_choice(pool, q, i) {
                        row[o] += 1;
                    }
                }
                row
            };
            let (ra, rb) = (count(a), count(b));
            let n = (
                ra.iter().sum::<u64>() as usize,
                rb.iter().sum::<u64>() as usize,
            );
            let outcome = if n.0 < MIN_GROUP || n.1 < MIN_GROUP {
                Outcome::TooFew
            } else {
                chi(&[ra, rb])
            };
            (n, outcome)
        }
        Some((q, Kind::Triad { .. })) => {
            let (x, y) = (triads(pool, q, a), triads(pool, q, b));
            let n = (x.len(), y.len());
            let outcome = if n.0 < MIN_GROUP || n.1 < MIN_GROUP {
                Outcome::TooFew
            } else {
                match permutation_test(&x, &y, RESAMPLES, SEED) {
                    Some(composition) => Outcome::Triad {
                        composition,
                        zones: stats::chi_square(&[
                            zones_of(pool, a, q).to_vec(),
                            zones_of(pool, b, q).to_vec(),
                        ]),
                    },
                    None => Outcome::NoVariation,
                }
            };
            (n, outcome)
        }
    };
    Comparison {
        subject: s,
        n,
        outcome,
        adjusted: None,
    }
}

/// One pair of the patterns list.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub first: Subject,
    pub second: Subject,
    /// For a choice against a number: the option whose answers are set against the rest.
    pub option: Option<usize>,
    pub n: usize,
    pub outcome: Outcome,
    pub adjusted: Option<f64>,
}

/// Every pair of subjects within one selection, strongest first; pairs without a test last.
/// Numbers against numbers: Spearman. Choices against choices or triad zones: chi-square.
/// A choice against a number: each option's answers against the rest (Mann-Whitney).
pub fn pairs(pool: &Pool, items: &[usize]) -> Vec<Pair> {
    let subjects = subjects(pool);
    let mut out = Vec::new();
    for (k, &s) in subjects.iter().enumerate() {
        for &t in &subjects[k + 1..] {
            pair(pool, items, s, t, &mut out);
        }
    }
    adjust(&mut out, |p| p.outcome.p(), |p, a| p.adjusted = Some(a));
    out.sort_by(|a, b| {
        let key = |p: &Pair| p.outcome.strength().unwrap_or(-1.0);
        key(b).total_cmp(&key(a))
    });
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Number,
    Choice(usize),
    Triad,
    Other,
}

fn shape(pool: &Pool, s: Subject) -> Shape {
    match s {
        Subject::Emotion => Shape::Number,
        Subject::Question(q) => match &pool.questions[q].kind {
            Kind::Number { .. } => Shape::Number,
            Kind::Choice {
                multiple: false,
                options,
            } => Shape::Choice(options.len()),
            Kind::Triad { .. } => Shape::Triad,
            Kind::Choice { .. } => Shape::Other,
        },
    }
}

/// A categorical reading of a subject for cross tables: option index or triad zone.
pub(crate) fn category(pool: &Pool, s: Subject, i: usize) -> Option<usize> {
    let Subject::Question(q) = s else { return None };
    match &pool.items[i].values[q] {
        Value::Triad(w) => Some(super::composition::Zone::of(*w).index()),
        _ => single_choice(pool, q, i),
    }
}

fn pair(pool: &Pool, items: &[usize], s: Subject, t: Subject, out: &mut Vec<Pair>) {
    let push = |out: &mut Vec<Pair>, option, n, outcome| {
        out.push(Pair {
            first: s,
            second: t,
            option,
            n,
            outcome,
            adjusted: None,
        })
    };
    match (shape(pool, s), shape(pool, t)) {
        (Shape::Number, Shape::Number) => {
            let (x, y): (Vec<f64>, Vec<f64>) = items
                .iter()
                .filter_map(|&i| Some((number(pool, s, i)?, number(pool, t, i)?)))
                .unzip();
            let outcome = if x.len() < MIN_GROUP {
                Outcome::TooFew
            } else {
                stats::spearman(&x, &y).map_or(Outcome::NoVariation, Outcome::Spearman)
            };
            push(out, None, x.len(), outcome);
        }
        (Shape::Choice(_) | Shape::Triad, Shape::Choice(_) | Shape::Triad) => {
            let width = |sh| match sh {
                Shape::Choice(n) => n,
                _ => 7,
            };
            let (rows, cols) = (width(shape(pool, s)), width(shape(pool, t)));
            let mut table = vec![vec![0u64; cols]; rows];
            let mut n = 0;
            for &i in items {
                if let (Some(r), Some(c)) = (category(pool, s, i), category(pool, t, i)) {
                    table[r][c] += 1;
                    n += 1;
                }
            }
            let outcome = if n < MIN_GROUP {
                Outcome::TooFew
            } else {
                chi(&table)
            };
            push(out, None, n, outcome);
        }
        (Shape::Choice(options), Shape::Number) | (Shape::Number, Shape::Choice(options)) => {
            let (choice, num) = if matches!(shape(pool, s), Shape::Choice(_)) {
                (s, t)
            } else {
                (t, s)
            };
            for o in 0..options {
                let (mut with, mut rest) = (Vec::new(), Vec::new());
                for &i in items {
                    if let (Some(c), Some(x)) = (category(pool, choice, i), number(pool, num, i)) {
                        if c == o { with.push(x) } else { rest.push(x) }
                    }
                }
                let n = with.len() + rest.len();
                push(out, Some(o), n, mann_whitney(&with, &rest));
            }
        }
        _ => {}
    }
}

fn adjust<T>(list: &mut [T], p: impl Fn(&T) -> Option<f64>, set: impl Fn(&mut T, f64)) {
    let tested: Vec<(usize, f64)> = list
        .iter()
        .enumerate()
        .filter_map(|(i, x)| p(x).map(|p| (i, p)))
        .collect();
    let adjusted = stats::benjamini_hochberg(&tested.iter().map(|t| t.1).collect::<Vec<_>>());
    for ((i, _), a) in tested.into_iter().zip(adjusted) {
        set(&mut list[i], a);
    }
}
