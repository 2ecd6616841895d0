//! Suggestions from an interview's text, offline and explainable: agencies, channels, time
//! expressions (dates and waits) and feeling words, each tied to the exact span it was read
//! from. They are offered, never applied: the user accepts or ignores each one. Words are
//! matched against an editable [`Vocabulary`], so every suggestion can say why it was made.

mod found;
mod offer;
mod own;
mod read;
mod time;
mod token;
mod vocabulary;

pub use found::{Kind, Suggestion};
pub use offer::{Change, Offer, accept_all, first_in, offers, vocabulary_for};
pub use own::{LineError, LineProblem, OwnWords, WordList};
pub use read::suggest;
pub use vocabulary::Vocabulary;

use crate::id::Id;
use crate::journey::Journey;
use crate::touchpoint::Touchpoint;

/// A new touchpoint from a passage: the passage as its quote and its first words as its
/// title, on the journey's first lane. What the passage says beyond that (agency, channel,
/// date, wait, feeling) is offered afterwards, never taken unseen ([`offers`]). `None` when
/// the journey has no lane to put it on.
pub fn touchpoint_from(journey: &Journey, passage: &str, id: Id) -> Option<Touchpoint> {
    let lane = journey.agencies.first()?;
    let words: Vec<&str> = passage.split_whitespace().collect();
    let mut title = words.iter().take(6).copied().collect::<Vec<_>>().join(" ");
    if words.len() > 6 {
        title.push('…');
    }
    let mut t = Touchpoint::new(id, lane.id.clone(), title);
    t.quote = passage.trim().to_owned();
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emotion::Emotion;
    use crate::touchpoint::{Channel, Waiting};

    #[test]
    fn a_touchpoint_from_a_passage_takes_only_its_words() {
        let jan = crate::examples::jan();
        let text = "Na drie weken belde de gemeente terug over mijn aanvraag.";
        let t = touchpoint_from(&jan, text, crate::id::Id::new("nieuw")).unwrap();
        assert_eq!(t.quote, text);
        assert_eq!(t.title, "Na drie weken belde de gemeente…");
        // The channel and wait the text names are offers, not taken unseen.
        assert_eq!(t.channel, crate::touchpoint::Channel::default());
        assert_eq!(t.waiting, None);
        assert_eq!(t.agency, jan.agencies[0].id);
        let mut empty = jan.clone();
        empty.agencies.clear();
        assert!(touchpoint_from(&empty, text, crate::id::Id::new("n")).is_none());
    }

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
