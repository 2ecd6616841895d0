//! The words of a text, lowercased, each with its byte span.

use std::ops::Range;

/// A word of the text: lowercased, with where it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub word: String,
    pub span: Range<usize>,
}

/// The words of `text`: letters and digits, with a hyphen inside a word kept ("e-mail",
/// "WMO-loket").
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inner_hyphen = c == '-'
            && start.is_some()
            && chars.get(k + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_hyphen {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Token {
                word: text[s..i].to_lowercase(),
                span: s..i,
            });
        }
    }
    if let Some(s) = start {
        out.push(Token {
            word: text[s..].to_lowercase(),
            span: s..text.len(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_hyphens_and_their_place() {
        let t = tokens("Een e-mail van het WMO-loket, 12-03.");
        let words: Vec<&str> = t.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, ["een", "e-mail", "van", "het", "wmo-loket", "12-03"]);
        assert_eq!(t[1].span, 4..10);
    }
}
