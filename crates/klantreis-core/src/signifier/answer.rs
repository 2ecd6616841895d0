//! Answers to signifier questions, and their checks against the question they answer.

use super::set::{QuestionKind, SignifierSet};
use crate::emotion::Emotion;
use crate::id::Id;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One answer to one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The weights of the three poles, summing to 1.
    Triad([f64; 3]),
    /// 0 (left pole) to 100 (right pole).
    Slider(u8),
    Emotion(Emotion),
    /// The chosen option ids (one for a single choice).
    Choice(Vec<Id>),
    Text(String),
    /// "Niet van toepassing / wil ik niet zeggen": answered, deliberately without a value.
    NotApplicable,
}

/// Answers by question id.
pub type Answers = BTreeMap<Id, Answer>;

/// How far a triad's weights may stray from summing to 1.
pub const TRIAD_TOLERANCE: f64 = 1e-9;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswerError {
    #[error("question {0} is not in the signifier set")]
    UnknownQuestion(Id),
    #[error("question {question}: a {expected} question cannot take this answer")]
    WrongKind {
        question: Id,
        expected: &'static str,
    },
    #[error("question {question}: triad weights sum to {sum}, not 1")]
    TriadSum { question: Id, sum: f64 },
    #[error("question {question}: triad weight {value} is outside 0..1")]
    TriadWeight { question: Id, value: f64 },
    #[error("question {question}: {value} is outside 0..100")]
    SliderRange { question: Id, value: u8 },
    #[error("question {question}: option {option} does not exist")]
    UnknownOption { question: Id, option: Id },
    #[error("question {question}: only one option may be chosen")]
    OneOption { question: Id },
    #[error("question {question}: free text has no 'not applicable'; leave it empty")]
    NotApplicableText { question: Id },
}

fn kind_name(kind: &QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Triad { .. } => "triad",
        QuestionKind::Slider { .. } => "slider",
        QuestionKind::Emotion => "emotion",
        QuestionKind::Choice { .. } => "choice",
        QuestionKind::FreeText => "free text",
    }
}

/// Checks an answer against its question in the set.
pub fn check(set: &SignifierSet, question: &Id, answer: &Answer) -> Result<(), AnswerError> {
    let q = set
        .question(question)
        .ok_or_else(|| AnswerError::UnknownQuestion(question.clone()))?;
    let id = || question.clone();
    match (&q.kind, answer) {
        (QuestionKind::FreeText, Answer::NotApplicable) => {
            Err(AnswerError::NotApplicableText { question: id() })
        }
        (_, Answer::NotApplicable) => Ok(()),
        (QuestionKind::Triad { .. }, Answer::Triad(w)) => {
            if let Some(&value) = w.iter().find(|v| !(0.0..=1.0).contains(*v)) {
                return Err(AnswerError::TriadWeight {
                    question: id(),
                    value,
                });
            }
            let sum: f64 = w.iter().sum();
            if (sum - 1.0).abs() > TRIAD_TOLERANCE {
                return Err(AnswerError::TriadSum {
                    question: id(),
                    sum,
                });
            }
            Ok(())
        }
        (QuestionKind::Slider { .. }, Answer::Slider(v)) if *v <= 100 => Ok(()),
        (QuestionKind::Slider { .. }, Answer::Slider(v)) => Err(AnswerError::SliderRange {
            question: id(),
            value: *v,
        }),
        (QuestionKind::Emotion, Answer::Emotion(_)) => Ok(()),
        (QuestionKind::Choice { multiple, options }, Answer::Choice(chosen)) => {
            if !multiple && chosen.len() > 1 {
                return Err(AnswerError::OneOption { question: id() });
            }
            match chosen.iter().find(|c| !options.iter().any(|o| &o.id == *c)) {
                Some(option) => Err(AnswerError::UnknownOption {
                    question: id(),
                    option: option.clone(),
                }),
                None => Ok(()),
            }
        }
        (QuestionKind::FreeText, Answer::Text(_)) => Ok(()),
        (kind, _) => Err(AnswerError::WrongKind {
            question: id(),
            expected: kind_name(kind),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signifier::default_set;

    fn q(id: &str) -> Id {
        Id::new(id)
    }

    #[test]
    fn every_kind_accepts_its_own_answers_and_not_applicable() {
        let set = default_set();
        let ok = [
            ("focus", Answer::Triad([0.2, 0.3, 0.5])),
            ("seen", Answer::Slider(0)),
            ("seen", Answer::Slider(100)),
            ("feeling", Answer::Emotion(Emotion::new(-2).unwrap())),
            ("initiative", Answer::Choice(vec![q("self")])),
            ("better", Answer::Text("Eerder bellen".into())),
            ("focus", Answer::NotApplicable),
            ("initiative", Answer::NotApplicable),
        ];
        for (question, answer) in ok {
            assert_eq!(check(&set, &q(question), &answer), Ok(()), "{question}");
        }
    }

    #[test]
    fn violations_name_the_question() {
        let set = default_set();
        let cases = [
            ("focus", Answer::Triad([0.5, 0.5, 0.5])),
            ("focus", Answer::Triad([1.5, -0.5, 0.0])),
            ("seen", Answer::Slider(101)),
            ("initiative", Answer::Choice(vec![q("bestaat-niet")])),
            ("initiative", Answer::Choice(vec![q("self"), q("agency")])),
            ("better", Answer::NotApplicable),
            ("seen", Answer::Text("x".into())),
            ("onbekend", Answer::Slider(3)),
        ];
        for (question, answer) in cases {
            let err = check(&set, &q(question), &answer).unwrap_err();
            assert!(err.to_string().contains(question), "{err}");
        }
    }

    #[test]
    fn a_triad_within_tolerance_of_one_is_accepted() {
        let set = default_set();
        let w = [0.1, 0.2, 0.7 + 5e-10];
        assert_eq!(check(&set, &q("focus"), &Answer::Triad(w)), Ok(()));
        let w = [0.1, 0.2, 0.7 + 5e-9];
        assert!(check(&set, &q("focus"), &Answer::Triad(w)).is_err());
    }

    #[test]
    fn the_story_set_asks_the_same_questions_in_story_words() {
        let (story, contact) = (crate::signifier::default_story_set(), default_set());
        assert_ne!(story.id, contact.id);
        assert_eq!(story.questions.len(), contact.questions.len());
        for (s, c) in story.questions.iter().zip(&contact.questions) {
            assert_eq!((&s.id, &s.kind), (&c.id, &c.kind));
        }
        assert_eq!(
            story.questions[0].prompt.nl,
            "In mijn verhaal ging het vooral om…"
        );
        assert!(story.questions.iter().all(|q| !q.prompt.en.is_empty()));
    }

    #[test]
    fn answers_serialise_as_small_tagged_values() {
        let mut answers = Answers::new();
        answers.insert(q("seen"), Answer::Slider(40));
        answers.insert(q("focus"), Answer::NotApplicable);
        let json = serde_json::to_string(&answers).unwrap();
        assert_eq!(json, r#"{"focus":"not_applicable","seen":{"slider":40}}"#);
        assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), answers);
    }
}
