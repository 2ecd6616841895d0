//! Time expressions in Dutch: a wait ("na vijf weken", "twee maanden later", "zes uur
//! gewacht") or a date ("11 maart 2024", "11-03-2024").

use super::found::{Kind, Suggestion, scan};
use super::token::Token;
use crate::touchpoint::{WaitUnit, Waiting};
use chrono::NaiveDate;

const NUMBERS: [&str; 12] = [
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
];

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

fn number(word: &str) -> Option<u32> {
    let word = if word == "één" { "een" } else { word };
    NUMBERS
        .iter()
        .position(|n| *n == word)
        .map(|i| i as u32 + 1)
        .or_else(|| word.parse().ok())
}

fn unit(word: &str) -> Option<WaitUnit> {
    Some(match word {
        "minuut" | "minuten" => WaitUnit::Minutes,
        "uur" | "uren" => WaitUnit::Hours,
        "dag" | "dagen" => WaitUnit::Days,
        "week" | "weken" => WaitUnit::Weeks,
        "maand" | "maanden" => WaitUnit::Months,
        _ => return None,
    })
}

/// Every wait and date in the tokens.
pub(super) fn find(tokens: &[Token]) -> Vec<Suggestion> {
    scan(
        tokens,
        |_| false,
        |i| wait_at(tokens, i).or_else(|| date_at(tokens, i)),
    )
}

/// "na" NUMBER UNIT, or NUMBER UNIT followed by "later" or a form of "wachten".
fn wait_at(tokens: &[Token], i: usize) -> Option<(usize, Kind)> {
    let word = |k: usize| tokens.get(k).map(|t| t.word.as_str());
    let after = usize::from(word(i)? == "na");
    let amount = number(word(i + after)?)?;
    let unit = unit(word(i + after + 1)?)?;
    let waited = matches!(
        word(i + after + 2),
        Some("later" | "wachten" | "gewacht" | "wachtte" | "wachtten")
    );
    let n = after + 2 + usize::from(waited && after == 0);
    (after == 1 || waited).then_some((n, Kind::Wait(Waiting { amount, unit })))
}

/// DAY MONTHNAME YEAR, or DD-MM-YYYY.
fn date_at(tokens: &[Token], i: usize) -> Option<(usize, Kind)> {
    let word = |k: usize| tokens.get(k).map(|t| t.word.as_str());
    let first = word(i)?;
    if first.contains('-')
        && let Some(d) = crate::date::parse(first)
    {
        return Some((1, Kind::Date(d)));
    }
    let day: u32 = word(i)?.parse().ok()?;
    let month = MONTHS.iter().position(|m| Some(*m) == word(i + 1))? as u32 + 1;
    let year: i32 = word(i + 2)?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day).map(|d| (3, Kind::Date(d)))
}
