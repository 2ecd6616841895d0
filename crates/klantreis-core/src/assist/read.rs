//! Reading a text once for everything the assistant knows: time expressions first (their
//! words are not read again as anything else), then the vocabulary's phrases.

use super::found::{self, Suggestion};
use super::vocabulary::Vocabulary;
use super::{time, token};

/// Every suggestion in `text`, in reading order.
pub fn suggest(text: &str, vocabulary: &Vocabulary) -> Vec<Suggestion> {
    let tokens = token::tokens(text);
    let times = time::find(&tokens);
    let taken = |t: &token::Token| times.iter().any(|s| s.span.contains(&t.span.start));
    let mut out = found::scan(&tokens, taken, |i| vocabulary.longest_at(&tokens, i));
    out.extend(times);
    out.sort_by_key(|s| s.span.start);
    out
}
