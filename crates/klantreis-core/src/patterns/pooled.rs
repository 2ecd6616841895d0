//! One journey reduced to what pooling reads, so the patterns page need not read and parse
//! every whole journey (over 100,000 stories that was two seconds before the first figure):
//! its listed fields, its touchpoints and stories as pool items, their answers (free text
//! left out), and its two signifier sets by fingerprint only. Sets are few and shared by
//! thousands of journeys; they are stored once each, under their fingerprint.

use crate::journey::Journey;
use crate::patterns::pool::{Item, Pool, PooledJourney, Source, pooled};
use crate::principle::Principles;
use crate::signifier::{Answer, Answers, SignifierSet};
use crate::touchpoint::Channel;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pooled {
    /// False for a designed copy or another version of a journey: kept, so it is not made
    /// again on every visit, but adds nothing to a pool.
    pub pooled: bool,
    /// The journey has ideas (the page reads such a journey whole, for the ideas matrix).
    pub ideas: bool,
    pub journey: PooledJourney,
    /// The fingerprints of the touchpoint set and of the story set.
    pub sets: [String; 2],
    pub items: Vec<Item>,
    /// Each item's answers, in the items' order.
    pub answers: Vec<Answers>,
}

impl Pooled {
    pub fn of(j: &Journey) -> Pooled {
        let mut items = Vec::with_capacity(j.touchpoints.len() + j.stories.len());
        let mut answers = Vec::with_capacity(items.capacity());
        let count = j.touchpoints.len();
        for (i, t) in j.touchpoints.iter().enumerate() {
            items.push(Item {
                journey: 0,
                source: Source::Touchpoint,
                id: t.id.clone(),
                title: t.title.clone(),
                position: Some((i, count)),
                date: t.date.or(j.period.start),
                agency: j.agency(&t.agency).map(|a| a.name.clone()),
                // The key of a fixed channel, or the words of another one.
                channel: Some(match &t.channel {
                    Channel::Other(text) => text.clone(),
                    fixed => fixed.key().to_owned(),
                }),
                teller: None,
                world: t.world,
                moment_of_truth: t.moment_of_truth,
                emotion: t.emotion.map(|e| e.value()),
                pain_points: t.pain_points.clone(),
                opportunities: t.opportunities.clone(),
                waiting_minutes: t.waiting.map(|w| w.minutes()),
                phase: t
                    .phase
                    .as_ref()
                    .and_then(|p| j.phase(p))
                    .map(|p| p.name.clone()),
                principles: t.principles.clone(),
                values: Vec::new(),
            });
            answers.push(counted(&t.answers));
        }
        for s in &j.stories {
            items.push(Item {
                journey: 0,
                source: Source::Story,
                id: s.id.clone(),
                title: s.title.clone(),
                position: None,
                date: s.date.or(j.period.start),
                agency: None,
                channel: None,
                teller: Some(s.teller),
                world: None,
                moment_of_truth: false,
                emotion: None,
                pain_points: Vec::new(),
                opportunities: Vec::new(),
                waiting_minutes: None,
                phase: None,
                principles: Principles::new(),
                values: Vec::new(),
            });
            answers.push(counted(&s.answers));
        }
        Pooled {
            pooled: pooled(j),
            ideas: !j.ideas.is_empty(),
            journey: PooledJourney {
                id: j.id.clone(),
                title: j.title.clone(),
                persona: j.persona.name.clone(),
                persona_id: j.persona.id.clone(),
                tags: j.tags.clone(),
                start: j.period.start,
                workshop: j.workshop.as_ref().map(|w| w.name.clone()),
                group: j.workshop.as_ref().and_then(|w| w.group.clone()),
            },
            sets: [fingerprint(&j.touchpoint_set), fingerprint(&j.story_set)],
            items,
            answers,
        }
    }

    /// The stored form: [`FORMAT`], then the entry in postcard's binary form.
    pub fn to_bytes(&self) -> Vec<u8> {
        // Serialising into a growing Vec fails only when memory does.
        postcard::to_extend(self, vec![FORMAT]).unwrap_or_default()
    }

    /// `None` for bytes that are not a pooled journey of this build (postcard does not name
    /// its fields, so a changed struct must change [`FORMAT`]): the caller pools the journey
    /// itself instead.
    pub fn from_bytes(bytes: &[u8]) -> Option<Pooled> {
        match bytes.split_first() {
            Some((&FORMAT, rest)) => postcard::from_bytes(rest).ok(),
            _ => None,
        }
    }
}

/// The stored form's version: raise it with every change to [`Pooled`] or the pool's
/// `Item`, so entries of an older build are made again rather than misread.
pub const FORMAT: u8 = 1;

/// The answers a pool counts: free text is read in the journey itself, never counted.
fn counted(answers: &Answers) -> Answers {
    answers
        .iter()
        .filter(|(_, a)| !matches!(a, Answer::Text(_)))
        .map(|(id, a)| (id.clone(), a.clone()))
        .collect()
}

/// A set's fingerprint: FNV-1a (64 bits, hex) of its JSON. Alike sets share it; a set edited
/// in any way gets another.
pub fn fingerprint(set: &SignifierSet) -> String {
    let json = serde_json::to_vec(set).unwrap_or_default();
    let hash = json.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

impl Pool {
    /// Adds a journey's touchpoints and stories, answered as the questions of [`Pool::asking`]
    /// pooled them; a journey that is not pooled is left out.
    pub fn add(&mut self, j: &Journey) {
        self.add_pooled(Pooled::of(j), [&j.touchpoint_set, &j.story_set]);
    }

    /// Adds a journey as [`Pooled::of`] reduced it, with its touchpoint and story sets.
    pub fn add_pooled(&mut self, p: Pooled, [touchpoints, stories]: [&SignifierSet; 2]) {
        if !p.pooled {
            return;
        }
        let journey = self.journeys.len();
        self.journeys.push(p.journey);
        let asked = [self.asked_by(touchpoints), self.asked_by(stories)];
        for (mut item, answers) in p.items.into_iter().zip(p.answers) {
            let asked = match item.source {
                Source::Touchpoint => &asked[0],
                Source::Story => &asked[1],
            };
            item.journey = journey;
            item.values = self.values(asked, &answers);
            self.items.push(item);
        }
    }
}
