//! The journeys as tables, one row per journey, touchpoint, story or signifier question: what
//! the CSV and XLSX exports both write. Cells keep their type so a spreadsheet gets numbers
//! as numbers; the CSV renders them with the language's decimal mark.

use crate::id::Id;
use crate::journey::Journey;
use crate::persona::{AgeBand, Persona, Quarter};
use crate::principle::{Judgement, Principles};
use crate::signifier::{Answer, Answers, Question, QuestionKind, SignifierSet};
use crate::touchpoint::Channel;
use klantreis_words::{Lang, Msg};

/// "ja" or "nee" in the language.
fn yes_no(lang: Lang, value: bool) -> &'static str {
    lang.text(if value { Msg::YesValue } else { Msg::NoValue })
}

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

impl Cell {
    fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    fn number(n: Option<impl Into<f64>>) -> Cell {
        n.map_or(Cell::Empty, |n| Cell::Number(n.into()))
    }

    /// The cell as CSV text.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => lang.number(*n),
        }
    }
}

/// A sheet: a name, one header row, and rows as long as the header.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub name: &'static str,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// A signifier column group: one question of one set, as first met in the journeys.
struct Column<'a> {
    set: &'a str,
    question: &'a Question,
}

fn columns<'a>(sets: impl Iterator<Item = &'a SignifierSet>) -> Vec<Column<'a>> {
    let mut out: Vec<Column> = Vec::new();
    for set in sets {
        for q in &set.questions {
            if !out
                .iter()
                .any(|c| c.set == set.id.as_str() && c.question.id == q.id)
            {
                out.push(Column {
                    set: set.id.as_str(),
                    question: q,
                });
            }
        }
    }
    out
}

fn answer_headers(columns: &[Column], lang: Lang) -> Vec<String> {
    let english = lang.reads_english();
    let mut out = Vec::new();
    for c in columns {
        let prompt = c.question.prompt.get(english);
        match &c.question.kind {
            QuestionKind::Triad { poles } => {
                out.extend(poles.iter().map(|p| format!("{prompt} {}", p.get(english))));
            }
            _ => out.push(prompt.to_owned()),
        }
    }
    out
}

fn choice_labels(question: &Question, ids: &[crate::id::Id], english: bool) -> String {
    let labels: Vec<String> = match &question.kind {
        QuestionKind::Choice { options, .. } => ids
            .iter()
            .map(|id| {
                options
                    .iter()
                    .find(|o| &o.id == id)
                    .map_or_else(|| id.to_string(), |o| o.label.get(english).to_owned())
            })
            .collect(),
        _ => ids.iter().map(|i| i.to_string()).collect(),
    };
    labels.join(" | ")
}

fn answer_cells(
    columns: &[Column],
    set: &SignifierSet,
    answers: &Answers,
    lang: Lang,
) -> Vec<Cell> {
    let na = lang.text(Msg::NotApplicableShort);
    let mut out = Vec::new();
    for c in columns {
        let width = if matches!(c.question.kind, QuestionKind::Triad { .. }) {
            3
        } else {
            1
        };
        // Answers belong to this column only if the journey uses the column's set.
        let answer = (set.id.as_str() == c.set)
            .then(|| answers.get(&c.question.id))
            .flatten();
        match answer {
            None => out.extend(std::iter::repeat_n(Cell::Empty, width)),
            Some(Answer::NotApplicable) => out.extend(std::iter::repeat_n(Cell::text(na), width)),
            Some(Answer::Triad(w)) => out.extend(w.iter().map(|v| Cell::Number(*v))),
            Some(Answer::Slider(v)) => out.push(Cell::Number(f64::from(*v))),
            Some(Answer::Emotion(e)) => out.push(Cell::Number(f64::from(e.value()))),
            Some(Answer::Text(t)) => out.push(Cell::text(t.clone())),
            Some(Answer::Choice(ids)) => out.push(Cell::text(choice_labels(
                c.question,
                ids,
                lang.reads_english(),
            ))),
        }
    }
    out
}

/// A waiting time as the client said it, in their unit: "3 weken", "1 uur".
pub fn waiting_text(w: crate::touchpoint::Waiting, lang: Lang) -> String {
    use crate::touchpoint::WaitUnit;
    let noun = match w.unit {
        WaitUnit::Minutes => klantreis_words::Counted::Minutes,
        WaitUnit::Hours => klantreis_words::Counted::Hours,
        WaitUnit::Days => klantreis_words::Counted::Days,
        WaitUnit::Weeks => klantreis_words::Counted::Weeks,
        WaitUnit::Months => klantreis_words::Counted::Months,
    };
    lang.count(noun, w.amount as usize)
}

/// The channel as a value in a cell: lower case, as spreadsheets filter it.
pub(crate) fn channel_text(c: &Channel, lang: Lang) -> String {
    let msg = match c {
        Channel::Other(t) => return t.clone(),
        Channel::Balie => Msg::CellBalie,
        Channel::Telefoon => Msg::CellTelefoon,
        Channel::Brief => Msg::CellBrief,
        Channel::Email => Msg::CellEmail,
        Channel::Website => Msg::CellWebsite,
        Channel::Formulier => Msg::CellFormulier,
        Channel::Huisbezoek => Msg::CellHuisbezoek,
    };
    lang.text(msg).to_owned()
}

/// Column headers in the language.
pub(crate) fn fixed_headers(fixed: &[Msg], lang: Lang) -> Vec<String> {
    fixed.iter().map(|m| lang.text(*m).to_owned()).collect()
}

/// `rows` of every journey: `fixed` columns (Dutch, English headers), then one column per
/// signifier answer of the journeys' `set`.
fn with_answers<'a>(
    name: &'static str,
    journeys: &'a [Journey],
    set: fn(&Journey) -> &SignifierSet,
    fixed: &[Msg],
    rows: impl Fn(&'a Journey) -> Vec<(Vec<Cell>, &'a Answers)>,
    lang: Lang,
) -> Table {
    let cols = columns(journeys.iter().map(set));
    let mut headers = fixed_headers(fixed, lang);
    headers.extend(answer_headers(&cols, lang));
    let mut out = Vec::new();
    for j in journeys {
        for (mut row, answers) in rows(j) {
            row.extend(answer_cells(&cols, set(j), answers, lang));
            out.push(row);
        }
    }
    Table {
        name,
        headers,
        rows: out,
    }
}

fn date(d: Option<chrono::NaiveDate>) -> Cell {
    Cell::text(d.map(|d| d.to_string()).unwrap_or_default())
}

/// The principles judged `which`, by name, in the method's order.
fn principles(p: &Principles, which: Judgement, lang: Lang) -> Cell {
    let names: Vec<&str> = crate::principle::judged(p, which)
        .into_iter()
        .map(|p| lang.text(p.msg()))
        .collect();
    Cell::text(names.join(" | "))
}

/// One row per touchpoint of every journey.
// Long: one line per column, the headers beside the cells they name.
pub fn touchpoints(journeys: &[Journey], lang: Lang) -> Table {
    const FIXED: [Msg; 25] = [
        Msg::ColJourneyId,
        Msg::ColJourney,
        Msg::ColPersona,
        Msg::ColOrder,
        Msg::ColAgency,
        Msg::ColAgencyKind,
        Msg::ColChannel,
        Msg::ColDate,
        Msg::ColEmotion,
        Msg::ColInitiative,
        Msg::ColWaitingMinutes,
        Msg::ColLifeworldSystemWorld,
        Msg::ColMomentOfTruth,
        Msg::ColTitle,
        Msg::ColWhatHappened,
        Msg::ColQuote,
        Msg::ColPainPoints,
        Msg::ColOpportunities,
        Msg::ColStory,
        Msg::ColPhase,
        Msg::ColPrinciplesKept,
        Msg::ColPrinciplesBroken,
        Msg::ColFrontstage,
        Msg::ColBackstage,
        Msg::ColSupport,
    ];
    fn rows(j: &Journey, lang: Lang) -> Vec<(Vec<Cell>, &Answers)> {
        j.touchpoints
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let agency = j.agency(&t.agency);
                let row = vec![
                    Cell::text(j.id.to_string()),
                    Cell::text(j.title.clone()),
                    Cell::text(j.persona.name.clone()),
                    Cell::Number((i + 1) as f64),
                    Cell::text(agency.map(|a| a.name.clone()).unwrap_or_default()),
                    Cell::text(agency.map(|a| a.kind.key()).unwrap_or_default()),
                    Cell::text(channel_text(&t.channel, lang)),
                    date(t.date),
                    Cell::number(t.emotion.map(|e| e.value())),
                    Cell::text(t.initiative.map(|i| i.key()).unwrap_or_default()),
                    Cell::number(t.waiting.map(|w| w.minutes() as f64)),
                    Cell::text(t.world.map(|w| w.key()).unwrap_or_default()),
                    Cell::text(yes_no(lang, t.moment_of_truth)),
                    Cell::text(t.title.clone()),
                    Cell::text(t.what.clone()),
                    Cell::text(t.quote.clone()),
                    Cell::text(t.pain_points.join(" | ")),
                    Cell::text(t.opportunities.join(" | ")),
                    Cell::text(
                        t.story
                            .as_ref()
                            .and_then(|s| j.story(s))
                            .map(|s| s.title.clone())
                            .unwrap_or_default(),
                    ),
                    Cell::text(
                        t.phase
                            .as_ref()
                            .and_then(|p| j.phase(p))
                            .map(|p| p.name.clone())
                            .unwrap_or_default(),
                    ),
                    principles(&t.principles, Judgement::Kept, lang),
                    principles(&t.principles, Judgement::Broken, lang),
                    Cell::text(t.blueprint.frontstage.clone()),
                    Cell::text(t.blueprint.backstage.clone()),
                    Cell::text(t.blueprint.support.clone()),
                ];
                (row, &t.answers)
            })
            .collect()
    }
    let name = lang.text(Msg::SheetTouchpoints);
    let rows = |j| rows(j, lang);
    with_answers(name, journeys, |j| &j.touchpoint_set, &FIXED, rows, lang)
}

/// One row per story of every journey.
pub fn stories(journeys: &[Journey], lang: Lang) -> Table {
    const FIXED: [Msg; 8] = [
        Msg::ColJourneyId,
        Msg::ColJourney,
        Msg::ColPersona,
        Msg::ColStoryId,
        Msg::ColToldBy,
        Msg::ColDate,
        Msg::ColTitle,
        Msg::ColText,
    ];
    fn rows(j: &Journey) -> Vec<(Vec<Cell>, &Answers)> {
        j.stories
            .iter()
            .map(|s| {
                let row = vec![
                    Cell::text(j.id.to_string()),
                    Cell::text(j.title.clone()),
                    Cell::text(j.persona.name.clone()),
                    Cell::text(s.id.to_string()),
                    Cell::text(s.teller.key()),
                    date(s.date),
                    Cell::text(s.title.clone()),
                    Cell::text(s.text.clone()),
                ];
                (row, &s.answers)
            })
            .collect()
    }
    let name = lang.text(Msg::SheetStories);
    with_answers(name, journeys, |j| &j.story_set, &FIXED, rows, lang)
}

/// One row per journey: what it is about and how much it holds.
pub fn journeys(journeys: &[Journey], lang: Lang) -> Table {
    const FIXED: [Msg; 14] = [
        Msg::ColJourneyId,
        Msg::ColJourney,
        Msg::ColPersona,
        Msg::ColSituation,
        Msg::ColGoal,
        Msg::ColMeans,
        Msg::ColTrigger,
        Msg::ColOutcome,
        Msg::ColStart,
        Msg::ColEnd,
        Msg::ColTags,
        Msg::ColTouchpoints,
        Msg::ColStories,
        Msg::ColPersonaId,
    ];
    let rows = journeys
        .iter()
        .map(|j| {
            vec![
                Cell::text(j.id.to_string()),
                Cell::text(j.title.clone()),
                Cell::text(j.persona.name.clone()),
                Cell::text(j.persona.situation.clone()),
                Cell::text(j.goal.clone()),
                Cell::text(j.means.clone()),
                Cell::text(j.trigger.clone()),
                Cell::text(j.outcome.clone()),
                date(j.period.start),
                date(j.period.end),
                Cell::text(j.tags.join(" | ")),
                Cell::Number(j.touchpoints.len() as f64),
                Cell::Number(j.stories.len() as f64),
                Cell::text(j.persona.id.as_ref().map(Id::to_string).unwrap_or_default()),
            ]
        })
        .collect();
    Table {
        name: lang.text(Msg::SheetJourneys),
        headers: fixed_headers(&FIXED, lang),
        rows,
    }
}

/// One row per question of every distinct signifier set (by id and version).
pub fn signifiers(journeys: &[Journey], lang: Lang) -> Table {
    const FIXED: [Msg; 8] = [
        Msg::ColSetId,
        Msg::ColSet,
        Msg::ColVersion,
        Msg::ColQuestionId,
        Msg::ColKind,
        Msg::ColQuestion,
        Msg::ColAnswers,
        Msg::ColRetired,
    ];
    let english = lang.reads_english();
    let mut seen: Vec<(&str, u32)> = Vec::new();
    let mut rows = Vec::new();
    for set in journeys
        .iter()
        .flat_map(|j| [&j.touchpoint_set, &j.story_set])
    {
        if seen.contains(&(set.id.as_str(), set.version)) {
            continue;
        }
        seen.push((set.id.as_str(), set.version));
        for q in &set.questions {
            let (kind, answers) = match &q.kind {
                QuestionKind::Triad { poles } => (
                    "triad",
                    poles
                        .iter()
                        .map(|p| p.get(english))
                        .collect::<Vec<_>>()
                        .join(" | "),
                ),
                QuestionKind::Slider { left, right } => (
                    "slider",
                    format!("0 = {} … 100 = {}", left.get(english), right.get(english)),
                ),
                QuestionKind::Emotion => ("emotion", "-2 … 2".to_owned()),
                QuestionKind::Choice { multiple, options } => (
                    if *multiple {
                        "choice (multiple)"
                    } else {
                        "choice"
                    },
                    options
                        .iter()
                        .filter(|o| !o.retired)
                        .map(|o| o.label.get(english))
                        .collect::<Vec<_>>()
                        .join(" | "),
                ),
                QuestionKind::FreeText => ("free_text", String::new()),
            };
            rows.push(vec![
                Cell::text(set.id.to_string()),
                Cell::text(set.name.get(english)),
                Cell::Number(f64::from(set.version)),
                Cell::text(q.id.to_string()),
                Cell::text(kind),
                Cell::text(q.prompt.get(english)),
                Cell::text(answers),
                Cell::text(yes_no(lang, q.retired)),
            ]);
        }
    }
    Table {
        name: lang.text(Msg::SheetSignifiers),
        headers: fixed_headers(&FIXED, lang),
        rows,
    }
}

/// One row per idea of every journey, the best first within each journey.
pub fn ideas(journeys: &[Journey], lang: Lang) -> Table {
    const FIXED: [Msg; 12] = [
        Msg::ColJourneyId,
        Msg::ColJourney,
        Msg::ColIdea,
        Msg::ColDescription,
        Msg::ColImpact,
        Msg::ColEffort,
        Msg::ColQuadrant,
        Msg::ColOwner,
        Msg::ColStatus,
        Msg::ColOpportunity,
        Msg::ColEvidence,
        Msg::ColPainPoints,
    ];
    let rows = journeys
        .iter()
        .flat_map(|j| {
            crate::idea::ranked(&j.ideas).into_iter().map(move |i| {
                let evidence: Vec<&str> = j.titles_of(&i.touchpoints).collect();
                vec![
                    Cell::text(j.id.to_string()),
                    Cell::text(j.title.clone()),
                    Cell::text(i.title.clone()),
                    Cell::text(i.description.clone()),
                    Cell::Number(f64::from(i.impact.value())),
                    Cell::Number(f64::from(i.effort.value())),
                    Cell::text(lang.text(i.quadrant().msg())),
                    Cell::text(i.owner.clone()),
                    Cell::text(lang.text(i.status.msg())),
                    Cell::text(i.opportunity.clone()),
                    Cell::text(evidence.join(" | ")),
                    Cell::text(i.pain_points.join(" | ")),
                ]
            })
        })
        .collect();
    Table {
        name: lang.text(Msg::SheetIdeas),
        headers: fixed_headers(&FIXED, lang),
        rows,
    }
}

/// One row per persona: the profile and the empathy map, lists joined with " | ".
pub fn personas(personas: &[Persona], lang: Lang) -> Table {
    const FIXED: [Msg; 9] = [
        Msg::ColPersonaId,
        Msg::ColPersona,
        Msg::ColAge,
        Msg::ColHousehold,
        Msg::ColSituation,
        Msg::ColGoal,
        Msg::ColNeeds,
        Msg::ColFrustrations,
        Msg::ColChannels,
    ];
    let quarter = |q: Quarter| match q {
        Quarter::Says => Msg::ColSays,
        Quarter::Thinks => Msg::ColThinks,
        Quarter::Does => Msg::ColDoes,
        Quarter::Feels => Msg::ColFeels,
        Quarter::Pains => Msg::ColPains,
        Quarter::Gains => Msg::ColGains,
    };
    let mut headers = fixed_headers(&FIXED, lang);
    headers.extend(Quarter::ALL.map(|q| lang.text(quarter(q)).to_owned()));
    let rows = personas
        .iter()
        .map(|p| {
            let mut row = vec![
                Cell::text(p.id.to_string()),
                Cell::text(p.name.clone()),
                Cell::text(match p.age {
                    AgeBand::Unknown => "",
                    known => known.key(),
                }),
                Cell::text(p.household.clone()),
                Cell::text(p.situation.clone()),
                Cell::text(p.goal.clone()),
                Cell::text(p.needs.join(" | ")),
                Cell::text(p.frustrations.join(" | ")),
                Cell::text(p.channels.join(" | ")),
            ];
            row.extend(Quarter::ALL.map(|q| Cell::text(q.get(&p.empathy).join(" | "))));
            row
        })
        .collect();
    Table {
        name: lang.text(Msg::SheetPersonas),
        headers,
        rows,
    }
}

/// Every sheet of a workbook, in order; the personas' sheet only when there are any.
pub fn workbook(list: &[Journey], with: &[Persona], lang: Lang) -> Vec<Table> {
    let mut book = vec![
        journeys(list, lang),
        touchpoints(list, lang),
        stories(list, lang),
        signifiers(list, lang),
        ideas(list, lang),
    ];
    if !with.is_empty() {
        book.push(personas(with, lang));
    }
    book
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    #[test]
    fn a_persona_sheet_follows_when_there_are_personas() {
        let mut p = Persona::new("p-x".into(), "Mevrouw X", 0);
        p.age = AgeBand::Middle;
        p.empathy.feels = vec!["bang".into(), "moe".into()];
        let mut x = examples::x();
        x.persona.id = Some(p.id.clone());
        let book = workbook(std::slice::from_ref(&x), std::slice::from_ref(&p), Lang::Nl);
        assert_eq!(book.len(), 6);
        let sheet = &book[5];
        assert_eq!(sheet.name, "Persona's");
        let at = |h: &str| sheet.headers.iter().position(|x| x == h).unwrap();
        assert_eq!(sheet.rows[0][at("voelt")], Cell::text("bang | moe"));
        assert_eq!(sheet.rows[0][at("leeftijd")], Cell::text("45-66"));
        let journeys = &book[0];
        let link = journeys
            .headers
            .iter()
            .position(|h| h == "persona-id")
            .unwrap();
        assert_eq!(journeys.rows[0][link], Cell::text("p-x"));
        assert_eq!(workbook(&[x], &[], Lang::Nl).len(), 5);
    }

    #[test]
    fn numbers_stay_numbers_and_rows_match_headers() {
        let book = workbook(&examples::all(), &[], Lang::Nl);
        for t in &book {
            assert!(!t.rows.is_empty(), "{} has rows", t.name);
            for r in &t.rows {
                assert_eq!(r.len(), t.headers.len(), "{}", t.name);
            }
        }
        let tp = &book[1];
        let wait = tp
            .headers
            .iter()
            .position(|h| h == "wachttijd (minuten)")
            .unwrap();
        assert_eq!(tp.rows[1][wait], Cell::Number(45.0));
        let names: Vec<_> = book.iter().map(|t| t.name).collect();
        assert_eq!(
            names,
            [
                "Reizen",
                "Contactmomenten",
                "Verhalen",
                "Duidingsvragen",
                "Ideeën"
            ]
        );
    }

    #[test]
    fn a_set_is_listed_once_per_version() {
        let list = [examples::jan(), examples::x()];
        let t = signifiers(&list, Lang::En);
        // Both journeys share the standard touchpoint set and the story set: 7 + 7 questions.
        assert_eq!(t.rows.len(), 14);
        assert_eq!(t.rows[0][4], Cell::text("triad"));
        assert!(matches!(&t.rows[0][6], Cell::Text(s) if s.contains("the rules and procedures")));
    }
}
