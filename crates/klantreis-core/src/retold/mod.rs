//! The gekanteld verslag: the journey retold from the client's side. In time order, per phase
//! (or, without phases, as one run of steps), each step gives the client's own words first
//! (its quote and the interview passages marked to it), then what happened at which agency,
//! then the pain points as they were named. It is composed from the journey's own material
//! only: every sentence is a text of the journey, tied to the touchpoint or passage it came
//! from, unless the user edited it (the edit is kept with the journey, beside the source it
//! was made from, so a later change of the source shows).

use crate::id::Id;
use crate::journey::Journey;
use crate::mark::MarkKind;
use crate::touchpoint::{Channel, Touchpoint, Waiting};
use chrono::{Datelike, NaiveDate};

pub mod wording;
pub use wording::{Edit, Edits};

/// Where a sentence came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Touchpoint(Id),
    /// A passage of an interview, marked to the step.
    Passage {
        story: Id,
        mark: Id,
    },
}

/// Whose words a sentence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    /// The client's own words: a quote or an interview passage.
    Own,
    /// What happened, as the map says it.
    Happened,
    /// A pain point, as it was named.
    Pain,
}

/// Whether the user changed a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    Source,
    Edited,
    /// Edited, and the source has changed since.
    SourceChanged,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// Names the sentence for its edit: `quote:<touchpoint>`, `mark:<mark>`,
    /// `what:<touchpoint>`, `pain:<touchpoint>:<n>`.
    pub key: String,
    pub voice: Voice,
    pub from: Source,
    /// The journey's text.
    pub source: String,
    /// What the report says: the source, or the user's edit of it.
    pub text: String,
    pub wording: Wording,
}

/// One step of the journey, with the facts that say where it happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub touchpoint: Id,
    pub title: String,
    pub agency: String,
    pub channel: Channel,
    pub date: Option<NaiveDate>,
    pub waiting: Option<Waiting>,
    pub sentences: Vec<Sentence>,
}

/// The steps of one phase (`phase` is `None` for the steps outside every phase).
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub phase: Option<String>,
    pub steps: Vec<Step>,
}

fn sentence(edits: &Edits, key: String, voice: Voice, from: Source, source: String) -> Sentence {
    let (text, wording) = match edits.get(&key) {
        None => (source.clone(), Wording::Source),
        Some(e) if e.was == source => (e.text.clone(), Wording::Edited),
        Some(e) => (e.text.clone(), Wording::SourceChanged),
    };
    Sentence {
        key,
        voice,
        from,
        source,
        text,
        wording,
    }
}

/// The client's words of touchpoint `t`: its quote, then the passages marked to it that say
/// more than the quote (a pain point or opportunity passage is told where those are).
fn own_words(j: &Journey, t: &Touchpoint, out: &mut Vec<Sentence>) {
    let here = Source::Touchpoint(t.id.clone());
    let quote = t.quote.trim();
    if !quote.is_empty() {
        let key = format!("quote:{}", t.id);
        out.push(sentence(&j.retold, key, Voice::Own, here, quote.to_owned()));
    }
    for story in &j.stories {
        for m in story.marks.iter().filter(|m| m.touchpoint == t.id) {
            let told = matches!(
                m.kind,
                MarkKind::Touchpoint | MarkKind::Quote | MarkKind::Feeling | MarkKind::Waiting
            );
            let words = story.passage(m).trim().to_owned();
            if !told || words.is_empty() || quote.contains(&words) {
                continue;
            }
            let from = Source::Passage {
                story: story.id.clone(),
                mark: m.id.clone(),
            };
            let key = format!("mark:{}", m.id);
            out.push(sentence(&j.retold, key, Voice::Own, from, words));
        }
    }
}

fn step(j: &Journey, t: &Touchpoint) -> Step {
    let mut sentences = Vec::new();
    own_words(j, t, &mut sentences);
    let here = || Source::Touchpoint(t.id.clone());
    let what = t.what.trim();
    if !what.is_empty() {
        let key = format!("what:{}", t.id);
        sentences.push(sentence(
            &j.retold,
            key,
            Voice::Happened,
            here(),
            what.to_owned(),
        ));
    }
    for (n, pain) in t.pain_points.iter().enumerate() {
        let pain = pain.trim();
        if !pain.is_empty() {
            let key = format!("pain:{}:{n}", t.id);
            sentences.push(sentence(
                &j.retold,
                key,
                Voice::Pain,
                here(),
                pain.to_owned(),
            ));
        }
    }
    Step {
        touchpoint: t.id.clone(),
        title: t.title.clone(),
        agency: j
            .agencies
            .iter()
            .find(|a| a.id == t.agency)
            .map(|a| a.name.clone())
            .unwrap_or_default(),
        channel: t.channel.clone(),
        date: t.date,
        waiting: t.waiting,
        sentences,
    }
}

/// The gekanteld verslag of `j`: a section per phase in the phases' order, then one for the
/// steps outside every phase; steps in the journey's (time) order. Sections without steps
/// are left out.
pub fn compose(j: &Journey) -> Vec<Section> {
    let of = |phase: Option<&Id>| -> Vec<Step> {
        j.touchpoints
            .iter()
            .filter(|t| t.phase.as_ref() == phase)
            .map(|t| step(j, t))
            .collect()
    };
    let known = |t: &Touchpoint| {
        t.phase
            .as_ref()
            .is_some_and(|p| j.phases.iter().any(|x| &x.id == p))
    };
    let mut sections: Vec<Section> = j
        .phases
        .iter()
        .map(|p| Section {
            phase: Some(p.name.clone()),
            steps: of(Some(&p.id)),
        })
        .collect();
    sections.push(Section {
        phase: None,
        steps: j
            .touchpoints
            .iter()
            .filter(|t| !known(t))
            .map(|t| step(j, t))
            .collect(),
    });
    sections.retain(|s| !s.steps.is_empty());
    sections
}

/// The edits with sentence `key` worded as `text`: an edit that gives back the source is no
/// edit, so it is dropped.
pub fn edited(edits: &Edits, sentence: &Sentence, text: String) -> Edits {
    let mut out = edits.clone();
    if text == sentence.source {
        out.remove(&sentence.key);
    } else {
        out.insert(
            sentence.key.clone(),
            Edit {
                was: sentence.source.clone(),
                text,
            },
        );
    }
    out
}

/// The facts line of a step, in `lang`: "Gemeente · Telefoon · 2024-03-11 · na 3 weken".
pub fn facts(step: &Step, lang: klantreis_words::Lang) -> String {
    let mut parts = vec![step.agency.clone()];
    parts.push(crate::export::table::channel_text(&step.channel, lang));
    if let Some(d) = step.date {
        parts.push(lang.date(d.year(), d.month(), d.day()));
    }
    if let Some(w) = step.waiting {
        parts.push(lang.text_with(
            klantreis_words::Msg::RetoldWaited,
            &[crate::export::table::waiting_text(w, lang)],
        ));
    }
    parts.retain(|p| !p.is_empty());
    parts.join(" · ")
}

/// The gekanteld verslag as plain text (for the clipboard): headings, the facts of each step,
/// the client's words in quotation marks.
pub fn plain_text(j: &Journey, lang: klantreis_words::Lang) -> String {
    use klantreis_words::Msg;
    let mut out = format!(
        "{}\n{}\n",
        j.title,
        lang.text_with(Msg::RetoldSubtitle, std::slice::from_ref(&j.persona.name))
    );
    for section in compose(j) {
        if let Some(phase) = &section.phase {
            out.push_str(&format!("\n{phase}\n"));
        }
        for step in &section.steps {
            out.push_str(&format!("\n{}\n({})\n", step.title, facts(step, lang)));
            for s in &step.sentences {
                match s.voice {
                    Voice::Own => out.push_str(&format!("“{}”\n", s.text)),
                    Voice::Happened => out.push_str(&format!("{}\n", s.text)),
                    Voice::Pain => {
                        out.push_str(&format!("{}: {}\n", lang.text(Msg::RetoldPain), s.text))
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    /// Whether `text` is a text of `j` at the place `from` names.
    fn found_at(j: &Journey, from: &Source, text: &str) -> bool {
        match from {
            Source::Touchpoint(id) => j.touchpoint(id).is_some_and(|t| {
                t.quote.contains(text)
                    || t.what.contains(text)
                    || t.pain_points.iter().any(|p| p.contains(text))
            }),
            Source::Passage { story, mark } => j.story(story).is_some_and(|s| {
                s.marks
                    .iter()
                    .any(|m| &m.id == mark && s.passage(m).contains(text))
            }),
        }
    }

    #[test]
    fn every_sentence_is_the_journeys_own_text_at_the_place_it_names() {
        for j in examples::all() {
            let sections = compose(&j);
            let steps: usize = sections.iter().map(|s| s.steps.len()).sum();
            assert_eq!(steps, j.touchpoints.len(), "{}", j.title);
            for s in sections
                .iter()
                .flat_map(|s| &s.steps)
                .flat_map(|s| &s.sentences)
            {
                assert_eq!(s.wording, Wording::Source);
                assert!(found_at(&j, &s.from, &s.text), "{}: {:?}", j.title, s);
            }
        }
    }

    #[test]
    fn steps_follow_the_phases_and_the_clients_words_come_first() {
        let j = examples::jan();
        assert!(!j.phases.is_empty());
        let sections = compose(&j);
        let names: Vec<_> = sections.iter().filter_map(|s| s.phase.clone()).collect();
        let order: Vec<_> = j
            .phases
            .iter()
            .filter(|p| {
                j.touchpoints
                    .iter()
                    .any(|t| t.phase.as_ref() == Some(&p.id))
            })
            .map(|p| p.name.clone())
            .collect();
        assert_eq!(names, order);
        // Within a phase, the steps keep the journey's order.
        let position = |id: &Id| j.touchpoints.iter().position(|t| &t.id == id).unwrap();
        for section in &sections {
            let at: Vec<_> = section
                .steps
                .iter()
                .map(|s| position(&s.touchpoint))
                .collect();
            assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
            for step in &section.steps {
                let voices: Vec<_> = step.sentences.iter().map(|s| s.voice).collect();
                let mut sorted = voices.clone();
                sorted.sort_by_key(|v| *v as u8);
                assert_eq!(voices, sorted);
            }
        }
    }

    #[test]
    fn a_passage_marked_to_a_step_is_told_there_and_an_edit_shows_a_changed_source() {
        let mut j = examples::jan();
        let t = j.touchpoints[0].id.clone();
        let story = &mut j.stories[0];
        story.text = "Ik was bang. Het duurde lang.".into();
        story.marks = vec![crate::mark::Mark {
            id: Id::new("m1"),
            start: 0,
            end: 12,
            kind: MarkKind::Feeling,
            touchpoint: t.clone(),
        }];
        let first = compose(&j)
            .into_iter()
            .flat_map(|s| s.steps)
            .find(|s| s.touchpoint == t)
            .unwrap();
        let passage = first
            .sentences
            .iter()
            .find(|s| s.key == "mark:m1")
            .unwrap()
            .clone();
        assert_eq!(passage.text, "Ik was bang.");
        assert_eq!(passage.voice, Voice::Own);
        // The user's wording is told, and dropped again when it gives back the source.
        j.retold = edited(&j.retold, &passage, "Ik was heel bang.".into());
        let told = |j: &Journey| {
            compose(j)
                .into_iter()
                .flat_map(|s| s.steps)
                .flat_map(|s| s.sentences)
                .find(|s| s.key == "mark:m1")
                .unwrap()
        };
        assert_eq!(told(&j).text, "Ik was heel bang.");
        assert_eq!(told(&j).wording, Wording::Edited);
        j.stories[0].set_text("Ik was zo bang. Het duurde lang.".into());
        assert_eq!(told(&j).wording, Wording::SourceChanged);
        assert_eq!(told(&j).source, "Ik was zo bang.");
        assert!(edited(&j.retold, &passage, passage.source.clone()).is_empty());
        // The plain text carries the edit and the facts of the step.
        let text = plain_text(&j, klantreis_words::Lang::Nl);
        assert!(text.contains("“Ik was heel bang.”"), "{text}");
    }
}
