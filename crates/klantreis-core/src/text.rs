//! Text from files and typing, made safe to keep, show and export: no control characters
//! (NUL, ESC, …) other than tab and line breaks, and no bidirectional overrides or isolates
//! (U+202A–U+202E, U+2066–U+2069), which can turn a title or an exported cell around so that
//! it reads otherwise than it is stored ("Trojan Source").

use serde_json::Value;
use std::borrow::Cow;

/// Whether `c` is taken out of any text we keep.
pub fn is_unwanted(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
        c => c.is_control(),
    }
}

/// `text` without unwanted characters, and how many were taken out.
pub fn clean(text: &str) -> (Cow<'_, str>, usize) {
    let removed = text.chars().filter(|&c| is_unwanted(c)).count();
    if removed == 0 {
        (Cow::Borrowed(text), 0)
    } else {
        (text.chars().filter(|&c| !is_unwanted(c)).collect(), removed)
    }
}

/// Cleans every string (and object key) in a JSON tree; returns how many characters went.
pub fn clean_value(value: &mut Value) -> usize {
    match value {
        Value::String(s) => {
            let (cleaned, removed) = clean(s);
            if removed > 0 {
                *s = cleaned.into_owned();
            }
            removed
        }
        Value::Array(items) => items.iter_mut().map(clean_value).sum(),
        Value::Object(map) => {
            let mut removed = 0;
            if map.keys().any(|k| clean(k).1 > 0) {
                let old = std::mem::take(map);
                for (k, v) in old {
                    let (key, n) = clean(&k);
                    removed += n;
                    map.insert(key.into_owned(), v);
                }
            }
            removed + map.values_mut().map(clean_value).sum::<usize>()
        }
        _ => 0,
    }
}

/// Bytes of a chosen file as text. Invalid UTF-8 becomes U+FFFD; the count says how many
/// places that happened, so the user is told instead of finding "�" later.
pub fn decode(bytes: &[u8]) -> (String, usize) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), 0),
        Err(_) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let already = count_replacement_runs_in_valid(bytes);
            let replaced = text.matches('\u{FFFD}').count() - already;
            (text, replaced)
        }
    }
}

/// U+FFFD characters that were in the file as valid UTF-8 already (not replacements).
fn count_replacement_runs_in_valid(bytes: &[u8]) -> usize {
    bytes
        .windows(3)
        .filter(|w| *w == "\u{FFFD}".as_bytes())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_go_and_line_breaks_stay() {
        let (text, n) =
            clean("Jan\u{0}\u{1b}[31m\u{202E}gnp.exe\u{2066}\tregel\r\nnieuw\u{7f}\u{85}");
        assert_eq!(text, "Jan[31mgnp.exe\tregel\r\nnieuw");
        assert_eq!(n, 6);
        let (same, n) = clean("Één café – “goed” ✓ 😀");
        assert!(matches!(same, Cow::Borrowed(_)));
        assert_eq!(n, 0);
    }

    #[test]
    fn every_string_in_a_tree_is_cleaned() {
        let mut v = serde_json::json!({"a\u{202E}": ["x\u{0}", {"b": "y\u{2069}"}], "n": 3});
        assert_eq!(clean_value(&mut v), 3);
        assert_eq!(v, serde_json::json!({"a": ["x", {"b": "y"}], "n": 3}));
    }

    #[test]
    fn invalid_utf8_is_counted_and_a_bom_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBF{}"), ("{}".to_owned(), 0));
        let (text, n) = decode(b"caf\xE9 en na\xEFef \xF0\x9F");
        assert_eq!(n, 3);
        assert_eq!(text.matches('\u{FFFD}').count(), 3);
        // A replacement character that was really in the file is not counted.
        let bytes = [b"a".as_slice(), "\u{FFFD}".as_bytes(), b"b\xFF"].concat();
        assert_eq!(decode(&bytes).1, 1);
    }
}
