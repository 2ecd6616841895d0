//! What the assistant found: a kind of thing and the span of text it was read from.

use super::token::Token;
use crate::emotion::Emotion;
use crate::touchpoint::{Channel, Waiting};
use chrono::NaiveDate;
use std::ops::Range;

/// One suggestion: what was recognised, and where (byte offsets into the text).
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub span: Range<usize>,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// An agency, by the vocabulary's name for it (or the journey's own agency name).
    Agency(String),
    Channel(Channel),
    /// A wait: "na vijf weken", "twee maanden later", "zes uur gewacht".
    Wait(Waiting),
    Date(NaiveDate),
    /// A feeling word turned into the experience it suggests.
    Feeling(Emotion),
}

/// Walks the tokens once: where `at` recognises something (how many tokens, and what), a
/// suggestion over those tokens, then on after them; tokens `skip` names are passed over.
pub fn scan(
    tokens: &[Token],
    skip: impl Fn(&Token) -> bool,
    at: impl Fn(usize) -> Option<(usize, Kind)>,
) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match (!skip(&tokens[i])).then(|| at(i)).flatten() {
            Some((n, kind)) => {
                out.push(Suggestion {
                    span: tokens[i].span.start..tokens[i + n - 1].span.end,
                    kind,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}
