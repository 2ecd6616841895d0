//! The words suggestions are made from: Dutch social-domain agencies, channels and feeling
//! words. Built in, and editable by the user (the journey's own agencies are added).

use super::found::Kind;
use super::token::Token;
use crate::emotion::Emotion;
use crate::touchpoint::Channel;
use serde::{Deserialize, Serialize};

/// Phrases (lowercase, words separated by spaces) and what each stands for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Vocabulary {
    /// Phrase, and the agency's name.
    pub agencies: Vec<(String, String)>,
    /// Phrase, and the channel.
    pub channels: Vec<(String, Channel)>,
    /// Feeling word, and the experience it suggests (−2 … 2).
    pub feelings: Vec<(String, i8)>,
}

const AGENCIES: &[(&str, &str)] = &[
    ("gemeente", "gemeente"),
    ("gemeentehuis", "gemeente"),
    ("wijkteam", "wijkteam"),
    ("sociaal wijkteam", "wijkteam"),
    ("uwv", "uwv"),
    ("svb", "svb"),
    ("belastingdienst", "belastingdienst"),
    ("cak", "cak"),
    ("schuldhulpverlening", "schuldhulpverlening"),
    ("schuldhulp", "schuldhulpverlening"),
    ("schuldhulpmaatje", "schuldhulpmaatje"),
    ("woningcorporatie", "woningcorporatie"),
    ("ggd", "ggd"),
    ("huisarts", "huisarts"),
    ("werkgever", "werkgever"),
    ("werkcoach", "werkcoach"),
    ("wmo-loket", "wmo-loket"),
    ("vrijwilligerscentrale", "vrijwilligerscentrale"),
    ("deurwaarder", "deurwaarder"),
];

const CHANNELS: &[(&str, Channel)] = &[
    ("balie", Channel::Balie),
    ("loket", Channel::Balie),
    ("telefoon", Channel::Telefoon),
    ("telefonisch", Channel::Telefoon),
    ("gebeld", Channel::Telefoon),
    ("bellen", Channel::Telefoon),
    ("belde", Channel::Telefoon),
    ("brief", Channel::Brief),
    ("brieven", Channel::Brief),
    ("mail", Channel::Email),
    ("e-mail", Channel::Email),
    ("email", Channel::Email),
    ("gemaild", Channel::Email),
    ("website", Channel::Website),
    ("digid", Channel::Website),
    ("formulier", Channel::Formulier),
    ("huisbezoek", Channel::Huisbezoek),
];

const FEELINGS: &[(&str, i8)] = &[
    ("bang", -2),
    ("boos", -2),
    ("wanhopig", -2),
    ("verdrietig", -2),
    ("radeloos", -2),
    ("woedend", -2),
    ("moe", -1),
    ("teleurgesteld", -1),
    ("zenuwachtig", -1),
    ("onzeker", -1),
    ("gefrustreerd", -1),
    ("alleen gelaten", -1),
    ("rustig", 1),
    ("opgelucht", 1),
    ("blij", 1),
    ("prettig", 1),
    ("gehoord", 1),
    ("dankbaar", 2),
    ("trots", 2),
    ("gelukkig", 2),
];

impl Vocabulary {
    /// The built-in Dutch lists, with the journey's own agency names added.
    pub fn dutch(journey_agencies: &[String]) -> Vocabulary {
        let own = journey_agencies.iter().map(|a| {
            let a = a.trim().to_lowercase();
            (a.clone(), a)
        });
        Vocabulary {
            agencies: AGENCIES
                .iter()
                .map(|(p, a)| ((*p).to_owned(), (*a).to_owned()))
                .chain(own)
                .collect(),
            channels: CHANNELS
                .iter()
                .map(|(p, c)| ((*p).to_owned(), c.clone()))
                .collect(),
            feelings: FEELINGS
                .iter()
                .map(|(p, e)| ((*p).to_owned(), *e))
                .collect(),
        }
    }

    /// The longest phrase starting at token `at`: how many tokens it takes, and what it is.
    pub(crate) fn longest_at(&self, tokens: &[Token], at: usize) -> Option<(usize, Kind)> {
        let agencies = self
            .agencies
            .iter()
            .map(|(p, a)| (p, Kind::Agency(a.clone())));
        let channels = self
            .channels
            .iter()
            .map(|(p, c)| (p, Kind::Channel(c.clone())));
        let feelings = self
            .feelings
            .iter()
            .filter_map(|(p, e)| Some((p, Kind::Feeling(Emotion::new(i64::from(*e)).ok()?))));
        agencies
            .chain(channels)
            .chain(feelings)
            .filter_map(|(phrase, kind)| {
                let n = matches(phrase, &tokens[at..])?;
                Some((n, kind))
            })
            .max_by_key(|(n, _)| *n)
    }
}

/// How many tokens `phrase` takes at the start of `tokens`, if it is there.
fn matches(phrase: &str, tokens: &[Token]) -> Option<usize> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let fits = !words.is_empty()
        && words.len() <= tokens.len()
        && words.iter().zip(tokens).all(|(w, t)| *w == t.word);
    fits.then_some(words.len())
}
