//! Why data did not read, in the user's words: the domain's typed reasons
//! ([`klantreis_core::fault`], validation problems) put into Dutch or English, the place in the
//! file kept as it is (`journeys[0].touchpoints[1].emotion`).

use crate::i18n::{Counted, Lang, Msg, fill_in};
use klantreis_core::CommandError;
use klantreis_core::fault::{Fault, JsonFault, fault, json_fault};
use klantreis_core::format::RestoreError;
use klantreis_core::signifier::AnswerError;
use klantreis_core::validate::{Problem, ValidationErrors};

fn say(lang: Lang, m: Msg, args: &[String]) -> String {
    fill_in(lang.text(m), args)
}

/// A file or stored record that did not read: what and where.
pub fn restore_error(e: &RestoreError, lang: Lang) -> String {
    match e {
        RestoreError::TooLarge { size, max } => say(
            lang,
            Msg::ImportTooLarge,
            &[
                lang.fixed(*size as f64 / 1e6, 1),
                lang.fixed(*max as f64 / 1e6, 0),
            ],
        ),
        RestoreError::NotJson(detail) => say(lang, Msg::ImportNotJson, &[not_json(detail, lang)]),
        RestoreError::WrongFormat(_) => say(lang, Msg::ImportNotOurs, &[]),
        RestoreError::NoSchema => say(lang, Msg::ImportNoVersion, &[]),
        RestoreError::FromTheFuture { found, .. } => {
            say(lang, Msg::ImportFuture, &[found.to_string()])
        }
        RestoreError::Shape { path, message } => say(
            lang,
            Msg::ImportWhere,
            &[path.clone(), shape(message, lang)],
        ),
        RestoreError::NoJourneyList => say(
            lang,
            Msg::ImportWhere,
            &["journeys".into(), say(lang, Msg::FaultNoJourneyList, &[])],
        ),
        RestoreError::JourneyTwice { path, id } => say(
            lang,
            Msg::ImportWhere,
            &[
                path.clone(),
                say(lang, Msg::ProblemDuplicateId, std::slice::from_ref(id)),
            ],
        ),
        RestoreError::Invalid(errors) => validation(errors, lang),
        RestoreError::Migration { from, .. } => say(lang, Msg::FaultMigration, &[from.to_string()]),
    }
}

/// Every place a journey breaks a rule, up to five.
pub fn validation(errors: &ValidationErrors, lang: Lang) -> String {
    errors
        .0
        .iter()
        .take(5)
        .map(|e| {
            say(
                lang,
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
            say(lang, Msg::EditGone, &[id.to_string()])
        }
        CommandError::DuplicateId(id) => say(lang, Msg::ProblemDuplicateId, &[id.to_string()]),
    }
}

fn not_json(detail: &str, lang: Lang) -> String {
    match json_fault(detail) {
        JsonFault::CutShort => say(lang, Msg::FaultCutShort, &[]),
        JsonFault::At { line, column } => say(
            lang,
            Msg::FaultJsonAt,
            &[line.to_string(), column.to_string()],
        ),
        JsonFault::TooDeep => say(lang, Msg::FaultTooDeep, &[]),
        JsonFault::Other(text) => text,
    }
}

fn shape(message: &str, lang: Lang) -> String {
    match fault(message) {
        Fault::Missing(field) => say(lang, Msg::FaultMissing, &[field]),
        Fault::UnknownField(field) => say(lang, Msg::FaultUnknownField, &[field]),
        Fault::Twice(field) => say(lang, Msg::FaultTwice, &[field]),
        Fault::NotAllowed { found, allowed } => {
            say(lang, Msg::FaultNotAllowed, &[found, allowed.join(", ")])
        }
        Fault::WrongKind { found, .. } => say(lang, Msg::FaultWrongKind, &[found]),
        Fault::OutOfRange { value, min, max } => {
            say(lang, Msg::FaultOutOfRange, &[value, min, max])
        }
        Fault::NotADate => say(lang, Msg::FaultNotADate, &[]),
        Fault::Other(text) => text,
    }
}

fn problem(p: &Problem, lang: Lang) -> String {
    match p {
        Problem::Empty => say(lang, Msg::ProblemEmpty, &[]),
        Problem::TooLong { len, max } => say(
            lang,
            Msg::ProblemTooLong,
            &[lang.count(Counted::Characters, *len), max.to_string()],
        ),
        Problem::TooMany { len, max } => say(
            lang,
            Msg::ProblemTooMany,
            &[lang.count(Counted::Items, *len), max.to_string()],
        ),
        Problem::DuplicateId(id) => say(lang, Msg::ProblemDuplicateId, std::slice::from_ref(id)),
        Problem::UnknownAgency(id) => {
            say(lang, Msg::ProblemUnknownAgency, std::slice::from_ref(id))
        }
        Problem::UnknownStory(id) => say(lang, Msg::ProblemUnknownStory, std::slice::from_ref(id)),
        Problem::PeriodReversed { start, end } => say(
            lang,
            Msg::ProblemPeriodReversed,
            &[start.clone(), end.clone()],
        ),
        Problem::Answer(e) => answer(e, lang),
    }
}

/// An answer that does not fit its question (found when a file is read).
fn answer(e: &AnswerError, lang: Lang) -> String {
    let q = |id: &klantreis_core::Id| id.to_string();
    match e {
        AnswerError::UnknownQuestion(id) => say(lang, Msg::AnswerUnknownQuestion, &[q(id)]),
        AnswerError::WrongKind { question, .. } => say(lang, Msg::AnswerWrongKind, &[q(question)]),
        AnswerError::TriadSum { question, sum } => {
            say(lang, Msg::AnswerTriadSum, &[q(question), lang.number(*sum)])
        }
        AnswerError::TriadWeight { question, value } => say(
            lang,
            Msg::AnswerTriadWeight,
            &[q(question), lang.number(*value)],
        ),
        AnswerError::SliderRange { question, value } => say(
            lang,
            Msg::AnswerSliderRange,
            &[q(question), value.to_string()],
        ),
        AnswerError::UnknownOption { question, option } => {
            say(lang, Msg::AnswerUnknownOption, &[q(question), q(option)])
        }
        AnswerError::OneOption { question } => say(lang, Msg::AnswerOneOption, &[q(question)]),
        AnswerError::NotApplicableText { question } => {
            say(lang, Msg::AnswerNotApplicableText, &[q(question)])
        }
    }
}
