//! A journey (klantreis): a persona, a goal, agencies, touchpoints, stories, signifier sets and,
//! for workshops, the workshop it belongs to.

use crate::agency::Agency;
use crate::id::Id;
use crate::phase::{Band, Phase};
use crate::script::InterviewScript;
use crate::signifier::{SignifierSet, default_set, default_story_set};
use crate::story::Story;
use crate::touchpoint::Touchpoint;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A klantreis: the route one person travels toward a personal goal across agencies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Journey {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub persona: Client,
    /// Doel: what the client wants to reach in their own life.
    #[serde(default)]
    pub goal: String,
    /// Middel: the means chosen to get there (e.g. schuldsanering).
    #[serde(default)]
    pub means: String,
    /// Aanleiding: what set the journey in motion.
    #[serde(default)]
    pub trigger: String,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub period: Period,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Swimlanes, top to bottom.
    #[serde(default)]
    pub agencies: Vec<Agency>,
    /// Named stretches of steps, drawn as bands above the map (schema 5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// In time order, left to right.
    #[serde(default)]
    pub touchpoints: Vec<Touchpoint>,
    #[serde(default)]
    pub stories: Vec<Story>,
    /// The signifiers asked for every touchpoint (schema 2).
    pub touchpoint_set: SignifierSet,
    /// The signifiers asked for every story; often the same set.
    pub story_set: SignifierSet,
    /// What the vertelpunt shows the client (schema 3).
    pub script: InterviewScript,
    /// The workshop this journey belongs to, as its template or as one group's copy (schema 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop: Option<crate::workshop::info::WorkshopInfo>,
    /// This journey is the to-be (gewenste) version of that as-is journey (schema 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_be_of: Option<Id>,
    /// This journey is the designed procedure (schaduwreis) of that lived journey (schema 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designed_of: Option<Id>,
    /// This journey is another version of that one, kept because both were changed in two
    /// places at once (team library), until someone chooses (schema 12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_of: Option<Id>,
    /// Ideas that answer the journey's opportunities (schema 7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ideas: Vec<crate::idea::Idea>,
    /// The user's wording of sentences of the gekanteld verslag (schema 11).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub retold: crate::retold::wording::Edits,
    /// Milliseconds since the Unix epoch; set by whoever saves, not by edits.
    #[serde(default)]
    pub created_ms: i64,
    #[serde(default)]
    pub updated_ms: i64,
}

/// The client as shown on the map: a pseudonym by default, never a real name unless chosen.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Client {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub situation: String,
    /// The library persona this client is (schema 8): the journeys of one persona are shown
    /// together. The persona may live in another library; a link to none is harmless.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Id>,
}

/// When the journey took place: a single date (start only), a range, or unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Period {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
}

/// The text fields of a journey that are edited in place, addressed by commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JourneyField {
    Title,
    PersonaName,
    PersonaSituation,
    Goal,
    Means,
    Trigger,
    Outcome,
}

impl JourneyField {
    /// Every field, in the order the editor shows them.
    pub const ALL: [JourneyField; 7] = [
        Self::Title,
        Self::PersonaName,
        Self::PersonaSituation,
        Self::Goal,
        Self::Means,
        Self::Trigger,
        Self::Outcome,
    ];

    pub fn get(self, journey: &Journey) -> &str {
        match self {
            Self::Title => &journey.title,
            Self::PersonaName => &journey.persona.name,
            Self::PersonaSituation => &journey.persona.situation,
            Self::Goal => &journey.goal,
            Self::Means => &journey.means,
            Self::Trigger => &journey.trigger,
            Self::Outcome => &journey.outcome,
        }
    }

    pub fn get_mut(self, journey: &mut Journey) -> &mut String {
        match self {
            Self::Title => &mut journey.title,
            Self::PersonaName => &mut journey.persona.name,
            Self::PersonaSituation => &mut journey.persona.situation,
            Self::Goal => &mut journey.goal,
            Self::Means => &mut journey.means,
            Self::Trigger => &mut journey.trigger,
            Self::Outcome => &mut journey.outcome,
        }
    }
}

impl Journey {
    /// The touchpoint set's emotion question, if it asks one: its answer is the touchpoint's
    /// emotion ([`Touchpoint::set_emotion`]).
    pub fn emotion_question(&self) -> Option<Id> {
        self.touchpoint_set
            .asked()
            .find(|q| matches!(q.kind, crate::signifier::QuestionKind::Emotion))
            .map(|q| q.id.clone())
    }

    /// An empty journey with a pseudonymous persona, ready to be filled in.
    pub fn new(id: Id, title: impl Into<String>, persona: impl Into<String>, now_ms: i64) -> Self {
        Self {
            id,
            title: title.into(),
            persona: Client {
                name: persona.into(),
                ..Client::default()
            },
            goal: String::new(),
            means: String::new(),
            trigger: String::new(),
            outcome: String::new(),
            period: Period::default(),
            tags: Vec::new(),
            agencies: Vec::new(),
            phases: Vec::new(),
            touchpoints: Vec::new(),
            stories: Vec::new(),
            touchpoint_set: default_set(),
            story_set: default_story_set(),
            script: InterviewScript::default(),
            workshop: None,
            to_be_of: None,
            designed_of: None,
            version_of: None,
            ideas: Vec::new(),
            retold: Default::default(),
            created_ms: now_ms,
            updated_ms: now_ms,
        }
    }

    /// The journey's ideas, each title led by `label` when given (a group's name, a
    /// journey's title), for a matrix that holds the ideas of several journeys.
    pub fn labelled_ideas(&self, label: Option<&str>) -> Vec<crate::idea::Idea> {
        self.ideas
            .iter()
            .map(|i| crate::idea::Idea {
                title: match label {
                    Some(l) => format!("{l}: {}", i.title),
                    None => i.title.clone(),
                },
                ..i.clone()
            })
            .collect()
    }

    pub fn agency(&self, id: &Id) -> Option<&Agency> {
        self.agencies.iter().find(|a| &a.id == id)
    }

    pub fn agency_index(&self, id: &Id) -> Option<usize> {
        self.agencies.iter().position(|a| &a.id == id)
    }

    /// The touchpoint an arrow key leads to from touchpoint `from` on the map: the one before
    /// or after it in time, or in the nearest lane above or below that has any, the one
    /// closest in time (the earlier of two as close).
    pub fn neighbour(&self, from: &Id, step: MapStep) -> Option<Id> {
        let column = self.touchpoints.iter().position(|t| t.id == *from)?;
        let lane_of = |t: &Touchpoint| self.agency_index(&t.agency);
        match step {
            MapStep::Earlier => column
                .checked_sub(1)
                .map(|c| self.touchpoints[c].id.clone()),
            MapStep::Later => self.touchpoints.get(column + 1).map(|t| t.id.clone()),
            MapStep::LaneUp | MapStep::LaneDown => {
                let lane = lane_of(&self.touchpoints[column])?;
                let lanes: Vec<usize> = if step == MapStep::LaneUp {
                    (0..lane).rev().collect()
                } else {
                    (lane + 1..self.agencies.len()).collect()
                };
                lanes.into_iter().find_map(|l| {
                    self.touchpoints
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| lane_of(t) == Some(l))
                        .min_by_key(|(c, _)| (c.abs_diff(column), *c))
                        .map(|(_, t)| t.id.clone())
                })
            }
        }
    }

    pub fn phase(&self, id: &Id) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == *id)
    }

    /// The bands above the map, left to right (see [`crate::phase::bands`]).
    pub fn phase_bands(&self) -> Vec<Band> {
        crate::phase::bands(self.touchpoints.iter().map(|t| {
            let id = t.phase.as_ref()?;
            self.phases.iter().position(|p| p.id == *id)
        }))
    }

    pub fn touchpoint(&self, id: &Id) -> Option<&Touchpoint> {
        self.touchpoints.iter().find(|t| &t.id == id)
    }

    pub fn touchpoint_index(&self, id: &Id) -> Option<usize> {
        self.touchpoints.iter().position(|t| &t.id == id)
    }

    pub fn story(&self, id: &Id) -> Option<&Story> {
        self.stories.iter().find(|s| &s.id == id)
    }

    /// A copy under a new id, as "duplicate" in the library and "open example as copy" need:
    /// the inner ids stay, because they are only unique within one journey.
    pub fn duplicate(&self, new_id: Id, title: impl Into<String>, now_ms: i64) -> Self {
        Self {
            id: new_id,
            title: title.into(),
            created_ms: now_ms,
            updated_ms: now_ms,
            // A copy is a journey of its own, not a version waiting for a choice.
            version_of: None,
            ..self.clone()
        }
    }

    /// The titles of the touchpoints `ids` names that are in the journey, in that order.
    pub fn titles_of<'a>(&'a self, ids: &'a [Id]) -> impl Iterator<Item = &'a str> {
        ids.iter()
            .filter_map(|id| self.touchpoint(id))
            .map(|t| t.title.as_str())
    }

    pub fn summary(&self) -> JourneySummary {
        JourneySummary {
            id: self.id.clone(),
            title: self.title.clone(),
            persona: self.persona.name.clone(),
            persona_id: self.persona.id.clone(),
            updated_ms: self.updated_ms,
            touchpoints: self.touchpoints.len(),
            agencies: self.agencies.len(),
            version_of: self.version_of.clone(),
            workshop: self
                .workshop
                .as_ref()
                .map(|w| (w.id.clone(), w.name.clone(), w.group.clone())),
        }
    }
}

/// A move between cards on the map with the arrow keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapStep {
    Earlier,
    Later,
    LaneUp,
    LaneDown,
}

/// What the library lists without opening a journey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JourneySummary {
    pub id: Id,
    pub title: String,
    pub persona: String,
    /// The library persona the journey links to (schema 8).
    pub persona_id: Option<Id>,
    pub updated_ms: i64,
    pub touchpoints: usize,
    pub agencies: usize,
    /// The journey this one is another version of (schema 12).
    pub version_of: Option<Id>,
    /// The workshop's id and name, and the group (none for the workshop's template).
    pub workshop: Option<(Id, String, Option<String>)>,
}

impl JourneySummary {
    /// Whether every word of `query` occurs in the title, the persona, or the workshop's or
    /// group's name, ignoring case: "jan schuld" finds "Schulden van Jan".
    pub fn matches(&self, query: &str) -> bool {
        let mut haystack = format!("{} {}", self.title, self.persona);
        if let Some((_, workshop, group)) = &self.workshop {
            haystack.push(' ');
            haystack.push_str(workshop);
            if let Some(group) = group {
                haystack.push(' ');
                haystack.push_str(group);
            }
        }
        let haystack = haystack.to_lowercase();
        query
            .to_lowercase()
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_ideas_say_whose_they_are() {
        let jan = crate::examples::jan();
        let named = jan.labelled_ideas(Some("Groep 1"));
        assert_eq!(named.len(), jan.ideas.len());
        assert_eq!(named[0].title, format!("Groep 1: {}", jan.ideas[0].title));
        assert_eq!(named[0].impact, jan.ideas[0].impact);
        assert_eq!(jan.labelled_ideas(None), jan.ideas);
    }

    #[test]
    fn arrow_keys_lead_through_time_and_to_the_nearest_card_in_the_next_lane_that_has_one() {
        let j = crate::examples::jan();
        let id = |c: usize| j.touchpoints[c].id.clone();
        let lane = |c: usize| j.agency_index(&j.touchpoints[c].agency).unwrap();
        assert_eq!(j.neighbour(&id(0), MapStep::Earlier), None);
        assert_eq!(j.neighbour(&id(0), MapStep::Later), Some(id(1)));
        let last = j.touchpoints.len() - 1;
        assert_eq!(j.neighbour(&id(last), MapStep::Later), None);
        for c in 0..j.touchpoints.len() {
            for step in [MapStep::LaneUp, MapStep::LaneDown] {
                let Some(to) = j.neighbour(&id(c), step) else {
                    continue;
                };
                let t = j.touchpoints.iter().position(|t| t.id == to).unwrap();
                // Another lane in the right direction, and no card of that lane closer in time.
                assert!(if step == MapStep::LaneUp {
                    lane(t) < lane(c)
                } else {
                    lane(t) > lane(c)
                });
                let closest = (0..j.touchpoints.len())
                    .filter(|&o| lane(o) == lane(t))
                    .map(|o| o.abs_diff(c))
                    .min()
                    .unwrap();
                assert_eq!(t.abs_diff(c), closest, "from {c} {step:?}");
            }
        }
        // The top lane has nothing above it.
        let top = (0..j.touchpoints.len()).find(|&c| lane(c) == 0).unwrap();
        assert_eq!(j.neighbour(&id(top), MapStep::LaneUp), None);
    }

    #[test]
    fn a_summary_matches_every_word_of_a_query_in_any_field_ignoring_case() {
        let mut s = crate::examples::jan().summary();
        s.title = "Schulden van Jan".into();
        s.persona = "Jan (54)".into();
        assert!(s.matches(""));
        assert!(s.matches("jan SCHULD"));
        assert!(!s.matches("jan werk"));
        s.workshop = Some((Id::new("w"), "Brainbootcamp".into(), Some("Groep 2".into())));
        assert!(s.matches("bootcamp groep 2"));
        assert!(!s.matches("groep 3"));
    }
}
