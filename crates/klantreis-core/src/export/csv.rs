//! CSV for Excel and LibreOffice with Dutch settings: UTF-8 with a byte-order mark, `;` as
//! separator, decimal commas in Dutch, one row per touchpoint (or story) and one column per
//! signifier answer (three for a triad). Retired questions keep their columns.

use crate::journey::Journey;
use crate::signifier::{Answer, Answers, Question, QuestionKind, SignifierSet};
use crate::touchpoint::Channel;

/// Makes Excel read the file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// The two languages of headers and values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    Dutch,
    English,
}

impl Language {
    fn pick(self, nl: &'static str, en: &'static str) -> &'static str {
        match self {
            Language::Dutch => nl,
            Language::English => en,
        }
    }

    fn number(self, value: f64) -> String {
        let text = format!("{value:.4}");
        let text = text.trim_end_matches('0').trim_end_matches('.').to_owned();
        match self {
            Language::Dutch => text.replace('.', ","),
            Language::English => text,
        }
    }

    fn yes_no(self, value: bool) -> &'static str {
        match (self, value) {
            (Language::Dutch, true) => "ja",
            (Language::Dutch, false) => "nee",
            (Language::English, true) => "yes",
            (Language::English, false) => "no",
        }
    }
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

fn headers(columns: &[Column], lang: Language) -> Vec<String> {
    let english = lang == Language::English;
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

fn cells(columns: &[Column], set: &SignifierSet, answers: &Answers, lang: Language) -> Vec<String> {
    let english = lang == Language::English;
    let na = lang.pick("n.v.t.", "n/a");
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
            None => out.extend(std::iter::repeat_n(String::new(), width)),
            Some(Answer::NotApplicable) => out.extend(std::iter::repeat_n(na.to_owned(), width)),
            Some(Answer::Triad(w)) => out.extend(w.iter().map(|v| lang.number(*v))),
            Some(Answer::Slider(v)) => out.push(v.to_string()),
            Some(Answer::Emotion(e)) => out.push(e.value().to_string()),
            Some(Answer::Text(t)) => out.push(t.clone()),
            Some(Answer::Choice(ids)) => {
                let labels = match &c.question.kind {
                    QuestionKind::Choice { options, .. } => ids
                        .iter()
                        .map(|id| {
                            options
                                .iter()
                                .find(|o| &o.id == id)
                                .map_or_else(|| id.to_string(), |o| o.label.get(english).to_owned())
                        })
                        .collect::<Vec<_>>(),
                    _ => ids.iter().map(|i| i.to_string()).collect(),
                };
                out.push(labels.join(" | "));
            }
        }
    }
    out
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new())
}

fn finish(w: csv::Writer<Vec<u8>>) -> String {
    let bytes = w.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8(bytes).unwrap_or_default())
}

fn channel_text(c: &Channel, lang: Language) -> String {
    match c {
        Channel::Other(t) => t.clone(),
        other => lang
            .pick(
                match other {
                    Channel::Balie => "balie",
                    Channel::Telefoon => "telefoon",
                    Channel::Brief => "brief",
                    Channel::Email => "e-mail",
                    Channel::Website => "website/portaal",
                    Channel::Formulier => "formulier",
                    _ => "huisbezoek/keukentafel",
                },
                match other {
                    Channel::Balie => "desk",
                    Channel::Telefoon => "phone",
                    Channel::Brief => "letter",
                    Channel::Email => "e-mail",
                    Channel::Website => "website/portal",
                    Channel::Formulier => "form",
                    _ => "home visit/kitchen table",
                },
            )
            .to_owned(),
    }
}

/// A table of `rows` of every journey: `fixed` columns (Dutch, English headers), then one
/// column per signifier answer of the journeys' `set`.
fn table<'a>(
    journeys: &'a [Journey],
    set: fn(&Journey) -> &SignifierSet,
    fixed: &[(&'static str, &'static str)],
    rows: impl Fn(&'a Journey) -> Vec<(Vec<String>, &'a Answers)>,
    lang: Language,
) -> String {
    let cols = columns(journeys.iter().map(set));
    let mut w = writer();
    let mut head: Vec<String> = fixed
        .iter()
        .map(|(nl, en)| lang.pick(nl, en).to_owned())
        .collect();
    head.extend(headers(&cols, lang));
    let _ = w.write_record(&head);
    for j in journeys {
        for (mut row, answers) in rows(j) {
            row.extend(cells(&cols, set(j), answers, lang));
            let _ = w.write_record(&row);
        }
    }
    finish(w)
}

/// One row per touchpoint of every journey.
pub fn touchpoints(journeys: &[Journey], lang: Language) -> String {
    const FIXED: [(&str, &str); 19] = [
        ("reis-id", "journey id"),
        ("reis", "journey"),
        ("persona", "persona"),
        ("volgorde", "order"),
        ("instantie", "agency"),
        ("soort instantie", "agency kind"),
        ("kanaal", "channel"),
        ("datum", "date"),
        ("beleving", "emotion"),
        ("initiatief", "initiative"),
        ("wachttijd (minuten)", "waiting (minutes)"),
        ("leefwereld/systeemwereld", "lifeworld/system world"),
        ("moment van de waarheid", "moment of truth"),
        ("titel", "title"),
        ("wat er gebeurde", "what happened"),
        ("citaat", "quote"),
        ("knelpunten", "pain points"),
        ("kansen", "opportunities"),
        ("verhaal", "story"),
    ];
    fn rows(j: &Journey, lang: Language) -> Vec<(Vec<String>, &Answers)> {
        j.touchpoints
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let agency = j.agency(&t.agency);
                let row = vec![
                    j.id.to_string(),
                    j.title.clone(),
                    j.persona.name.clone(),
                    (i + 1).to_string(),
                    agency.map(|a| a.name.clone()).unwrap_or_default(),
                    agency.map(|a| a.kind.key().to_owned()).unwrap_or_default(),
                    channel_text(&t.channel, lang),
                    t.date.map(|d| d.to_string()).unwrap_or_default(),
                    t.emotion.map(|e| e.value().to_string()).unwrap_or_default(),
                    t.initiative.map(|i| i.key().to_owned()).unwrap_or_default(),
                    t.waiting
                        .map(|w| w.minutes().to_string())
                        .unwrap_or_default(),
                    t.world.map(|w| w.key().to_owned()).unwrap_or_default(),
                    lang.yes_no(t.moment_of_truth).to_owned(),
                    t.title.clone(),
                    t.what.clone(),
                    t.quote.clone(),
                    t.pain_points.join(" | "),
                    t.opportunities.join(" | "),
                    t.story
                        .as_ref()
                        .and_then(|s| j.story(s))
                        .map(|s| s.title.clone())
                        .unwrap_or_default(),
                ];
                (row, &t.answers)
            })
            .collect()
    }
    table(
        journeys,
        |j| &j.touchpoint_set,
        &FIXED,
        |j| rows(j, lang),
        lang,
    )
}

/// One row per story of every journey.
pub fn stories(journeys: &[Journey], lang: Language) -> String {
    const FIXED: [(&str, &str); 8] = [
        ("reis-id", "journey id"),
        ("reis", "journey"),
        ("persona", "persona"),
        ("verhaal-id", "story id"),
        ("verteld door", "told by"),
        ("datum", "date"),
        ("titel", "title"),
        ("tekst", "text"),
    ];
    fn rows(j: &Journey) -> Vec<(Vec<String>, &Answers)> {
        j.stories
            .iter()
            .map(|s| {
                let row = vec![
                    j.id.to_string(),
                    j.title.clone(),
                    j.persona.name.clone(),
                    s.id.to_string(),
                    s.teller.key().to_owned(),
                    s.date.map(|d| d.to_string()).unwrap_or_default(),
                    s.title.clone(),
                    s.text.clone(),
                ];
                (row, &s.answers)
            })
            .collect()
    }
    table(journeys, |j| &j.story_set, &FIXED, rows, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    fn parse(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
        let body = text.strip_prefix(BOM).expect("starts with a BOM");
        let mut r = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(body.as_bytes());
        let head = r.headers().unwrap().iter().map(str::to_owned).collect();
        let rows = r
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        (head, rows)
    }

    fn col(head: &[String], name: &str) -> usize {
        head.iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    }

    #[test]
    fn one_row_per_touchpoint_with_signifier_columns() {
        let journeys = [examples::jan(), examples::x()];
        let (head, rows) = parse(&touchpoints(&journeys, Language::Dutch));
        assert_eq!(rows.len(), 8 + 6);
        // 19 fixed columns, then 7 questions of which one triad (3 columns).
        assert_eq!(head.len(), 19 + 9);
        let row = &rows[1]; // Jan, "Aanmelden aan de balie"
        assert_eq!(row[col(&head, "titel")], "Aanmelden aan de balie");
        assert_eq!(row[col(&head, "instantie")], "Gemeente");
        assert_eq!(row[col(&head, "beleving")], "-1");
        assert_eq!(row[col(&head, "wachttijd (minuten)")], "45");
        assert_eq!(
            row[col(&head, "knelpunten")],
            "Formulier vraagt gegevens die Jan niet paraat heeft"
        );
        assert_eq!(
            row[col(
                &head,
                "In dit contact ging het vooral om… de regels en procedures"
            )],
            "0,7"
        );
        assert_eq!(row[col(&head, "Ik voelde me…")], "20");
        assert_eq!(row[col(&head, "Wie nam het initiatief?")], "ik zelf");
        assert_eq!(row[col(&head, "verhaal")], "Interview met Jan");
    }

    #[test]
    fn english_uses_english_headers_and_decimal_points() {
        let (head, rows) = parse(&touchpoints(&[examples::jan()], Language::English));
        assert_eq!(
            rows[1][col(
                &head,
                "This contact was mostly about… the rules and procedures"
            )],
            "0.7"
        );
        assert_eq!(rows[1][col(&head, "Who took the initiative?")], "I did");
        assert_eq!(rows[1][col(&head, "channel")], "desk");
    }

    #[test]
    fn separators_quotes_and_newlines_in_text_survive() {
        let mut j = examples::intake();
        j.touchpoints[0].quote = "Hij zei: \"ja; nee\"\nen ging".into();
        let (head, rows) = parse(&touchpoints(&[j], Language::Dutch));
        assert_eq!(
            rows[0][col(&head, "citaat")],
            "Hij zei: \"ja; nee\"\nen ging"
        );
    }

    #[test]
    fn not_applicable_and_retired_questions_have_their_columns() {
        let mut j = examples::jan();
        j.touchpoints[1]
            .answers
            .insert("seen".into(), Answer::NotApplicable);
        j.touchpoint_set.questions[1].retired = true;
        let (head, rows) = parse(&touchpoints(&[j], Language::Dutch));
        assert_eq!(rows[1][col(&head, "Ik voelde me…")], "n.v.t.");
        assert_eq!(rows[2][col(&head, "Ik voelde me…")], "10");
    }

    #[test]
    fn stories_get_their_own_file() {
        let (head, rows) = parse(&stories(&examples::all(), Language::Dutch));
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][col(&head, "verteld door")], "client");
        assert!(rows[0][col(&head, "tekst")].starts_with("Ik lag elke nacht wakker"));
    }
}
