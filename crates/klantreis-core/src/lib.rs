//! The Klantreis domain, free of any browser dependency so that `cargo test` on the host
//! covers it in seconds. The app (`src/`) renders and stores these types; it never reaches
//! into their invariants except through [`command::Command`] and [`format::restore`].

pub mod agency;
pub mod assist;
pub mod blueprint;
pub mod chosen;
pub mod clipboard;
pub mod command;
pub mod date;
pub mod emotion;
pub mod examples;
pub mod export;
pub mod fault;
pub mod file;
pub mod format;
pub mod generate;
pub mod id;
pub mod idea;
pub mod journey;
pub mod mark;
pub mod patterns;
pub mod persona;
pub mod phase;
pub mod principle;
pub mod recovery;
pub mod retold;
pub mod script;
pub mod shadow;
pub mod signifier;
pub mod story;
pub mod team;
pub mod text;
pub mod touchpoint;
pub mod validate;
pub mod variant;
pub mod workshop;

pub use agency::{Agency, AgencyKind, Colour};
pub use blueprint::{Blueprint, Layer};
pub use chrono::{Datelike, NaiveDate};
pub use clipboard::{Clip, ClipError, Paste};
pub use command::{Command, CommandError, Editor, SetTarget};
pub use emotion::Emotion;
pub use id::Id;
pub use idea::Idea;
pub use journey::{Client, Journey, JourneyField, JourneySummary, MapStep, Period};
pub use mark::{Mark, MarkKind};
pub use persona::{AgeBand, EmpathyMap, Persona};
pub use phase::Phase;
pub use principle::{Heartbeat, Judgement, Principle, Principles};
pub use signifier::{Answer, Answers, SignifierSet};
pub use story::{Story, Teller};
pub use touchpoint::{Channel, Initiative, Touchpoint, WaitUnit, Waiting, World};
pub use validate::{ValidationError, ValidationErrors};
