//! Suggestions from an interview's text, offline and explainable: agencies, channels, time
//! expressions (dates and waits) and feeling words, each tied to the exact span it was read
//! from. They are offered, never applied: the user accepts or ignores each one. Words are
//! matched against an editable [`Vocabulary`], so every suggestion can say why it was made.

mod found;
mod time;
mod token;
mod vocabulary;

pub use found::{Kind, Suggestion};
pub use vocabulary::Vocabulary;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emotion::Emotion;
    use crate::touchpoint::{Channel, Waiting};

    #[test]
    fn a_sentence_gives_its_agency_channel_wait_and_feeling() {
        let text = "Na vijf weken belde de gemeente. Ik was opgelucht.";
        let found: Vec<(String, Kind)> = suggest(text, &Vocabulary::dutch(&[]))
            .into_iter()
            .map(|s| (text[s.span].to_owned(), s.kind))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "Na vijf weken".to_owned(),
                    Kind::Wait(Waiting {
                        amount: 5,
                        unit: crate::touchpoint::WaitUnit::Weeks
                    })
                ),
                ("belde".to_owned(), Kind::Channel(Channel::Telefoon)),
                ("gemeente".to_owned(), Kind::Agency("gemeente".into())),
                (
                    "opgelucht".to_owned(),
                    Kind::Feeling(Emotion::new(1).unwrap())
                ),
            ]
        );
    }
}
