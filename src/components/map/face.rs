//! What a card shows inside: emotion, title, channel, date, quote and the marks along its
//! foot. Two hundred cards built element by element through the view macro cost five times
//! what the browser's own parser needs for the same DOM; so the inside of a card is a copy of
//! a fixed skeleton (one `cloneNode`, kept in `paint.rs`) filled with text by `paint.js`,
//! from the `Face` worked out here (no DOM in this file). A user's words only ever go into
//! `textContent` and attribute values, never into markup: nothing they type is parsed as HTML.

use crate::components::emotion::emotion_class;
use crate::i18n::{Counted, Lang, Msg};
use crate::labels;
use klantreis_core::{Answer, Touchpoint, World};
use serde::Serialize;

/// Everything a card says, worked out before any DOM is touched.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Face {
    /// Heard first: "Contactmoment 4 van 12, Gemeente,".
    pub spoken: String,
    pub emotion_class: &'static str,
    pub emotion_glyph: String,
    pub emotion_words: String,
    pub title: String,
    pub channel: String,
    pub date: Option<String>,
    pub quote: Option<String>,
    pub marks: Vec<Mark>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mark {
    pub class: &'static str,
    /// Heard before the visible text, not shown (the waiting time's "Wachttijd:").
    pub hidden: Option<String>,
    pub text: String,
    pub title: Option<String>,
    pub figure: Option<Figure>,
}

/// A small drawing before a mark's text (hidden from screen readers: the text says it).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Figure {
    /// A triad answer's dot in a small triangle.
    Triad(f64, f64),
    /// Drawn, not a character: "⧗" is missing from common fonts (a box on screen).
    Hourglass,
}

impl Mark {
    fn plain(class: &'static str, text: String) -> Self {
        Mark {
            class,
            hidden: None,
            text,
            title: None,
            figure: None,
        }
    }
}

impl Face {
    /// `asked`: the signifiers asked of every touchpoint; `never`: the schaduwreis marks it
    /// as not having happened.
    pub fn of(tp: &Touchpoint, language: Lang, spoken: String, asked: usize, never: bool) -> Self {
        let channel = match &tp.channel {
            klantreis_core::Channel::Other(text) if !text.is_empty() => text.clone(),
            other => language.text(labels::channel(other)).to_owned(),
        };
        let quote = tp.quote.trim();
        Face {
            spoken,
            emotion_class: emotion_class(tp.emotion),
            emotion_glyph: tp.emotion.map_or_else(|| "–".into(), |e| e.to_string()),
            emotion_words: format!(
                "{}: {}",
                language.text(Msg::Emotion),
                language.text(labels::emotion(tp.emotion))
            ),
            title: tp.title.clone(),
            channel,
            date: tp.date.map(|d| labels::date(d, language)),
            quote: (!quote.is_empty()).then(|| format!("“{quote}”")),
            marks: marks(tp, language, asked, never),
        }
    }
}

/// The marks along the card's foot: not happened, decisive moment, world, waiting time, pain
/// points, signifiers answered of those asked, opportunities.
fn marks(tp: &Touchpoint, language: Lang, asked: usize, never: bool) -> Vec<Mark> {
    let mut marks = Vec::new();
    if never {
        let text = format!("⊘ {}", language.text(Msg::ShadowNotHappened));
        marks.push(Mark::plain("mark mark-never", text));
    }
    if tp.moment_of_truth {
        let text = format!("★ {}", language.text(Msg::MomentOfTruthShort));
        marks.push(Mark::plain("mark mark-truth", text));
    }
    if let Some(w) = tp.world {
        let class = if w == World::Systeemwereld {
            "mark mark-system"
        } else {
            "mark"
        };
        marks.push(Mark::plain(
            class,
            language.text(labels::world(w)).to_owned(),
        ));
    }
    if let Some(w) = tp.waiting {
        marks.push(Mark {
            hidden: Some(format!("{}: ", language.text(Msg::Waiting))),
            figure: Some(Figure::Hourglass),
            ..Mark::plain("mark mark-wait", labels::waiting(w, language))
        });
    }
    if !tp.pain_points.is_empty() {
        let text = language.count(Counted::PainPoints, tp.pain_points.len());
        marks.push(Mark::plain("mark mark-pain", text));
    }
    if !tp.answers.is_empty() {
        let counts = [tp.answers.len().to_string(), asked.to_string()];
        let triad = tp.answers.values().find_map(|a| match a {
            Answer::Triad(w) => {
                let (x, y) = klantreis_core::signifier::triad::point_of(*w);
                Some(Figure::Triad(x, y))
            }
            _ => None,
        });
        marks.push(Mark {
            title: Some(language.text_with(Msg::AnsweredCount, &counts)),
            figure: triad,
            ..Mark::plain(
                "mark mark-signified",
                language.text_with(Msg::AnsweredShort, &counts),
            )
        });
    }
    if !tp.opportunities.is_empty() {
        let text = language.count(Counted::Opportunities, tp.opportunities.len());
        marks.push(Mark::plain("mark mark-chance", text));
    }
    marks
}
