//! Why data did not read, in the user's words: the domain's typed reasons
//! ([`klantreis_core::fault`], validation problems) put into Dutch or English, the place in the
//! file kept as it is (`journeys[0].touchpoints[1].emotion`).

use crate::i18n::{Counted, Lang, Msg};
use klantreis_core::CommandError;
use klantreis_core::fault::{Fault, JsonFault, fault, json_fault};
use klantreis_core::format::RestoreError;
use klantreis_core::signifier::AnswerError;
use klantreis_core::validate::{Problem, ValidationErrors};

/// A file or stored record that did not read: what and where.
pub fn restore_error(e: &RestoreError, lang: Lang) -> String {
    match e {
        RestoreError::TooLarge { size, max } => lang.text_with(
            Msg::ImportTooLarge,
            &[
                lang.fixed(*size as f64 / 1e6, 1),
                lang.fixed(*max as f64 / 1e6, 0),
            ],
        ),
        RestoreError::NotJson(detail) => {
            lang.text_with(Msg::ImportNotJson, &[not_json(detail, lang)])
        }
        RestoreError::WrongFormat(_) => lang.text_with(Msg::ImportNotOurs, &[]),
        RestoreError::NoSchema => lang.text_with(Msg::ImportNoVersion, &[]),
        RestoreError::FromTheFuture { found, .. } => {
            lang.text_with(Msg::ImportFuture, &[found.to_string()])
        }
        RestoreError::Shape { path, message } => {
            lang.text_with(Msg::ImportWhere, &[path.clone(), shape(message, lang)])
        }
        RestoreError::NoJourneyList => lang.text_with(
            Msg::ImportWhere,
            &[
                "journeys".into(),
                lang.text_with(Msg::FaultNoJourneyList, &[]),
            ],
        ),
        RestoreError::IdTwice { path, id } => lang.text_with(
            Msg::ImportWhere,
            &[
                path.clone(),
                lang.text_with(Msg::ProblemDuplicateId, std::slice::from_ref(id)),
            ],
        ),
        RestoreError::Invalid(errors) => validation(errors, lang),
        RestoreError::Migration { from, .. } => {
            lang.text_with(Msg::FaultMigration, &[from.to_string()])
        }
    }
}

/// Every place a journey breaks a rule, up to five.
pub fn validation(errors: &ValidationErrors, lang: Lang) -> String {
    errors
        .0
        .iter()
        .take(5)
        .map(|e| {
            lang.text_with(
                Msg::ImportWhere,
                &[e.path.clone(), problem(&e.problem, lang)],
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why an edit was refused.
pub fn refusal(e: &CommandError, lang: Lang) -> String {
    match e {
        CommandError::Invalid(errors) => validation(errors, lang),
        CommandError::NoAgency(id) | CommandError::NoTouchpoint(id) | CommandError::NoStory(id) => {
            lang.text_with(Msg::EditGone, &[id.to_string()])
        }
        CommandError::DuplicateId(id) => lang.text_with(Msg::ProblemDuplicateId, &[id.to_string()]),
    }
}

fn not_json(detail: &str, lang: Lang) -> String {
    match json_fault(detail) {
        JsonFault::CutShort => lang.text_with(Msg::FaultCutShort, &[]),
        JsonFault::At { line, column } => {
            lang.text_with(Msg::FaultJsonAt, &[line.to_string(), column.to_string()])
        }
        JsonFault::TooDeep => lang.text_with(Msg::FaultTooDeep, &[]),
        JsonFault::Other(text) => text,
    }
}

fn shape(message: &str, lang: Lang) -> String {
    match fault(message) {
        Fault::Missing(field) => lang.text_with(Msg::FaultMissing, &[field]),
        Fault::UnknownField(field) => lang.text_with(Msg::FaultUnknownField, &[field]),
        Fault::Twice(field) => lang.text_with(Msg::FaultTwice, &[field]),
        Fault::NotAllowed { found, allowed } => {
            lang.text_with(Msg::FaultNotAllowed, &[found, allowed.join(", ")])
        }
        Fault::WrongKind { found, .. } => lang.text_with(Msg::FaultWrongKind, &[found]),
        Fault::OutOfRange { value, min, max } => {
            lang.text_with(Msg::FaultOutOfRange, &[value, min, max])
        }
        Fault::NotADate => lang.text_with(Msg::FaultNotADate, &[]),
        Fault::Other(text) => text,
    }
}

fn problem(p: &Problem, lang: Lang) -> String {
    match p {
        Problem::Empty => lang.text_with(Msg::ProblemEmpty, &[]),
        Problem::TooLong { len, max } => lang.text_with(
            Msg::ProblemTooLong,
            &[lang.count(Counted::Characters, *len), max.to_string()],
        ),
        Problem::TooMany { len, max } => lang.text_with(
            Msg::ProblemTooMany,
            &[lang.count(Counted::Items, *len), max.to_string()],
        ),
        Problem::DuplicateId(id) => {
            lang.text_with(Msg::ProblemDuplicateId, std::slice::from_ref(id))
        }
        Problem::UnknownAgency(id) => {
            lang.text_with(Msg::ProblemUnknownAgency, std::slice::from_ref(id))
        }
        Problem::UnknownPhase(id) => {
            lang.text_with(Msg::ProblemUnknownPhase, std::slice::from_ref(id))
        }
        Problem::UnknownTouchpoint(id) => {
            lang.text_with(Msg::ProblemUnknownTouchpoint, std::slice::from_ref(id))
        }
        Problem::UnknownStory(id) => {
            lang.text_with(Msg::ProblemUnknownStory, std::slice::from_ref(id))
        }
        Problem::SpanOutside { start, end, len } => lang.text_with(
            Msg::ProblemSpanOutside,
            &[
                start.to_string(),
                end.to_string(),
                lang.count(Counted::Characters, *len),
            ],
        ),
        Problem::PeriodReversed { start, end } => {
            lang.text_with(Msg::ProblemPeriodReversed, &[start.clone(), end.clone()])
        }
        Problem::Answer(e) => answer(e, lang),
    }
}

/// An answer that does not fit its question (found when a file is read).
fn answer(e: &AnswerError, lang: Lang) -> String {
    let q = |id: &klantreis_core::Id| id.to_string();
    match e {
        AnswerError::UnknownQuestion(id) => lang.text_with(Msg::AnswerUnknownQuestion, &[q(id)]),
        AnswerError::WrongKind { question, .. } => {
            lang.text_with(Msg::AnswerWrongKind, &[q(question)])
        }
        AnswerError::TriadSum { question, sum } => {
            lang.text_with(Msg::AnswerTriadSum, &[q(question), lang.number(*sum)])
        }
        AnswerError::TriadWeight { question, value } => {
            lang.text_with(Msg::AnswerTriadWeight, &[q(question), lang.number(*value)])
        }
        AnswerError::SliderRange { question, value } => {
            lang.text_with(Msg::AnswerSliderRange, &[q(question), value.to_string()])
        }
        AnswerError::UnknownOption { question, option } => {
            lang.text_with(Msg::AnswerUnknownOption, &[q(question), q(option)])
        }
        AnswerError::OneOption { question } => lang.text_with(Msg::AnswerOneOption, &[q(question)]),
        AnswerError::NotApplicableText { question } => {
            lang.text_with(Msg::AnswerNotApplicableText, &[q(question)])
        }
    }
}
