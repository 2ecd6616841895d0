//! Checks that span fields: ids unique, references resolvable, sizes bounded. Single-field
//! rules (emotion range, colour form) are enforced by the types when data is read.

use crate::journey::Journey;
use crate::signifier::{Answer, Answers, QuestionKind, SignifierSet, answer};
use std::collections::HashSet;
use std::fmt;

/// Longest single-line text (titles, names, list items), in characters.
pub const MAX_LINE: usize = 500;
/// Longest multi-line text (what happened, quotes, situations).
pub const MAX_TEXT: usize = 20_000;
/// Longest story text: a full interview transcript.
pub const MAX_STORY: usize = 500_000;
/// Most items in any list of a journey.
pub const MAX_ITEMS: usize = 5_000;

/// One problem with one field, addressed like `touchpoints[3].agency`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{path}: {problem}")]
pub struct ValidationError {
    pub path: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error("must not be empty")]
    Empty,
    #[error("has {len} characters, at most {max} are allowed")]
    TooLong { len: usize, max: usize },
    #[error("has {len} items, at most {max} are allowed")]
    TooMany { len: usize, max: usize },
    #[error("id {0:?} is used more than once")]
    DuplicateId(String),
    #[error("refers to agency {0:?}, which is not in this journey")]
    UnknownAgency(String),
    #[error("refers to story {0:?}, which is not in this journey")]
    UnknownStory(String),
    #[error("refers to phase {0:?}, which is not in this journey")]
    UnknownPhase(String),
    #[error("refers to touchpoint {0:?}, which is not in this journey")]
    UnknownTouchpoint(String),
    #[error("characters {start}..{end} are not within the text's {len}")]
    SpanOutside {
        start: usize,
        end: usize,
        len: usize,
    },
    #[error("the start {start} is after the end {end}")]
    PeriodReversed { start: String, end: String },
    #[error("{0}")]
    Answer(crate::signifier::AnswerError),
}

/// All problems found, so a user fixing a file sees every one at once.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct ValidationErrors(pub Vec<ValidationError>);

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

#[derive(Default)]
pub(crate) struct Checker {
    errors: Vec<ValidationError>,
}

impl Checker {
    pub(crate) fn finish(self) -> Result<(), ValidationErrors> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(self.errors))
        }
    }

    pub(crate) fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.errors.push(ValidationError {
            path: path.into(),
            problem,
        });
    }

    pub(crate) fn text(&mut self, path: impl Fn() -> String, value: &str, max: usize) {
        let len = value.chars().count();
        if len > max {
            self.push(path(), Problem::TooLong { len, max });
        }
    }

    pub(crate) fn required(&mut self, path: impl Fn() -> String, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.push(path(), Problem::Empty);
        }
        self.text(path, value, max);
    }

    pub(crate) fn count(&mut self, path: &str, len: usize) {
        if len > MAX_ITEMS {
            self.push(
                path,
                Problem::TooMany {
                    len,
                    max: MAX_ITEMS,
                },
            );
        }
    }

    pub(crate) fn lines(&mut self, path: impl Fn() -> String, items: &[String]) {
        self.count(&path(), items.len());
        for (i, item) in items.iter().enumerate() {
            self.text(|| format!("{}[{i}]", path()), item, MAX_LINE);
        }
    }

    fn set(&mut self, path: &str, set: &SignifierSet) {
        self.required(|| format!("{path}.id"), set.id.as_str(), MAX_LINE);
        self.count(&format!("{path}.questions"), set.questions.len());
        self.unique(
            &format!("{path}.questions"),
            set.questions.iter().map(|q| q.id.as_str()),
        );
        for (i, q) in set.questions.iter().enumerate() {
            self.required(
                || format!("{path}.questions[{i}].prompt.nl"),
                &q.prompt.nl,
                MAX_LINE,
            );
            self.text(
                || format!("{path}.questions[{i}].prompt.en"),
                &q.prompt.en,
                MAX_LINE,
            );
            if let QuestionKind::Choice { options, .. } = &q.kind {
                let at = format!("{path}.questions[{i}].options");
                self.unique(&at, options.iter().map(|o| o.id.as_str()));
                for (k, o) in options.iter().enumerate() {
                    self.required(|| format!("{at}[{k}].label.nl"), &o.label.nl, MAX_LINE);
                }
            }
        }
    }

    fn answers(&mut self, path: impl Fn() -> String, set: &SignifierSet, answers: &Answers) {
        for (question, answer) in answers {
            if let Err(e) = answer::check(set, question, answer) {
                self.push(format!("{}.{question}", path()), Problem::Answer(e));
            }
            if let Answer::Text(text) = answer {
                self.text(|| format!("{}.{question}", path()), text, MAX_TEXT);
            }
        }
    }

    fn unique<'a>(&mut self, path: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.push(format!("{path}[{i}].id"), Problem::Empty);
            } else if !seen.insert(id) {
                self.push(format!("{path}[{i}].id"), Problem::DuplicateId(id.into()));
            }
        }
    }
}

impl Journey {
    /// Every cross-field rule of a journey. Data that passes can be rendered and edited
    /// without any lookup failing.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker::default();
        c.required(|| "id".into(), self.id.as_str(), MAX_LINE);
        c.required(|| "title".into(), &self.title, MAX_LINE);
        c.text(|| "persona.name".into(), &self.persona.name, MAX_LINE);
        if let Some(id) = &self.persona.id {
            c.required(|| "persona.id".into(), id.as_str(), MAX_LINE);
        }
        c.text(
            || "persona.situation".into(),
            &self.persona.situation,
            MAX_TEXT,
        );
        for (path, value) in [
            ("goal", &self.goal),
            ("means", &self.means),
            ("trigger", &self.trigger),
            ("outcome", &self.outcome),
        ] {
            c.text(|| path.into(), value, MAX_TEXT);
        }
        if let (Some(start), Some(end)) = (self.period.start, self.period.end)
            && start > end
        {
            c.push(
                "period",
                Problem::PeriodReversed {
                    start: start.to_string(),
                    end: end.to_string(),
                },
            );
        }
        c.lines(|| "tags".into(), &self.tags);
        c.count("retold", self.retold.len());
        for (key, edit) in &self.retold {
            c.required(|| "retold".into(), key, MAX_LINE);
            c.text(|| format!("retold.{key}.was"), &edit.was, MAX_TEXT);
            c.text(|| format!("retold.{key}.text"), &edit.text, MAX_TEXT);
        }

        c.count("agencies", self.agencies.len());
        c.unique("agencies", self.agencies.iter().map(|a| a.id.as_str()));
        for (i, a) in self.agencies.iter().enumerate() {
            c.required(|| format!("agencies[{i}].name"), &a.name, MAX_LINE);
        }
        c.count("phases", self.phases.len());
        c.unique("phases", self.phases.iter().map(|p| p.id.as_str()));
        for (i, p) in self.phases.iter().enumerate() {
            c.required(|| format!("phases[{i}].name"), &p.name, MAX_LINE);
        }

        c.set("touchpoint_set", &self.touchpoint_set);
        c.set("story_set", &self.story_set);

        c.count("stories", self.stories.len());
        c.unique("stories", self.stories.iter().map(|s| s.id.as_str()));
        for (i, s) in self.stories.iter().enumerate() {
            c.text(|| format!("stories[{i}].title"), &s.title, MAX_LINE);
            c.text(|| format!("stories[{i}].text"), &s.text, MAX_STORY);
            c.answers(
                || format!("stories[{i}].answers"),
                &self.story_set,
                &s.answers,
            );
        }

        self.check_marks(&mut c);
        self.check_touchpoints(&mut c);
        self.check_ideas(&mut c);
        c.finish()
    }

    /// Every story's marks: unique, within the text, on a touchpoint that exists.
    fn check_marks(&self, c: &mut Checker) {
        for (i, s) in self.stories.iter().enumerate() {
            let at = format!("stories[{i}].marks");
            c.count(&at, s.marks.len());
            c.unique(&at, s.marks.iter().map(|m| m.id.as_str()));
            let len = s.text.chars().count();
            for (k, m) in s.marks.iter().enumerate() {
                if m.start > m.end || m.end > len {
                    let (start, end) = (m.start, m.end);
                    c.push(
                        format!("{at}[{k}]"),
                        Problem::SpanOutside { start, end, len },
                    );
                }
                if self.touchpoint(&m.touchpoint).is_none() {
                    c.push(
                        format!("{at}[{k}].touchpoint"),
                        Problem::UnknownTouchpoint(m.touchpoint.to_string()),
                    );
                }
            }
        }
    }

    /// Every touchpoint: its agency and story exist, its texts fit, its answers fit the set.
    fn check_touchpoints(&self, c: &mut Checker) {
        c.count("touchpoints", self.touchpoints.len());
        c.unique(
            "touchpoints",
            self.touchpoints.iter().map(|t| t.id.as_str()),
        );
        for (i, t) in self.touchpoints.iter().enumerate() {
            let at = |field: &str| format!("touchpoints[{i}].{field}");
            if self.agency(&t.agency).is_none() {
                c.push(at("agency"), Problem::UnknownAgency(t.agency.to_string()));
            }
            if let Some(story) = &t.story
                && self.story(story).is_none()
            {
                c.push(at("story"), Problem::UnknownStory(story.to_string()));
            }
            if let Some(phase) = &t.phase
                && self.phase(phase).is_none()
            {
                c.push(at("phase"), Problem::UnknownPhase(phase.to_string()));
            }
            c.text(|| at("title"), &t.title, MAX_LINE);
            c.text(|| at("what"), &t.what, MAX_TEXT);
            c.text(|| at("quote"), &t.quote, MAX_TEXT);
            if let crate::Channel::Other(text) = &t.channel {
                c.text(|| at("channel"), text, MAX_LINE);
            }
            c.lines(|| at("pain_points"), &t.pain_points);
            c.lines(|| at("opportunities"), &t.opportunities);
            c.lines(|| at("declined"), &t.declined);
            for layer in crate::Layer::ALL {
                let field = || at(&format!("blueprint.{}", layer.key()));
                c.text(field, t.blueprint.get(layer), MAX_TEXT);
            }
            c.answers(|| at("answers"), &self.touchpoint_set, &t.answers);
        }
    }
}

impl Journey {
    /// Every idea: a title, texts that fit, evidence that points at this journey's steps.
    fn check_ideas(&self, c: &mut Checker) {
        c.count("ideas", self.ideas.len());
        c.unique("ideas", self.ideas.iter().map(|i| i.id.as_str()));
        for (i, idea) in self.ideas.iter().enumerate() {
            let at = |field: &str| format!("ideas[{i}].{field}");
            c.required(|| at("title"), &idea.title, MAX_LINE);
            c.text(|| at("description"), &idea.description, MAX_TEXT);
            c.text(|| at("owner"), &idea.owner, MAX_LINE);
            c.text(|| at("opportunity"), &idea.opportunity, MAX_LINE);
            c.lines(|| at("pain_points"), &idea.pain_points);
            c.count(&at("touchpoints"), idea.touchpoints.len());
            for (k, t) in idea.touchpoints.iter().enumerate() {
                if self.touchpoint(t).is_none() {
                    c.push(
                        format!("ideas[{i}].touchpoints[{k}]"),
                        Problem::UnknownTouchpoint(t.to_string()),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Agency, AgencyKind, Id, Story, Teller, Touchpoint, examples};

    fn paths(j: &Journey) -> Vec<String> {
        j.validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.path)
            .collect()
    }

    #[test]
    fn the_examples_are_valid() {
        for j in examples::all() {
            j.validate().unwrap_or_else(|e| panic!("{}: {e}", j.title));
        }
    }

    #[test]
    fn a_touchpoint_on_a_missing_agency_names_the_field() {
        let mut j = examples::jan();
        j.touchpoints[3].agency = Id::new("nergens");
        let err = j.validate().unwrap_err();
        assert_eq!(
            err.0[0].to_string(),
            "touchpoints[3].agency: refers to agency \"nergens\", which is not in this journey"
        );
    }

    #[test]
    fn duplicate_ids_are_reported_at_the_second_occurrence() {
        let mut j = examples::jan();
        let first = j.agencies[0].clone();
        j.agencies
            .push(Agency::new(first.id.clone(), "Kopie", AgencyKind::Other));
        assert_eq!(
            paths(&j),
            [format!("agencies[{}].id", j.agencies.len() - 1)]
        );
    }

    #[test]
    fn empty_title_and_agency_name_are_rejected() {
        let mut j = examples::jan();
        j.title = "   ".into();
        j.agencies[1].name.clear();
        assert_eq!(paths(&j), ["title", "agencies[1].name"]);
    }

    #[test]
    fn a_link_to_a_missing_story_is_rejected() {
        let mut j = Journey::new("j".into(), "T", "P", 0);
        j.agencies
            .push(Agency::new("a".into(), "Gemeente", AgencyKind::Gemeente));
        let mut t = Touchpoint::new("t".into(), "a".into(), "Balie");
        t.story = Some("s".into());
        j.touchpoints.push(t);
        assert_eq!(paths(&j), ["touchpoints[0].story"]);
        j.stories.push(Story {
            id: "s".into(),
            teller: Teller::Client,
            date: None,
            title: String::new(),
            text: String::new(),
            answers: Default::default(),
            marks: Vec::new(),
        });
        assert!(j.validate().is_ok());
    }

    #[test]
    fn marks_stay_within_their_text_and_on_a_touchpoint() {
        let mut j = examples::jan();
        let len = j.stories[0].text.chars().count();
        let touchpoint = j.touchpoints[0].id.clone();
        let mark = |id: &str, start, end, touchpoint: &crate::Id| crate::Mark {
            id: id.into(),
            start,
            end,
            kind: crate::MarkKind::Quote,
            touchpoint: touchpoint.clone(),
        };
        j.stories[0].marks = vec![mark("a", 0, 5, &touchpoint)];
        assert!(j.validate().is_ok());
        j.stories[0]
            .marks
            .push(mark("b", len - 1, len + 1, &touchpoint));
        j.stories[0].marks.push(mark("c", 0, 1, &"weg".into()));
        assert_eq!(
            paths(&j),
            ["stories[0].marks[1]", "stories[0].marks[2].touchpoint"]
        );
    }

    #[test]
    fn answers_are_checked_against_the_journeys_set() {
        use crate::signifier::Answer;
        let mut j = examples::jan();
        j.touchpoints[2]
            .answers
            .insert("seen".into(), Answer::Slider(120));
        j.touchpoints[2]
            .answers
            .insert("nergens".into(), Answer::Slider(1));
        let err = j.validate().unwrap_err();
        let paths: Vec<_> = err.0.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "touchpoints[2].answers.nergens",
                "touchpoints[2].answers.seen"
            ]
        );
        assert!(
            err.0[1].to_string().contains("120 is outside 0..100"),
            "{}",
            err.0[1]
        );
    }

    #[test]
    fn a_set_with_duplicate_question_ids_is_rejected() {
        let mut j = examples::jan();
        let first = j.touchpoint_set.questions[0].clone();
        j.touchpoint_set.questions.push(first);
        assert_eq!(paths(&j), ["touchpoint_set.questions[7].id"]);
    }

    #[test]
    fn overlong_texts_and_reversed_periods_are_rejected() {
        let mut j = examples::jan();
        j.touchpoints[0].pain_points.push("x".repeat(MAX_LINE + 1));
        j.period.start = chrono::NaiveDate::from_ymd_opt(2025, 5, 1);
        j.period.end = chrono::NaiveDate::from_ymd_opt(2025, 4, 1);
        let n = j.touchpoints[0].pain_points.len() - 1;
        assert_eq!(
            paths(&j),
            [
                "period".to_string(),
                format!("touchpoints[0].pain_points[{n}]")
            ]
        );
    }

    #[test]
    fn ideas_and_blueprint_layers_are_checked_with_their_paths() {
        let mut j = examples::jan();
        let mut idea = crate::Idea::new(Id::new("i1"), "Eén loket");
        idea.touchpoints = vec![j.touchpoints[1].id.clone(), Id::new("weg")];
        let twin = crate::Idea::new(Id::new("i1"), "");
        j.ideas = vec![idea, twin];
        j.touchpoints[3].blueprint.backstage = "x".repeat(MAX_TEXT + 1);
        assert_eq!(
            paths(&j),
            [
                "touchpoints[3].blueprint.backstage",
                "ideas[1].id",
                "ideas[0].touchpoints[1]",
                "ideas[1].title",
            ]
        );
    }
}
