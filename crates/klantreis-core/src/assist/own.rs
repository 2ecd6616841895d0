//! The user's own words for the assistant, beside the built-in lists: kept on the device as
//! the user wrote them, one per line, `woord = betekenis` ("buurtteam = wijkteam",
//! "appje = WhatsApp", "doodop = -1"). Lines starting with `#` are notes.

use super::vocabulary::Vocabulary;
use crate::touchpoint::Channel;
use serde::{Deserialize, Serialize};

/// The three lists as written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnWords {
    #[serde(default)]
    pub agencies: String,
    #[serde(default)]
    pub channels: String,
    #[serde(default)]
    pub feelings: String,
}

/// Which of the lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordList {
    Agencies,
    Channels,
    Feelings,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LineProblem {
    /// Not `woord = betekenis`.
    #[error("not 'word = meaning'")]
    NoMeaning,
    /// A feeling's meaning is not a whole number from −2 to 2.
    #[error("not a number from -2 to 2")]
    NotAFeeling,
}

/// One line that could not be read: its list and number (from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{list:?} line {line}: {problem}")]
pub struct LineError {
    pub list: WordList,
    pub line: usize,
    pub problem: LineProblem,
}

/// The `(line, phrase, meaning)` of each line of a list, the phrase lowercased with single
/// spaces as the assistant reads words; a line that is no pair is an error.
fn pairs(list: WordList, text: &str) -> Vec<Result<(usize, String, String), LineError>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(n, l)| {
            let error = |problem| LineError {
                list,
                line: n + 1,
                problem,
            };
            let (phrase, meaning) = l.split_once('=').ok_or(error(LineProblem::NoMeaning))?;
            let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
            let meaning = meaning.trim();
            if phrase.is_empty() || meaning.is_empty() {
                return Err(error(LineProblem::NoMeaning));
            }
            Ok((n + 1, phrase.to_lowercase(), meaning.to_owned()))
        })
        .collect()
}

fn feeling(meaning: &str) -> Option<i8> {
    meaning
        .trim_start_matches('+')
        .parse::<i8>()
        .ok()
        .filter(|v| (-2..=2).contains(v))
}

fn channel(meaning: &str) -> Channel {
    let key = meaning.to_lowercase().replace('-', "");
    Channel::from_key(&key, "")
        .filter(|c| !matches!(c, Channel::Other(_)))
        .unwrap_or_else(|| Channel::Other(meaning.to_owned()))
}

/// The lines of `theirs`, then those of `mine` that `theirs` lacks.
fn union(theirs: &str, mine: &str) -> String {
    let mut lines: Vec<&str> = theirs.lines().filter(|l| !l.trim().is_empty()).collect();
    for l in mine.lines().filter(|l| !l.trim().is_empty()) {
        if !lines.iter().any(|t| t.trim() == l.trim()) {
            lines.push(l);
        }
    }
    lines.join("\n")
}

impl OwnWords {
    /// These words together with `theirs` (saved meanwhile elsewhere, say another tab): every
    /// line of theirs kept, ours added, so saving never drops words its writer has not seen.
    pub fn merged_with(&self, theirs: &OwnWords) -> OwnWords {
        OwnWords {
            agencies: union(&theirs.agencies, &self.agencies),
            channels: union(&theirs.channels, &self.channels),
            feelings: union(&theirs.feelings, &self.feelings),
        }
    }

    /// Every line that cannot be read, in list order.
    pub fn problems(&self) -> Vec<LineError> {
        let mut out: Vec<LineError> = [
            (WordList::Agencies, &self.agencies),
            (WordList::Channels, &self.channels),
        ]
        .into_iter()
        .flat_map(|(list, text)| pairs(list, text))
        .filter_map(Result::err)
        .collect();
        for pair in pairs(WordList::Feelings, &self.feelings) {
            match pair {
                Err(e) => out.push(e),
                Ok((line, _, meaning)) if feeling(&meaning).is_none() => out.push(LineError {
                    list: WordList::Feelings,
                    line,
                    problem: LineProblem::NotAFeeling,
                }),
                Ok(_) => {}
            }
        }
        out
    }
}

impl Vocabulary {
    /// This vocabulary with the user's words added (after the built-in ones, so a phrase of
    /// the user's wins over the same built-in phrase); lines that cannot be read are left out.
    pub fn with_own(mut self, own: &OwnWords) -> Vocabulary {
        let ok = |list, text| {
            pairs(list, text)
                .into_iter()
                .filter_map(Result::ok)
                .map(|(_, p, m)| (p, m))
        };
        self.agencies
            .extend(ok(WordList::Agencies, &own.agencies).map(|(p, m)| (p, m.to_lowercase())));
        self.channels
            .extend(ok(WordList::Channels, &own.channels).map(|(p, m)| (p, channel(&m))));
        self.feelings.extend(
            ok(WordList::Feelings, &own.feelings).filter_map(|(p, m)| Some((p, feeling(&m)?))),
        );
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assist::{Kind, suggest};
    use crate::emotion::Emotion;

    #[test]
    fn own_words_are_read_beside_the_built_in_ones() {
        let own = OwnWords {
            agencies: "buurtteam = Wijkteam\n# een notitie\n".into(),
            channels: "appje = WhatsApp\nloket = telefoon".into(),
            feelings: "doodop = -1\nop  van   de zenuwen = -2".into(),
        };
        assert!(own.problems().is_empty());
        let words = Vocabulary::dutch(&[]).with_own(&own);
        let found: Vec<Kind> = suggest(
            "Het buurtteam stuurde een appje; ik was doodop en op van de zenuwen.",
            &words,
        )
        .into_iter()
        .map(|s| s.kind)
        .collect();
        assert_eq!(
            found,
            [
                Kind::Agency("wijkteam".into()),
                Kind::Channel(Channel::Other("WhatsApp".into())),
                Kind::Feeling(Emotion::new(-1).unwrap()),
                Kind::Feeling(Emotion::new(-2).unwrap()),
            ]
        );
        // The user's meaning of a built-in phrase wins.
        let loket: Vec<Kind> = suggest("aan het loket", &words)
            .into_iter()
            .map(|s| s.kind)
            .collect();
        assert_eq!(loket, [Kind::Channel(Channel::Telefoon)]);
    }

    #[test]
    fn words_saved_elsewhere_meanwhile_are_kept_beside_ours() {
        let theirs = OwnWords {
            feelings: "doodop = -1".into(),
            ..OwnWords::default()
        };
        let mine = OwnWords {
            feelings: "razend = -2\ndoodop = -1".into(),
            channels: "appje = WhatsApp".into(),
            ..OwnWords::default()
        };
        let both = mine.merged_with(&theirs);
        assert_eq!(both.feelings, "doodop = -1\nrazend = -2");
        assert_eq!(both.channels, "appje = WhatsApp");
    }

    #[test]
    fn lines_that_cannot_be_read_are_named_by_list_and_number() {
        let own = OwnWords {
            agencies: "gemeente\n".into(),
            channels: "= brief".into(),
            feelings: "blij = 1\nrazend = -5".into(),
        };
        let problems: Vec<(WordList, usize, LineProblem)> = own
            .problems()
            .into_iter()
            .map(|e| (e.list, e.line, e.problem))
            .collect();
        assert_eq!(
            problems,
            [
                (WordList::Agencies, 1, LineProblem::NoMeaning),
                (WordList::Channels, 1, LineProblem::NoMeaning),
                (WordList::Feelings, 2, LineProblem::NotAFeeling),
            ]
        );
        // What can be read is still used.
        let words = Vocabulary::dutch(&[]).with_own(&own);
        assert!(!words.feelings.iter().any(|(p, _)| p == "razend"));
    }
}
