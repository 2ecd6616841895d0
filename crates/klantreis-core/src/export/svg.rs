//! The map as a self-contained SVG: readable without the app (for reports and slides), every
//! text escaped, colours inline, no external fonts or links.

use crate::blueprint::Layer;
use crate::journey::Journey;
use crate::touchpoint::{Touchpoint, World};
use klantreis_words::{Lang, Msg};
use std::fmt::Write;

const LABEL_W: f64 = 190.0;
const COL_W: f64 = 190.0;
const HEAD_H: f64 = 96.0;
const CURVE_H: f64 = 120.0;
const LANE_H: f64 = 120.0;
const PAD: f64 = 8.0;
/// The hartslag row under the lanes, drawn once any principle is judged.
const BEAT_H: f64 = 76.0;
/// One blueprint layer under a lane's cards, drawn once any step has one.
const LAYER_H: f64 = 44.0;

/// A lane's height: its cards, and the blueprint layers when the journey has any.
fn lane_h(journey: &Journey) -> f64 {
    let layers = journey.touchpoints.iter().any(|t| !t.blueprint.is_empty());
    LANE_H + if layers { 3.0 * LAYER_H } else { 0.0 }
}

/// Text made safe for SVG (XML) content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// Up to `lines` lines of at most `width` characters, breaking at spaces; the last line ends
/// in "…" when text is left over.
pub(crate) fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let fits = current.chars().count() + word.chars().count() < width;
        if current.is_empty() || fits {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        } else {
            out.push(std::mem::take(&mut current));
            current.push_str(word);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    let cut = out.len() > lines;
    out.truncate(lines);
    for line in out.iter_mut() {
        if line.chars().count() > width {
            *line = line.chars().take(width - 1).collect::<String>() + "…";
        }
    }
    if cut && let Some(last) = out.last_mut() {
        last.push('…');
    }
    out
}

pub(crate) fn emotion_colour(value: i8) -> &'static str {
    match value {
        -2 => "#b3261e",
        -1 => "#c46210",
        0 => "#6b7280",
        1 => "#3f8f52",
        _ => "#17603a",
    }
}

/// A polyline's `points` through (x, y, emotion) points.
pub(crate) fn polyline(points: &[(f64, f64, i8)]) -> String {
    points
        .iter()
        .map(|(x, y, _)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn y_of(value: i8) -> f64 {
    HEAD_H + 14.0 + f64::from(2 - value) * (CURVE_H - 28.0) / 4.0
}

/// The map of one journey: header, emotion curve, one lane per agency, one card per touchpoint.
pub fn map(journey: &Journey, lang: Lang) -> String {
    let cols = journey.touchpoints.len().max(1);
    let width = LABEL_W + cols as f64 * COL_W;
    let lanes_end = HEAD_H + CURVE_H + journey.agencies.len() as f64 * lane_h(journey);
    let beats = has_heartbeat(journey);
    let height = lanes_end + if beats { BEAT_H } else { 0.0 } + PAD;
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Segoe UI, Roboto, Liberation Sans, DejaVu Sans, Arial, sans-serif" role="img">"##
    );
    let _ = write!(s, "<title>{}</title>", escape(&journey.title));
    let _ = write!(
        s,
        r##"<rect width="{width}" height="{height}" fill="#ffffff"/>"##
    );
    heading(&mut s, journey, lang);
    phases(&mut s, journey, lang);
    curve(&mut s, journey, lang, width);
    lanes(&mut s, journey, width);
    if lane_h(journey) > LANE_H {
        blueprint(&mut s, journey, lang, width);
    }
    for (i, t) in journey.touchpoints.iter().enumerate() {
        if let Some(lane) = journey.agency_index(&t.agency) {
            card(&mut s, journey, (i, lane), t, lang);
        }
    }
    if beats {
        heartbeat(&mut s, journey, lang, (width, lanes_end));
    }
    s.push_str("</svg>");
    s
}

fn has_heartbeat(journey: &Journey) -> bool {
    journey.touchpoints.iter().any(|t| !t.principles.is_empty())
}

/// The phases as bands over their steps, in the heading's last line.
fn phases(s: &mut String, journey: &Journey, lang: Lang) {
    let bands = journey.phase_bands();
    if bands.is_empty() {
        return;
    }
    let _ = write!(
        s,
        r##"<text x="16" y="86" font-size="12" font-weight="700" fill="#4b5563">{}</text>"##,
        lang.text(Msg::Phases)
    );
    for b in bands {
        let x = LABEL_W + b.first as f64 * COL_W + 3.0;
        let w = b.steps as f64 * COL_W - 6.0;
        let name = wrap(&journey.phases[b.phase].name, (w / 7.5) as usize, 1);
        let _ = write!(
            s,
            r##"<g class="phase"><rect x="{x}" y="70" width="{w}" height="22" rx="3" fill="#f8f9fb" stroke="#d7dce2"/><rect x="{x}" y="70" width="{w}" height="3" fill="#154273"/><text x="{}" y="86" font-size="12" font-weight="700" fill="#1b1f24">{}</text></g>"##,
            x + 8.0,
            escape(name.first().map_or("", String::as_str))
        );
    }
}

/// Per step, the principles kept (green) and broken (red) as bars with their counts.
fn heartbeat(s: &mut String, journey: &Journey, lang: Lang, (width, y): (f64, f64)) {
    let _ = write!(
        s,
        r##"<rect x="0" y="{y}" width="{width}" height="{BEAT_H}" fill="#ffffff" stroke="#d7dce2"/><text x="16" y="{}" font-size="13" font-weight="700" fill="#4b5563">{}</text>"##,
        y + BEAT_H / 2.0 + 4.0,
        lang.text(Msg::Heartbeat)
    );
    let base = y + BEAT_H - 8.0;
    for (i, t) in journey.touchpoints.iter().enumerate() {
        let beat = crate::principle::Heartbeat::of(&t.principles);
        if beat.is_empty() {
            continue;
        }
        let mid = LABEL_W + (i as f64 + 0.5) * COL_W;
        for (n, dx, sign, (fill, ink)) in [
            (beat.kept, -34.0, "+", ("#e6f4ea", "#17603a")),
            (beat.broken, 4.0, "−", ("#fdecec", "#9b1c1c")),
        ] {
            let h = n as f64 * 6.0 + 16.0;
            let _ = write!(
                s,
                r##"<rect x="{}" y="{}" width="30" height="{h}" fill="{fill}" stroke="{ink}"/><text x="{}" y="{}" font-size="11" font-weight="700" fill="{ink}" text-anchor="middle">{sign}{n}</text>"##,
                mid + dx,
                base - h,
                mid + dx + 15.0,
                base - h + 12.0
            );
        }
    }
}

/// The journey's title, its client, goal and means.
fn heading(s: &mut String, journey: &Journey, lang: Lang) {
    let _ = write!(
        s,
        r##"<text x="16" y="32" font-size="22" font-weight="700" fill="#1b1f24">{}</text><text x="16" y="58" font-size="14" fill="#4b5563">{} · {}: {} · {}: {}</text>"##,
        escape(&journey.title),
        escape(&journey.persona.name),
        lang.text(Msg::MapGoal),
        escape(&journey.goal),
        lang.text(Msg::MapMeans),
        escape(&journey.means)
    );
}

/// The emotion curve over the cards' columns, on a grid of the five values.
fn curve(s: &mut String, journey: &Journey, lang: Lang, width: f64) {
    let x0 = LABEL_W;
    let _ = write!(
        s,
        r##"<text x="16" y="{}" font-size="13" font-weight="700" fill="#4b5563">{}</text>"##,
        HEAD_H + CURVE_H / 2.0,
        lang.text(Msg::MapEmotionCurve)
    );
    for v in -2i8..=2 {
        let dash = if v == 0 {
            r#" stroke-dasharray="4 4""#
        } else {
            ""
        };
        let _ = write!(
            s,
            r##"<line x1="{x0}" x2="{width}" y1="{y}" y2="{y}" stroke="#d7dce2"{dash}/>"##,
            y = y_of(v)
        );
    }
    let points: Vec<(f64, f64, i8)> = journey
        .touchpoints
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            t.emotion
                .map(|e| (x0 + (i as f64 + 0.5) * COL_W, y_of(e.value()), e.value()))
        })
        .collect();
    let _ = write!(
        s,
        r##"<polyline points="{}" fill="none" stroke="#154273" stroke-width="3"/>"##,
        polyline(&points)
    );
    for (x, y, v) in &points {
        let _ = write!(
            s,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="7" fill="{}" stroke="#fff" stroke-width="2"/>"##,
            emotion_colour(*v)
        );
    }
}

/// One banded lane per agency, with its colour and name.
fn lanes(s: &mut String, journey: &Journey, width: f64) {
    let lane_h = lane_h(journey);
    for (lane, agency) in journey.agencies.iter().enumerate() {
        let y = HEAD_H + CURVE_H + lane as f64 * lane_h;
        let band = if lane % 2 == 1 { "#f8f9fb" } else { "#ffffff" };
        let _ = write!(
            s,
            r##"<rect x="0" y="{y}" width="{width}" height="{lane_h}" fill="{band}" stroke="#d7dce2"/>"##
        );
        let _ = write!(
            s,
            r##"<rect x="0" y="{y}" width="6" height="{lane_h}" fill="{}"/>"##,
            escape(agency.colour.as_str())
        );
        for (k, text) in wrap(&agency.name, 22, 2).iter().enumerate() {
            let _ = write!(
                s,
                r##"<text x="16" y="{}" font-size="14" font-weight="700" fill="#1b1f24">{}</text>"##,
                y + 26.0 + k as f64 * 18.0,
                escape(text)
            );
        }
    }
}

/// Under each lane's cards its steps' blueprint layers, with the line of interaction
/// (dashed) above the frontstage and the line of visibility (solid) below it.
fn blueprint(s: &mut String, journey: &Journey, lang: Lang, width: f64) {
    let lane_h = lane_h(journey);
    let top = |lane: usize| HEAD_H + CURVE_H + lane as f64 * lane_h + LANE_H;
    for lane in 0..journey.agencies.len() {
        for (k, layer) in Layer::ALL.into_iter().enumerate() {
            let y = top(lane) + k as f64 * LAYER_H;
            let line = match k {
                0 => r##"stroke="#6b7280" stroke-dasharray="6 4""##,
                1 => r##"stroke="#4b5563" stroke-width="2.5""##,
                _ => r##"stroke="#9aa3ad" stroke-dasharray="2 3""##,
            };
            let _ = write!(
                s,
                r##"<line x1="6" x2="{width}" y1="{y}" y2="{y}" {line}/>"##
            );
            layer_text(s, 16.0, y, lang.text(layer.msg()), "700\" fill=\"#4b5563");
        }
    }
    for (column, t) in journey.touchpoints.iter().enumerate() {
        let Some(lane) = journey.agency_index(&t.agency) else {
            continue;
        };
        let x = LABEL_W + column as f64 * COL_W + PAD;
        for (k, layer) in Layer::ALL.into_iter().enumerate() {
            let y = top(lane) + k as f64 * LAYER_H;
            layer_text(s, x, y, t.blueprint.get(layer), "400\" fill=\"#1b1f24");
        }
    }
}

/// Two lines of small text in a blueprint layer starting at `y` (`weight` carries the fill).
fn layer_text(s: &mut String, x: f64, y: f64, text: &str, weight: &str) {
    for (n, line) in wrap(text, 28, 2).iter().enumerate() {
        let _ = write!(
            s,
            r##"<text class="layer" x="{x}" y="{}" font-size="10" font-weight="{weight}">{}</text>"##,
            y + 16.0 + n as f64 * 12.0,
            escape(line)
        );
    }
}

/// One touchpoint's card in its column and lane: emotion, title, quote and marks.
fn card(
    s: &mut String,
    journey: &Journey,
    (column, lane): (usize, usize),
    t: &Touchpoint,
    lang: Lang,
) {
    let x = LABEL_W + column as f64 * COL_W + PAD;
    let y = HEAD_H + CURVE_H + lane as f64 * lane_h(journey) + PAD;
    let colour = escape(journey.agencies[lane].colour.as_str());
    let (w, h) = (COL_W - 2.0 * PAD, LANE_H - 2.0 * PAD);
    let stroke = if t.moment_of_truth {
        r##"#7a5200" stroke-width="3"##
    } else {
        r##"#9aa3ad" stroke-width="1"##
    };
    let _ = write!(
        s,
        r##"<g class="card"><rect x="{x}" y="{y}" width="{w}" height="{h}" rx="8" fill="#ffffff" stroke="{stroke}"/><rect x="{x}" y="{y}" width="{w}" height="5" fill="{colour}"/>"##
    );
    if let Some(e) = t.emotion {
        let _ = write!(
            s,
            r##"<text x="{}" y="{}" font-size="13" font-weight="800" fill="{}">{e}</text>"##,
            x + 8.0,
            y + 24.0,
            emotion_colour(e.value())
        );
    }
    for (k, text) in wrap(&t.title, 20, 2).iter().enumerate() {
        let _ = write!(
            s,
            r##"<text x="{}" y="{}" font-size="13" font-weight="700" fill="#1b1f24">{}</text>"##,
            x + 34.0,
            y + 24.0 + k as f64 * 16.0,
            escape(text)
        );
    }
    if !t.quote.trim().is_empty() {
        let quote = format!("“{}”", t.quote.trim());
        for (k, text) in wrap(&quote, 26, 2).iter().enumerate() {
            let _ = write!(
                s,
                r##"<text x="{}" y="{}" font-size="11" font-style="italic" fill="#1b1f24">{}</text>"##,
                x + 8.0,
                y + 60.0 + k as f64 * 14.0,
                escape(text)
            );
        }
    }
    let _ = write!(
        s,
        r##"<text x="{}" y="{}" font-size="11" font-weight="700" fill="#4b5563">{}</text></g>"##,
        x + 8.0,
        y + h - 8.0,
        escape(&marks(t, lang))
    );
}

/// The card's bottom line: decisive, system world, pain points and opportunities.
fn marks(t: &Touchpoint, lang: Lang) -> String {
    let mut marks = Vec::new();
    if t.moment_of_truth {
        marks.push(lang.text(Msg::MapDecisive).to_owned());
    }
    if t.world == Some(World::Systeemwereld) {
        marks.push(lang.text(Msg::MapSystem).to_owned());
    }
    if !t.pain_points.is_empty() {
        marks.push(format!("⚠ {}", t.pain_points.len()));
    }
    if !t.opportunities.is_empty() {
        marks.push(format!("+ {}", t.opportunities.len()));
    }
    marks.join("  ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    #[test]
    fn one_card_per_touchpoint_and_one_dot_per_emotion() {
        let j = examples::jan();
        let svg = map(&j, Lang::Nl);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert_eq!(
            svg.matches("<g class=\"card\">").count(),
            j.touchpoints.len()
        );
        assert_eq!(
            svg.matches("<circle").count(),
            j.touchpoints.iter().filter(|t| t.emotion.is_some()).count()
        );
        assert!(svg.contains("Emotiecurve"));
    }

    #[test]
    fn phases_band_the_steps_and_the_hartslag_comes_only_with_judged_principles() {
        let jan = map(&examples::jan(), Lang::Nl);
        assert_eq!(jan.matches("<g class=\"phase\">").count(), 6);
        assert!(jan.contains(">Oriëntatie</text>"));
        assert!(jan.contains(">Hartslag</text>"));
        // Step 3 of Jan: three principles broken, none kept.
        assert!(jan.contains(">−3</text>"));
        let intake = map(&examples::intake(), Lang::En);
        assert!(!intake.contains("class=\"phase\""));
        assert!(!intake.contains("Heartbeat"));
    }

    #[test]
    fn blueprint_layers_come_with_their_lines_only_when_a_step_has_one() {
        let jan = map(&examples::jan(), Lang::Nl);
        assert!(jan.contains(">Zaaksysteem, Wet</text>"));
        // Per lane: the line of interaction (dashed) and of visibility (solid, heavier).
        let lanes = examples::jan().agencies.len();
        assert_eq!(jan.matches(r#"stroke-dasharray="6 4""#).count(), lanes);
        assert_eq!(jan.matches(r#"stroke-width="2.5""#).count(), lanes);
        let x = map(&examples::x(), Lang::Nl);
        assert!(!x.contains("class=\"layer\""));
    }

    #[test]
    fn markup_in_text_is_escaped_everywhere() {
        let mut j = examples::intake();
        let evil = "<script>alert('x')</script>&\"";
        j.title = evil.into();
        j.agencies[0].name = evil.into();
        j.touchpoints[0].title = evil.into();
        j.touchpoints[0].quote = evil.into();
        j.touchpoints[0].blueprint.support = evil.into();
        let svg = map(&j, Lang::En);
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;&quot;"));
        // Every tag opened is closed or self-closed: a crude well-formedness check.
        let opens = svg.matches('<').count();
        let closes = svg.matches('>').count();
        assert_eq!(opens, closes);
    }

    #[test]
    fn long_text_wraps_and_ends_in_an_ellipsis() {
        let lines = wrap(
            "een heel lange titel die nooit op twee regels van een kaart past",
            20,
            2,
        );
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 21));
        assert!(lines[1].ends_with('…'));
        assert_eq!(wrap("kort", 20, 2), ["kort"]);
        assert!(wrap("", 20, 2).is_empty());
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(escape("a\u{0}b\u{7}c\nd"), "abc\nd");
    }
}
