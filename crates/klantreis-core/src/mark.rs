//! Marks: passages of a story's text (the interview) that went into the journey, each tied
//! to its exact span, so a touchpoint shows where it came from and the transcript shows what
//! is used and what is not yet. Spans follow edits of the text.

use crate::id::Id;
use serde::{Deserialize, Serialize};

/// One passage used: characters `start..end` of the story's text (Unicode scalar values, so
/// the span means the same in every program that reads the file).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub id: Id,
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
    /// The touchpoint the passage went to.
    pub touchpoint: Id,
}

/// What the passage became.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    /// A new touchpoint was made from it (the passage is its evidence).
    Touchpoint,
    Quote,
    PainPoint,
    Opportunity,
    /// The client's feeling there: the touchpoint's experience read from the passage's
    /// feeling words (schema 10).
    Feeling,
    /// The wait before that step, read from the passage (schema 10).
    Waiting,
}

impl MarkKind {
    pub const ALL: [MarkKind; 6] = [
        MarkKind::Touchpoint,
        MarkKind::Quote,
        MarkKind::PainPoint,
        MarkKind::Opportunity,
        MarkKind::Feeling,
        MarkKind::Waiting,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MarkKind::Touchpoint => "touchpoint",
            MarkKind::Quote => "quote",
            MarkKind::PainPoint => "pain_point",
            MarkKind::Opportunity => "opportunity",
            MarkKind::Feeling => "feeling",
            MarkKind::Waiting => "waiting",
        }
    }
}

/// The characters `start..end` of `text`.
pub fn passage(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// The character offset of a UTF-16 offset (what a browser's text field counts in).
pub fn char_offset(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (n, c) in text.chars().enumerate() {
        if units >= utf16 {
            return n;
        }
        units += c.len_utf16();
    }
    text.chars().count()
}

/// The UTF-16 offset of a character offset.
pub fn utf16_offset(text: &str, chars: usize) -> usize {
    text.chars().take(chars).map(char::len_utf16).sum()
}

/// Moves the marks of `old` text so they cover the same words in `new`: one contiguous
/// change (typing, pasting, deleting a selection) found as what lies between the common
/// start and the common end. Text typed right after a mark is not added to it; text typed
/// inside is. A mark whose every character was deleted goes (undo brings it back).
pub fn follow(old: &str, new: &str, marks: &mut Vec<Mark>) {
    if old == new || marks.is_empty() {
        return;
    }
    let (a, b): (Vec<char>, Vec<char>) = (old.chars().collect(), new.chars().collect());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let room = a.len().min(b.len()) - prefix;
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(room)
        .take_while(|(x, y)| x == y)
        .count();
    let removed_end = a.len() - suffix;
    let inserted = b.len() - suffix - prefix;
    let shift = |at: usize| at + b.len() - a.len();
    for m in marks.iter_mut() {
        if m.end <= prefix {
            continue;
        }
        if m.start >= removed_end {
            m.start = shift(m.start);
            m.end = shift(m.end);
            continue;
        }
        let start = m.start.min(prefix);
        let end = if m.end >= removed_end {
            shift(m.end)
        } else {
            prefix + inserted
        };
        m.start = start;
        m.end = end.max(start);
    }
    marks.retain(|m| m.start < m.end);
}

/// The story's paragraphs (non-blank lines) that no mark touches yet, as character spans
/// without their surrounding spaces: what the "not used yet" filter walks.
pub fn unused(text: &str, marks: &[Mark]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().chain(std::iter::once(&'\n')).enumerate() {
        if *c != '\n' {
            continue;
        }
        let line = &chars[line_start..i.min(chars.len())];
        let lead = line.iter().take_while(|c| c.is_whitespace()).count();
        let trail = line.iter().rev().take_while(|c| c.is_whitespace()).count();
        if lead < line.len() {
            let (s, e) = (line_start + lead, i - trail);
            if !marks.iter().any(|m| m.start < e && m.end > s) {
                out.push((s, e));
            }
        }
        line_start = i + 1;
    }
    out
}

/// `start..end` without the white space at either end (a selection often takes a space or
/// a line break with it).
pub fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let end = end.min(chars.len());
    let start = start.min(end);
    let lead = chars[start..end]
        .iter()
        .take_while(|c| c.is_whitespace())
        .count();
    let trail = chars[start + lead..end]
        .iter()
        .rev()
        .take_while(|c| c.is_whitespace())
        .count();
    (start + lead, end - trail)
}

/// The text in runs for showing it with its marks: each run's character span and the index
/// of the mark it belongs to. Where marks overlap, the one that starts first shows.
pub fn segments(text: &str, marks: &[Mark]) -> Vec<(usize, usize, Option<usize>)> {
    let len = text.chars().count();
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| (marks[i].start, marks[i].end));
    let mut out = Vec::new();
    let mut at = 0;
    for i in order {
        let (start, end) = (marks[i].start.max(at), marks[i].end.min(len));
        if start >= end {
            continue;
        }
        if start > at {
            out.push((at, start, None));
        }
        out.push((start, end, Some(i)));
        at = end;
    }
    if at < len {
        out.push((at, len, None));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize) -> Mark {
        Mark {
            id: Id::new(format!("m{start}")),
            start,
            end,
            kind: MarkKind::Quote,
            touchpoint: Id::new("t"),
        }
    }

    const TEXT: &str = "Ik belde de gemeente. Niemand nam op.";

    fn marked(text: &str, m: &Mark) -> String {
        passage(text, m.start, m.end)
    }

    #[test]
    fn typing_before_a_mark_moves_it() {
        let mut marks = vec![mark(22, 37)];
        assert_eq!(marked(TEXT, &marks[0]), "Niemand nam op.");
        let new = format!("Eerst: {TEXT}");
        follow(TEXT, &new, &mut marks);
        assert_eq!(marked(&new, &marks[0]), "Niemand nam op.");
    }

    #[test]
    fn typing_inside_a_mark_grows_it_and_after_it_leaves_it() {
        let mut marks = vec![mark(3, 20)];
        assert_eq!(marked(TEXT, &marks[0]), "belde de gemeente");
        let new = TEXT.replace("belde de", "belde drie keer de");
        follow(TEXT, &new, &mut marks);
        assert_eq!(marked(&new, &marks[0]), "belde drie keer de gemeente");
        let after = new.replace("gemeente.", "gemeente, echt.");
        follow(&new, &after, &mut marks);
        assert_eq!(marked(&after, &marks[0]), "belde drie keer de gemeente");
    }

    #[test]
    fn a_deleted_passage_takes_its_mark_and_a_cut_one_shrinks() {
        let mut marks = vec![mark(22, 37), mark(3, 20)];
        let new = "Ik belde de gemeente.";
        follow(TEXT, new, &mut marks);
        assert_eq!(marks.len(), 1);
        assert_eq!(marked(new, &marks[0]), "belde de gemeente");
        let cut = "Ik belde.";
        follow(new, cut, &mut marks);
        assert_eq!(marked(cut, &marks[0]), "belde");
    }

    #[test]
    fn offsets_count_characters_not_bytes_or_utf16_units() {
        let text = "Café 😀 daarna";
        assert_eq!(char_offset(text, utf16_offset(text, 7)), 7);
        assert_eq!(utf16_offset(text, 6), 7); // the emoji is two UTF-16 units
        assert_eq!(passage(text, 7, 13), "daarna");
        let mut marks = vec![mark(7, 13)];
        let new = format!("é{text}");
        follow(text, &new, &mut marks);
        assert_eq!(marked(&new, &marks[0]), "daarna");
    }

    #[test]
    fn a_selection_loses_its_surrounding_space_and_runs_cover_the_text_once() {
        assert_eq!(trimmed(" Ik belde. \n", 0, 12), (1, 10));
        assert_eq!(trimmed("   ", 0, 3), (3, 3));
        let marks = vec![mark(3, 8), mark(5, 20), mark(30, 99)];
        let runs = segments(TEXT, &marks);
        assert_eq!(
            runs,
            [
                (0, 3, None),
                (3, 8, Some(0)),
                (8, 20, Some(1)),
                (20, 30, None),
                (30, 37, Some(2))
            ]
        );
    }

    #[test]
    fn unused_paragraphs_are_those_no_mark_touches() {
        let text = "Eerste alinea.\n\n  Tweede alinea.  \nDerde.";
        let marks = vec![mark(2, 5)];
        let spans = unused(text, &marks);
        let words: Vec<String> = spans.iter().map(|&(s, e)| passage(text, s, e)).collect();
        assert_eq!(words, ["Tweede alinea.", "Derde."]);
    }
}
