//! What a card shows inside: emotion, title, channel, date, quote and the marks along its
//! foot. Two hundred cards built element by element through the view macro cost five times
//! what the browser's own parser needs for the same DOM; so the inside of a card is a copy of
//! a fixed skeleton (one `cloneNode`) filled with text. A user's words only ever go into
//! `textContent` and attribute values, never into markup: nothing they type is parsed as HTML.

use crate::components::emotion::emotion_class;
use crate::i18n::{Counted, Lang, Msg};
use crate::labels;
use klantreis_core::{Answer, Touchpoint, World};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement, Node};

/// Our own markup, without any user data: the card's parts in the order they are filled.
const SKELETON: &str = concat!(
    r#"<span class="visually-hidden"></span>"#,
    r#"<span class="card-top"><span class="card-emotion"><span aria-hidden="true"></span>"#,
    r#"<span class="visually-hidden"></span></span><span class="card-title"></span></span>"#,
    r#"<span class="card-meta"><span class="card-channel"></span><span class="card-date"></span></span>"#,
    r#"<span class="card-quote"></span><span class="card-marks"></span>"#,
);

const HOURGLASS: &str = concat!(
    r#"<svg class="mark-icon" viewBox="0 0 10 12" aria-hidden="true">"#,
    r#"<path d="M1.5 1h7M1.5 11h7M2.5 1c0 3.2 2.5 3.6 2.5 5s-2.5 1.8-2.5 5M7.5 1c0 3.2-2.5 3.6-2.5 5s2.5 1.8 2.5 5"/></svg>"#,
);

/// Everything a card says, worked out before any DOM is touched.
#[derive(Clone, Debug, PartialEq)]
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

#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub class: &'static str,
    /// Heard before the visible text, not shown (the waiting time's "Wachttijd:").
    pub hidden: Option<String>,
    pub text: String,
    pub title: Option<String>,
    pub figure: Option<Figure>,
}

/// A small drawing before a mark's text (hidden from screen readers: the text says it).
#[derive(Clone, Copy, Debug, PartialEq)]
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

thread_local! {
    static SKELETONS: Option<(HtmlTemplateElement, HtmlTemplateElement)> = skeletons();
}

fn skeletons() -> Option<(HtmlTemplateElement, HtmlTemplateElement)> {
    use klantreis_core::signifier::triad::CORNERS;
    let document = web_sys::window()?.document()?;
    let template = |html: &str| {
        let t: HtmlTemplateElement = document.create_element("template").ok()?.dyn_into().ok()?;
        t.set_inner_html(html);
        Some(t)
    };
    let corners = CORNERS
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    // The figures a mark may start with, in the order of `Figure`'s cases.
    let figures = format!(
        r#"<svg class="mini-triad" viewBox="-0.1 -0.1 1.2 1.07" aria-hidden="true"><polygon points="{corners}"/><circle r="0.16"/></svg>{HOURGLASS}"#
    );
    Some((template(SKELETON)?, template(&figures)?))
}

/// Makes `card`'s children show `face` (a directive: `use:face_of=face`; run again whenever
/// the card is rebuilt).
pub fn face_of(card: Element, face: Face) {
    SKELETONS.with(|s| {
        if let Some((skeleton, figures)) = s {
            let _ = fill(&card, &face, skeleton, figures);
        }
    });
}

fn fill(
    card: &Element,
    face: &Face,
    skeleton: &HtmlTemplateElement,
    figures: &HtmlTemplateElement,
) -> Option<()> {
    let parts: Node = skeleton.content().clone_node_with_deep(true).ok()?;
    let parts: web_sys::DocumentFragment = parts.dyn_into().ok()?;
    let spoken = parts.first_element_child()?;
    let top = spoken.next_element_sibling()?;
    let meta = top.next_element_sibling()?;
    let quote = meta.next_element_sibling()?;
    let marks = quote.next_element_sibling()?;
    spoken.set_text_content(Some(&face.spoken));

    let emotion = top.first_element_child()?;
    emotion.set_class_name(&format!("card-emotion {}", face.emotion_class));
    let glyph = emotion.first_element_child()?;
    glyph.set_text_content(Some(&face.emotion_glyph));
    glyph
        .next_element_sibling()?
        .set_text_content(Some(&face.emotion_words));
    emotion
        .next_element_sibling()?
        .set_text_content(Some(&face.title));

    let channel = meta.first_element_child()?;
    channel.set_text_content(Some(&face.channel));
    let date = channel.next_element_sibling()?;
    match &face.date {
        Some(d) => date.set_text_content(Some(d)),
        None => date.remove(),
    }
    match &face.quote {
        Some(q) => quote.set_text_content(Some(q)),
        None => quote.remove(),
    }
    let document = card.owner_document()?;
    for m in &face.marks {
        let mark = mark(&document, m, figures)?;
        marks.append_with_node_1(&mark).ok()?;
    }
    card.replace_children_with_node_1(&parts);
    Some(())
}

fn mark(document: &web_sys::Document, m: &Mark, figures: &HtmlTemplateElement) -> Option<Element> {
    let el = document.create_element("span").ok()?;
    el.set_class_name(m.class);
    if let Some(title) = &m.title {
        el.set_attribute("title", title).ok()?;
    }
    if let Some(hidden) = &m.hidden {
        let span = document.create_element("span").ok()?;
        span.set_class_name("visually-hidden");
        span.set_text_content(Some(hidden));
        el.append_child(&span).ok()?;
    }
    if let Some(figure) = m.figure {
        let drawn = match figure {
            Figure::Triad(..) => figures.content().first_element_child()?,
            Figure::Hourglass => figures.content().last_element_child()?,
        };
        let svg: Element = drawn.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
        if let Figure::Triad(x, y) = figure {
            let dot = svg.last_element_child()?;
            dot.set_attribute("cx", &x.to_string()).ok()?;
            dot.set_attribute("cy", &y.to_string()).ok()?;
        }
        el.append_child(&svg).ok()?;
    }
    el.append_with_str_1(&m.text).ok()?;
    Some(el)
}
