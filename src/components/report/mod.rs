//! A printable report of one journey (A4 landscape through the browser's print to PDF):
//! the story in brief, the map, pain points and opportunities, quotes with their source, and
//! the signifiers in summary.

use crate::i18n::{Msg, text, use_i18n};
use crate::labels;
use crate::state::session::use_session;
use klantreis_core::export::summary::{Figures, summarise};
use klantreis_core::export::svg;
use leptos::prelude::*;

fn percent(w: f64) -> String {
    format!("{:.0}%", w * 100.0)
}

#[component]
pub fn Report() -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let j = Memo::new(move |_| session.with_journey(Clone::clone));
    let print = move |_| {
        if let Err(e) = window().print() {
            session
                .app
                .notices
                .error(Msg::StorageFailed, vec![format!("{e:?}")]);
        }
    };
    let field = move |label: Msg, value: String| {
        (!value.trim().is_empty())
            .then(|| view! { <div><dt>{text(label)}</dt><dd>{value}</dd></div> })
    };
    move || {
        let j = j.get();
        let l = lang.get();
        // Our own SVG: every text in it is escaped by `export::svg`.
        let map = svg::map(&j, l);
        let rows = j
            .touchpoints
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.pain_points.is_empty() || !t.opportunities.is_empty())
            .map(|(i, t)| {
                let agency = j.agency(&t.agency).map(|a| a.name.clone()).unwrap_or_default();
                view! {
                    <tr>
                        <td>{i + 1}</td>
                        <td>{t.title.clone()}</td>
                        <td>{agency}</td>
                        <td><ul>{t.pain_points.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ul></td>
                        <td><ul>{t.opportunities.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ul></td>
                    </tr>
                }
            })
            .collect_view();
        let quotes: Vec<_> = j
            .touchpoints
            .iter()
            .filter(|t| !t.quote.trim().is_empty())
            .map(|t| {
                let agency = j.agency(&t.agency).map(|a| a.name.clone()).unwrap_or_default();
                let story = t.story.as_ref().and_then(|s| j.story(s)).map(|s| {
                    let title = if s.title.is_empty() { l.text(Msg::StoryUntitled).to_owned() } else { s.title.clone() };
                    format!(" · {} ({})", title, l.text(labels::teller(s.teller)))
                });
                view! {
                    <li>
                        <blockquote>"“" {t.quote.clone()} "”"</blockquote>
                        <p class="quote-source">{l.text(Msg::Source)} ": " {t.title.clone()} ", " {agency} {story}</p>
                    </li>
                }
            })
            .collect();
        let has_quotes = !quotes.is_empty();
        let summaries = summarise(
            &j.touchpoint_set,
            j.touchpoints.iter().map(|t| &t.answers),
            l,
        );
        let summary_rows = summaries
            .into_iter()
            .map(|s| {
                let figures = match s.figures {
                    None => "–".to_owned(),
                    Some(Figures::Mean(m)) => format!("{} {m:.1}", l.text(Msg::Mean)),
                    Some(Figures::Triad(w)) => w
                        .iter()
                        .map(|(pole, v)| format!("{pole}: {}", percent(*v)))
                        .collect::<Vec<_>>()
                        .join(", "),
                    Some(Figures::Counts(c)) => c
                        .iter()
                        .map(|(o, n)| format!("{o}: {n}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    Some(Figures::Texts(texts)) => texts.join(" · "),
                };
                view! {
                    <tr>
                        <td>{s.prompt}</td>
                        <td>{s.answered}</td>
                        <td>{s.not_applicable}</td>
                        <td>{figures}</td>
                    </tr>
                }
            })
            .collect_view();
        let period = match (j.period.start, j.period.end) {
            (Some(s), Some(e)) => format!("{} – {}", labels::date(s, l), labels::date(e, l)),
            (Some(s), None) => labels::date(s, l),
            _ => String::new(),
        };
        view! {
            <article class="report">
                <div class="report-actions">
                    <button type="button" class="button button-primary" on:click=print>{text(Msg::Print)}</button>
                </div>
                <h1>{j.title.clone()}</h1>
                <dl class="report-facts">
                    {field(Msg::Persona, format!("{} {}", j.persona.name, j.persona.situation))}
                    {field(Msg::Goal, j.goal.clone())}
                    {field(Msg::Means, j.means.clone())}
                    {field(Msg::Trigger, j.trigger.clone())}
                    {field(Msg::Outcome, j.outcome.clone())}
                    {field(Msg::Period, period)}
                </dl>
                <figure class="report-map" aria-label=text(Msg::Map) inner_html=map></figure>
                <section>
                    <h2>{text(Msg::PainsAndChances)}</h2>
                    <table class="report-table">
                        <thead><tr>
                            <th>"#"</th><th>{text(Msg::TouchpointDetails)}</th><th>{text(Msg::Agency)}</th>
                            <th>{text(Msg::PainPoints)}</th><th>{text(Msg::Opportunities)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </section>
                <section>
                    <h2>{text(Msg::Quotes)}</h2>
                    {if has_quotes {
                        view! { <ul class="report-quotes">{quotes}</ul> }.into_any()
                    } else {
                        view! { <p>{text(Msg::NoQuotes)}</p> }.into_any()
                    }}
                </section>
                <section>
                    <h2>{text(Msg::SignifierSummary)}</h2>
                    <table class="report-table">
                        <thead><tr>
                            <th>{text(Msg::Prompt)}</th><th>{text(Msg::Answered)}</th><th>{text(Msg::NotApplicable)}</th><th></th>
                        </tr></thead>
                        <tbody>{summary_rows}</tbody>
                    </table>
                </section>
            </article>
        }
    }
}
