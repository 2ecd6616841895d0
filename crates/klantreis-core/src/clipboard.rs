//! Touchpoints copied from one journey and pasted into the same or another: the clipboard
//! format, and the edit that pastes them (lanes found by name, answers kept where the other
//! journey asks the same question).

use crate::agency::Agency;
use crate::command::Command;
use crate::export::{csv, table};
use crate::format::SCHEMA_VERSION;
use crate::id::Id;
use crate::journey::Journey;
use crate::phase::Phase;
use crate::signifier::{Answer, answer};
use crate::touchpoint::Touchpoint;
use klantreis_words::Lang;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What the clipboard's JSON says it is, so a paste of anything else is refused.
pub const CLIP_FORMAT: &str = "klantreis/touchpoints";
/// A larger paste is not touchpoints copied by hand; refusing it keeps a stray paste cheap.
pub const MAX_CLIP_BYTES: usize = 5_000_000;

/// Touchpoints on their way between journeys, with the lanes they sat in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Clip {
    pub format: String,
    /// The journey schema the touchpoints are written in.
    pub schema: u32,
    pub agencies: Vec<Agency>,
    /// The phases the touchpoints are in, found or added by name like the lanes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    pub touchpoints: Vec<Touchpoint>,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ClipError {
    #[error("not touchpoints copied from Klantreis")]
    NotOurs,
    #[error("copied from Klantreis schema {0}")]
    OtherVersion(u32),
    #[error("larger than {MAX_CLIP_BYTES} bytes")]
    TooLarge,
    /// A touchpoint whose lane the clip does not carry: a clip made by hand, or cut short.
    #[error("touchpoint {0} has no lane in the clip")]
    NoLane(Id),
}

/// The edit a paste makes, and what the user should hear about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Paste {
    /// New lanes first, then the touchpoints: one step of undo.
    pub command: Command,
    /// The pasted touchpoints' new ids, in order.
    pub ids: Vec<Id>,
    /// Lanes added because the journey had no agency of that name.
    pub new_lanes: usize,
    /// Answers left behind because this journey does not ask that question (or asks it
    /// differently).
    pub dropped_answers: usize,
}

impl Clip {
    /// Copies touchpoints `ids` of `j`, in the journey's order (not the order they were
    /// chosen in), with their lanes. `None` when none of them is in the journey.
    pub fn copy(j: &Journey, ids: &[Id]) -> Option<Clip> {
        let touchpoints: Vec<Touchpoint> = j
            .touchpoints
            .iter()
            .filter(|t| ids.contains(&t.id))
            .cloned()
            .collect();
        if touchpoints.is_empty() {
            return None;
        }
        let agencies = j
            .agencies
            .iter()
            .filter(|a| touchpoints.iter().any(|t| t.agency == a.id))
            .cloned()
            .collect();
        let phases = j
            .phases
            .iter()
            .filter(|p| touchpoints.iter().any(|t| t.phase.as_ref() == Some(&p.id)))
            .cloned()
            .collect();
        Some(Clip {
            format: CLIP_FORMAT.to_owned(),
            schema: SCHEMA_VERSION,
            agencies,
            phases,
            touchpoints,
        })
    }

    /// The clip as tab-separated rows under a header, as spreadsheets and word processors
    /// paste it; `from` is the journey it was copied from (lane names, questions, stories).
    pub fn as_text(&self, from: &Journey, lang: Lang) -> String {
        let only = Journey {
            touchpoints: self.touchpoints.clone(),
            ..from.clone()
        };
        csv::for_clipboard(&table::touchpoints(&[only], lang), lang)
    }

    pub fn to_json(&self) -> String {
        // A Clip holds only strings, numbers and maps with string keys: it always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a clip back. Its touchpoints are checked once more when the paste is applied,
    /// against the journey they land in (the editor refuses an edit that leaves it invalid).
    pub fn parse(text: &str) -> Result<Clip, ClipError> {
        if text.len() > MAX_CLIP_BYTES {
            return Err(ClipError::TooLarge);
        }
        #[derive(Deserialize)]
        struct Head {
            format: String,
            schema: u32,
        }
        let head: Head = serde_json::from_str(text).map_err(|_| ClipError::NotOurs)?;
        if head.format != CLIP_FORMAT {
            return Err(ClipError::NotOurs);
        }
        if head.schema != SCHEMA_VERSION {
            return Err(ClipError::OtherVersion(head.schema));
        }
        let clip: Clip = serde_json::from_str(text).map_err(|_| ClipError::NotOurs)?;
        if let Some(t) = clip
            .touchpoints
            .iter()
            .find(|t| !clip.agencies.iter().any(|a| a.id == t.agency))
        {
            return Err(ClipError::NoLane(t.id.clone()));
        }
        Ok(clip)
    }

    /// The edit that puts the clip's touchpoints into `j` from column `at` on, under fresh ids
    /// from `new_id`. A lane is the journey's agency of the same name (ignoring case and
    /// spaces around it), or a new lane at the bottom. A story link stays only where `j` has
    /// that story; answers stay only where `j` asks the same question the same way.
    pub fn paste(&self, j: &Journey, at: usize, mut new_id: impl FnMut() -> Id) -> Paste {
        let mut commands = Vec::new();
        let mut lanes: HashMap<&Id, Id> = HashMap::new();
        for agency in &self.agencies {
            let key = agency.name.trim().to_lowercase();
            let found = j
                .agencies
                .iter()
                .find(|a| a.name.trim().to_lowercase() == key);
            let id = match found {
                Some(a) => a.id.clone(),
                None => {
                    let id = new_id();
                    commands.push(Command::AddAgency {
                        agency: Agency {
                            id: id.clone(),
                            ..agency.clone()
                        },
                        index: j.agencies.len() + commands.len(),
                    });
                    id
                }
            };
            lanes.insert(&agency.id, id);
        }
        let new_lanes = commands.len();
        let phases = self.phases_in(j, &mut new_id);
        if phases.len() > j.phases.len() {
            commands.push(Command::SetPhases(phases.clone()));
        }
        let emotion_question = j.emotion_question();
        let (mut ids, mut dropped_answers) = (Vec::new(), 0);
        let at = at.min(j.touchpoints.len());
        for (k, original) in self.touchpoints.iter().enumerate() {
            let mut t = original.clone();
            t.id = new_id();
            if let Some(lane) = lanes.get(&original.agency) {
                t.agency = lane.clone();
            }
            t.story = t.story.filter(|s| j.story(s).is_some());
            t.phase = self.phase_name(t.phase.as_ref()).and_then(|name| {
                let key = name.trim().to_lowercase();
                let found = phases.iter().find(|p| p.name.trim().to_lowercase() == key);
                found.map(|p| p.id.clone())
            });
            t.answers.retain(|q, a| {
                let kept = answer::check(&j.touchpoint_set, q, a).is_ok();
                // The emotion comes along anyway, under this journey's own question.
                let emotion = matches!(a, Answer::Emotion(e) if Some(*e) == original.emotion);
                dropped_answers += usize::from(!kept && !emotion);
                kept
            });
            t.set_emotion(t.emotion, emotion_question.as_ref());
            ids.push(t.id.clone());
            commands.push(Command::AddTouchpoint {
                touchpoint: t,
                index: at + k,
            });
        }
        Paste {
            command: Command::Batch(commands),
            ids,
            new_lanes,
            dropped_answers,
        }
    }
}

impl Clip {
    fn phase_name(&self, id: Option<&Id>) -> Option<&str> {
        let id = id?;
        self.phases
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.name.as_str())
    }

    /// `j`'s phases, with the clip's phases it has no phase of that name for added at the end.
    fn phases_in(&self, j: &Journey, new_id: &mut impl FnMut() -> Id) -> Vec<Phase> {
        let mut phases = j.phases.clone();
        for p in &self.phases {
            let key = p.name.trim().to_lowercase();
            if !phases.iter().any(|x| x.name.trim().to_lowercase() == key) {
                phases.push(Phase {
                    id: new_id(),
                    name: p.name.clone(),
                });
            }
        }
        phases
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::Editor;
    use crate::examples;

    fn counter() -> impl FnMut() -> Id {
        let mut n = 0;
        move || {
            n += 1;
            Id::new(format!("new-{n}"))
        }
    }

    fn two_examples() -> (Journey, Journey) {
        let all = examples::all();
        (all[0].clone(), all[1].clone())
    }

    #[test]
    fn a_copy_keeps_the_journeys_order_and_only_the_lanes_it_uses() {
        let (j, _) = two_examples();
        let picked = [j.touchpoints[3].id.clone(), j.touchpoints[1].id.clone()];
        let clip = Clip::copy(&j, &picked).unwrap();
        assert_eq!(clip.touchpoints[0], j.touchpoints[1]);
        assert_eq!(clip.touchpoints[1], j.touchpoints[3]);
        for a in &clip.agencies {
            assert!(clip.touchpoints.iter().any(|t| t.agency == a.id));
        }
        assert!(Clip::copy(&j, &[Id::new("nowhere")]).is_none());
    }

    #[test]
    fn pasting_into_the_same_journey_adds_copies_under_new_ids_and_undoes_in_one_step() {
        let (j, _) = two_examples();
        let clip = Clip::parse(
            &Clip::copy(&j, &[j.touchpoints[0].id.clone()])
                .unwrap()
                .to_json(),
        )
        .unwrap();
        let paste = clip.paste(&j, 2, counter());
        assert_eq!(paste.new_lanes, 0);
        assert_eq!(paste.dropped_answers, 0);
        let mut editor = Editor::new(j.clone());
        assert!(editor.apply(paste.command).unwrap());
        let after = editor.journey();
        assert_eq!(after.touchpoints.len(), j.touchpoints.len() + 1);
        let pasted = &after.touchpoints[2];
        assert_eq!(pasted.id, paste.ids[0]);
        // A copy in all but its id; its emotion is also its answer to the emotion question,
        // as every edit of an emotion makes it.
        let mut expected = j.touchpoints[0].clone();
        expected.set_emotion(expected.emotion, j.emotion_question().as_ref());
        assert_eq!(
            Touchpoint {
                id: expected.id.clone(),
                ..pasted.clone()
            },
            expected
        );
        assert!(editor.undo());
        assert_eq!(editor.journey(), &j);
    }

    #[test]
    fn pasting_elsewhere_finds_lanes_by_name_adds_the_missing_and_drops_foreign_links() {
        let (from, mut into) = two_examples();
        let shared = from.agencies[0].name.to_uppercase();
        into.agencies[0].name = format!("  {shared} ");
        let ids: Vec<Id> = from.touchpoints.iter().map(|t| t.id.clone()).collect();
        let clip = Clip::copy(&from, &ids).unwrap();
        let paste = clip.paste(&into, usize::MAX, counter());
        let missing = clip
            .agencies
            .iter()
            .filter(|a| {
                !into
                    .agencies
                    .iter()
                    .any(|b| b.name.trim().eq_ignore_ascii_case(a.name.trim()))
            })
            .count();
        assert_eq!(paste.new_lanes, missing);
        let mut editor = Editor::new(into.clone());
        assert!(editor.apply(paste.command).unwrap());
        let after = editor.journey();
        let first = after.touchpoint(&paste.ids[0]).unwrap();
        let lane = if from.touchpoints[0].agency == from.agencies[0].id {
            into.agencies[0].id.clone()
        } else {
            first.agency.clone()
        };
        assert_eq!(first.agency, lane);
        assert!(
            after.touchpoints[into.touchpoints.len()..]
                .iter()
                .all(|t| t.story.is_none())
        );
        assert_eq!(after.agencies.len(), into.agencies.len() + missing);
    }

    #[test]
    fn answers_the_other_journey_does_not_ask_are_left_behind_and_counted() {
        let (mut from, mut into) = two_examples();
        let t = from.touchpoints[0].id.clone();
        let q = Id::new("q-only-here");
        from.touchpoint_set
            .questions
            .push(crate::signifier::Question {
                id: q.clone(),
                prompt: crate::signifier::Text::new("Alleen hier", "Only here"),
                kind: crate::signifier::QuestionKind::FreeText,
                retired: false,
            });
        from.touchpoints[0]
            .answers
            .insert(q.clone(), Answer::Text("ja".into()));
        from.validate().unwrap();
        into.touchpoint_set.questions.retain(|x| x.id != q);
        let paste = Clip::copy(&from, &[t]).unwrap().paste(&into, 0, counter());
        assert_eq!(paste.dropped_answers, 1);
        let mut editor = Editor::new(into);
        assert!(editor.apply(paste.command).unwrap());
        let pasted = editor.journey().touchpoint(&paste.ids[0]).unwrap();
        assert!(!pasted.answers.contains_key(&q));
        assert_eq!(pasted.emotion, from.touchpoints[0].emotion);
    }

    #[test]
    fn the_plain_text_is_a_header_and_one_row_per_touchpoint_with_the_lane_name() {
        let (j, _) = two_examples();
        let clip = Clip::copy(
            &j,
            &[j.touchpoints[1].id.clone(), j.touchpoints[2].id.clone()],
        );
        let text = clip.unwrap().as_text(&j, Lang::Nl);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].contains("instantie"), "{}", lines[0]);
        let lane = &j.agency(&j.touchpoints[2].agency).unwrap().name;
        assert!(
            lines[2].split('\t').any(|cell| cell == lane),
            "{}",
            lines[2]
        );
        assert!(lines[2].contains(&j.touchpoints[2].title));
    }

    #[test]
    fn only_our_own_current_format_is_read() {
        assert_eq!(Clip::parse("hallo"), Err(ClipError::NotOurs));
        assert_eq!(
            Clip::parse(r#"{"format":"klantreis/journey","schema":4}"#),
            Err(ClipError::NotOurs)
        );
        assert_eq!(
            Clip::parse(r#"{"format":"klantreis/touchpoints","schema":99}"#),
            Err(ClipError::OtherVersion(99))
        );
        let (j, _) = two_examples();
        let mut clip = Clip::copy(&j, &[j.touchpoints[0].id.clone()]).unwrap();
        clip.agencies.clear();
        assert_eq!(
            Clip::parse(&clip.to_json()),
            Err(ClipError::NoLane(j.touchpoints[0].id.clone()))
        );
        assert_eq!(
            Clip::parse(&" ".repeat(MAX_CLIP_BYTES + 1)),
            Err(ClipError::TooLarge)
        );
    }

    #[test]
    fn a_clip_with_an_emotion_off_the_scale_is_refused() {
        let (j, _) = two_examples();
        let clip = Clip::copy(&j, &[j.touchpoints[0].id.clone()]).unwrap();
        let mut value = serde_json::to_value(&clip).unwrap();
        value["touchpoints"][0]["emotion"] = serde_json::json!(9);
        assert_eq!(Clip::parse(&value.to_string()), Err(ClipError::NotOurs));
        value["touchpoints"][0]["emotion"] = serde_json::json!(-2);
        assert!(Clip::parse(&value.to_string()).is_ok());
    }
}
