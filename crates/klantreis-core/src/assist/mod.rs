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

use crate::id::Id;
use crate::journey::Journey;
use crate::touchpoint::Touchpoint;

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

/// What a new touchpoint took from its passage, beside the passage itself (its quote), so
/// the user is told and can undo it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Taken {
    /// The journey's agency named in the passage (else the touchpoint goes on the first lane).
    pub agency: Option<String>,
    pub channel: Option<crate::touchpoint::Channel>,
    pub date: Option<chrono::NaiveDate>,
    pub waiting: Option<crate::touchpoint::Waiting>,
}

/// A new touchpoint from a passage: the passage as its quote, its first words as its title,
/// and what the assistant reads in it (an agency the journey has, a channel, a date, a
/// wait). `None` when the journey has no lane to put it on.
pub fn touchpoint_from(journey: &Journey, passage: &str, id: Id) -> Option<(Touchpoint, Taken)> {
    let names: Vec<String> = journey.agencies.iter().map(|a| a.name.clone()).collect();
    let found = suggest(passage, &Vocabulary::dutch(&names));
    let mut taken = Taken::default();
    let mut agency = None;
    for s in found {
        match s.kind {
            Kind::Agency(name) if agency.is_none() => {
                agency = journey
                    .agencies
                    .iter()
                    .find(|a| a.name.to_lowercase().contains(&name));
                taken.agency = agency.map(|a| a.name.clone());
            }
            Kind::Channel(c) if taken.channel.is_none() => taken.channel = Some(c),
            Kind::Date(d) if taken.date.is_none() => taken.date = Some(d),
            Kind::Wait(w) if taken.waiting.is_none() => taken.waiting = Some(w),
            _ => {}
        }
    }
    let lane = agency.or(journey.agencies.first())?;
    let words: Vec<&str> = passage.split_whitespace().collect();
    let mut title = words.iter().take(6).copied().collect::<Vec<_>>().join(" ");
    if words.len() > 6 {
        title.push('…');
    }
    let mut t = Touchpoint::new(id, lane.id.clone(), title);
    t.quote = passage.trim().to_owned();
    t.date = taken.date;
    t.waiting = taken.waiting;
    if let Some(c) = &taken.channel {
        t.channel = c.clone();
    }
    Some((t, taken))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emotion::Emotion;
    use crate::touchpoint::{Channel, Waiting};

    #[test]
    fn a_touchpoint_from_a_passage_takes_what_the_passage_says() {
        let jan = crate::examples::jan();
        let text = "Na drie weken belde de gemeente terug over mijn aanvraag.";
        let (t, taken) = touchpoint_from(&jan, text, crate::id::Id::new("nieuw")).unwrap();
        assert_eq!(t.quote, text);
        assert_eq!(t.title, "Na drie weken belde de gemeente…");
        assert_eq!(t.channel, crate::touchpoint::Channel::Telefoon);
        let gemeente = jan
            .agencies
            .iter()
            .find(|a| a.name.to_lowercase().contains("gemeente"))
            .unwrap();
        assert_eq!(t.agency, gemeente.id);
        assert_eq!(taken.agency.as_deref(), Some(gemeente.name.as_str()));
        assert!(taken.waiting.is_some());
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
