//! Signifiers (duidingsvragen): the same few questions answered for every touchpoint and
//! story, so that many journeys can later be pooled into patterns.
//!
//! A journey carries the sets it uses, so a file of one journey is complete on its own.
//! Answers refer to questions by stable id: editing a prompt never changes what an answer
//! means, and a question taken out of a set is retired, not deleted, so its answers stay
//! readable and exportable.

pub mod answer;
mod defaults;
mod set;
pub mod triad;

pub use answer::{Answer, AnswerError, Answers};
pub use defaults::{DEFAULT_SET_ID, DEFAULT_STORY_SET_ID, default_set, default_story_set};
pub use set::{ChoiceOption, NewKind, Question, QuestionKind, SignifierSet, Text};
