//! A printable report of one journey (A4 landscape through the browser's print to PDF):
//! the story in brief, the map, pain points and opportunities, quotes with their source, and
//! the signifiers in summary.

use crate::i18n::{Lang, Msg, t, use_i18n};
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
    let english = move || lang.get() == Lang::En;
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
        (!value.trim().is_empty()).then(|| view! { <div><dt>{t(label)}</dt><dd>{value}</dd></div> })
    };
    move || {
        let j = j.get();
        let l = lang.get();
        // Our own SVG: every text in it is escaped by `export::svg`.
        let map = svg::map(&j, english());
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
                    let title = if s.title.is_empty() { Msg::StoryUntitled.text(l).to_owned() } else { s.title.clone() };
                    format!(" · {} ({})", title, labels::teller(s.teller).text(l))
                });
                view! {
                    <li>
                        <blockquote>"“" {t.quote.clone()} "”"</blockquote>
                        <p class="quote-source">{Msg::Source.text(l)} ": " {t.title.clone()} ", " {agency} {story}</p>
                    </li>
                }
            })
            .collect();
        let has_quotes = !quotes.is_empty();
        let summaries = summarise(
            &j.touchpoint_set,
            j.touchpoints.iter().map(|t| &t.answers),
            english(),
        );
        let summary_rows = summaries
            .into_iter()
            .map(|s| {
                let figures = match s.figures {
                    None => "–".to_owned(),
                    Some(Figures::Mean(m)) => format!("{} {m:.1}", Msg::Mean.text(l)),
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
            (Some(s), Some(e)) => format!("{} – {}", labels::date(s), labels::date(e)),
            (Some(s), None) => labels::date(s),
            _ => String::new(),
        };
        view! {
            <article class="report">
                <div class="report-actions">
                    <button type="button" class="button button-primary" on:click=print>{t(Msg::Print)}</button>
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
                <figure class="report-map" aria-label=t(Msg::Map) inner_html=map></figure>
                <section>
                    <h2>{t(Msg::PainsAndChances)}</h2>
                    <table class="report-table">
                        <thead><tr>
                            <th>"#"</th><th>{t(Msg::TouchpointDetails)}</th><th>{t(Msg::Agency)}</th>
                            <th>{t(Msg::PainPoints)}</th><th>{t(Msg::Opportunities)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </section>
                <section>
                    <h2>{t(Msg::Quotes)}</h2>
                    {if has_quotes {
                        view! { <ul class="report-quotes">{quotes}</ul> }.into_any()
                    } else {
                        view! { <p>{t(Msg::NoQuotes)}</p> }.into_any()
                    }}
                </section>
                <section>
                    <h2>{t(Msg::SignifierSummary)}</h2>
                    <table class="report-table">
                        <thead><tr>
                            <th>{t(Msg::Prompt)}</th><th>{t(Msg::Answered)}</th><th>{t(Msg::NotApplicable)}</th><th></th>
                        </tr></thead>
                        <tbody>{summary_rows}</tbody>
                    </table>
                </section>
            </article>
        }
    }
}
