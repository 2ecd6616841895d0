//! The report and the gekanteld verslag as Word documents: municipal reports are written in
//! Word, so a team takes these into its own. Real heading styles (Word's navigation pane and
//! table of contents find them); the client's words in the Quote style. Every text comes from
//! the journey or from the word lists; docx-rs escapes it.

use crate::DocxError;
use docx_rs::{BreakType, Docx, Paragraph, Run, Style, StyleType};
use klantreis_core::Journey;
use klantreis_core::retold::{self, Voice};
use klantreis_words::{Lang, Msg};

/// Word's own style ids, so the document's headings are headings in Word.
fn styled(doc: Docx) -> Docx {
    let heading = |level: usize, size: usize| {
        Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .outline_lvl(level - 1)
            .size(size)
            .bold()
    };
    doc.add_style(heading(1, 36))
        .add_style(heading(2, 30))
        .add_style(heading(3, 26))
        .add_style(
            Style::new("Quote", StyleType::Paragraph)
                .name("Quote")
                .based_on("Normal")
                .italic(),
        )
}

fn heading(level: usize, text: &str) -> Paragraph {
    Paragraph::new()
        .style(&format!("Heading{level}"))
        .add_run(Run::new().add_text(text))
}

/// A run of text whose line breaks stay line breaks.
fn lines(text: &str) -> Run {
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

fn labelled(label: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(Run::new().add_text(format!("{label}: ")).bold())
        .add_run(lines(text))
}

fn pack(doc: Docx) -> Result<Vec<u8>, DocxError> {
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .map_err(|e| DocxError::Write(e.to_string()))?;
    Ok(out.into_inner())
}

/// The gekanteld verslag of `j`: per phase and step, the client's words first (with the
/// user's wording where they changed it), then what happened, then the pain points.
pub fn retold(j: &Journey, lang: Lang) -> Result<Vec<u8>, DocxError> {
    let mut doc =
        styled(Docx::new())
            .add_paragraph(heading(1, &j.title))
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(
                lang.text_with(Msg::RetoldSubtitle, std::slice::from_ref(&j.persona.name)),
            )));
    for section in retold::compose(j) {
        if let Some(phase) = &section.phase {
            doc = doc.add_paragraph(heading(2, phase));
        }
        for step in &section.steps {
            doc = doc.add_paragraph(heading(3, &step.title)).add_paragraph(
                Paragraph::new().add_run(Run::new().add_text(retold::facts(step, lang)).italic()),
            );
            for s in &step.sentences {
                doc = doc.add_paragraph(match s.voice {
                    Voice::Own => Paragraph::new()
                        .style("Quote")
                        .add_run(lines(&format!("“{}”", s.text))),
                    Voice::Happened => Paragraph::new().add_run(lines(&s.text)),
                    Voice::Pain => labelled(lang.text(Msg::RetoldPain), &s.text),
                });
            }
        }
    }
    pack(doc)
}

/// The report of `j` in words: the facts, the pain points and opportunities per step, and
/// the client's quotes with their source.
pub fn report(j: &Journey, lang: Lang) -> Result<Vec<u8>, DocxError> {
    let mut doc = styled(Docx::new()).add_paragraph(heading(1, &j.title));
    let persona = format!("{} {}", j.persona.name, j.persona.situation);
    for (label, value) in [
        (Msg::Persona, persona.trim()),
        (Msg::Goal, j.goal.as_str()),
        (Msg::Means, j.means.as_str()),
        (Msg::Trigger, j.trigger.as_str()),
        (Msg::Outcome, j.outcome.as_str()),
    ] {
        if !value.is_empty() {
            doc = doc.add_paragraph(labelled(lang.text(label), value));
        }
    }
    let agency = |t: &klantreis_core::Touchpoint| {
        j.agency(&t.agency)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    doc = doc.add_paragraph(heading(2, lang.text(Msg::PainsAndChances)));
    for (n, t) in j.touchpoints.iter().enumerate() {
        if t.pain_points.is_empty() && t.opportunities.is_empty() {
            continue;
        }
        doc = doc.add_paragraph(heading(
            3,
            &format!("{}. {} ({})", n + 1, t.title, agency(t)),
        ));
        for (label, items) in [
            (Msg::PainPoints, &t.pain_points),
            (Msg::Opportunities, &t.opportunities),
        ] {
            for item in items {
                doc = doc.add_paragraph(labelled(lang.text(label), item));
            }
        }
    }
    let quoted: Vec<_> = j
        .touchpoints
        .iter()
        .filter(|t| !t.quote.trim().is_empty())
        .collect();
    if !quoted.is_empty() {
        doc = doc.add_paragraph(heading(2, lang.text(Msg::Quotes)));
    }
    for t in quoted {
        doc = doc
            .add_paragraph(
                Paragraph::new()
                    .style("Quote")
                    .add_run(lines(&format!("“{}”", t.quote.trim()))),
            )
            .add_paragraph(labelled(
                lang.text(Msg::Source),
                &format!("{}, {}", t.title, agency(t)),
            ));
    }
    pack(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use klantreis_core::examples;

    #[test]
    fn the_gekanteld_verslag_reads_back_with_its_headings_and_the_clients_words() {
        let mut j = examples::jan();
        let first = retold::compose(&j)[0].steps[0].sentences[0].clone();
        j.retold = retold::edited(&j.retold, &first, "In mijn <eigen> woorden & zo.".into());
        let text = crate::interview::text_of(&retold(&j, Lang::Nl).unwrap()).unwrap();
        assert!(
            text.starts_with("Jan: van schulden naar werk\nDe reis zoals Jan"),
            "{text}"
        );
        assert!(text.contains("“In mijn <eigen> woorden & zo.”"), "{text}");
        for phase in retold::compose(&j).iter().filter_map(|s| s.phase.clone()) {
            assert!(text.lines().any(|l| l == phase), "{phase} in {text}");
        }
        // Every pain point of the journey, labelled.
        for pain in j.touchpoints.iter().flat_map(|t| &t.pain_points) {
            assert!(text.contains(&format!("Knelpunt: {pain}")), "{pain}");
        }
    }

    #[test]
    fn the_report_reads_back_with_its_facts_and_quotes() {
        let j = examples::jan();
        let text = crate::interview::text_of(&report(&j, Lang::En).unwrap()).unwrap();
        assert!(text.contains(&format!("Goal: {}", j.goal)), "{text}");
        assert!(text.contains("Pain points and opportunities"), "{text}");
        for t in j.touchpoints.iter().filter(|t| !t.quote.is_empty()) {
            assert!(
                text.contains(&format!("“{}”", t.quote.trim())),
                "{}",
                t.quote
            );
        }
    }
}
