//! A printable report of one journey (A4 landscape through the browser's print to PDF):
//! the story in brief, the map, pain points and opportunities, quotes with their source, and
//! the signifiers in summary.

mod print;
mod retold;
mod word;

use crate::components::ideas::ideas_table;
use crate::components::persona::PersonaSheet;
use crate::components::shadow::differences;
use crate::components::transfer::worker::WordReport;
use crate::components::variant::linked;
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::labels;
use crate::state::session::use_session;
use klantreis_core::Journey;
use klantreis_core::export::summary::{Figures, QuestionSummary, summarise};
use klantreis_core::export::svg;
use klantreis_core::principle::{Judgement, judged};
use klantreis_core::shadow::shadow;
use klantreis_core::signifier::triad::percentages;
use leptos::prelude::*;
use print::PrintButton;
use retold::Retold;
use word::WordButton;

/// The report tab: the report with the map, or the gekanteld verslag.
#[component]
pub fn Report() -> impl IntoView {
    let session = use_session();
    let retold = session.report_retold;
    let choice = move |on: bool, label: Msg| {
        view! {
            <button type="button" class="button button-small"
                aria-pressed=move || (retold.get() == on).to_string()
                on:click=move |_| retold.set(on)>{text(label)}</button>
        }
    };
    view! {
        <div class="report-switch" role="group" aria-label=text(Msg::ReportKind)>
            {choice(false, Msg::ReportMap)}
            {choice(true, Msg::ReportRetold)}
        </div>
        <Show when=move || retold.get() fallback=|| view! { <MapReport/> }>
            <Retold/>
        </Show>
    }
}

#[component]
fn MapReport() -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let j = Memo::new(move |_| session.with_journey(Clone::clone));
    move || {
        let j = j.get();
        let language = lang.get();
        // Our own SVG: every text in it is escaped by `export::svg`.
        let map = svg::map(&j, language);
        view! {
            <article class="report">
                <div class="report-actions">
                    <WordButton kind=WordReport::Report/>
                    <PrintButton/>
                </div>
                <h1>{j.title.clone()}</h1>
                {facts(&j, language)}
                {j.persona.id.clone().and_then(|id| session.app.personas.get(&id)).map(|p| view! {
                    <section>
                        <h2>{language.text(Msg::ReportPersona)}</h2>
                        <PersonaSheet persona=p.persona/>
                    </section>
                })}
                <figure class="report-map" aria-label=text(Msg::Map) inner_html=map></figure>
                {pains_and_chances(&j)}
                {principles_broken(&j, language)}
                {ideas(&j, language)}
                {j.designed_of.clone().map(|lived| view! { <ShadowSection lived=lived/> })}
                {quotes(&j, language)}
                {signifier_summary(&j, language)}
            </article>
        }
    }
}

/// The ideas, the best first, when the journey has any.
fn ideas(j: &Journey, language: Lang) -> impl IntoView + use<> {
    ideas_table(j, language, None).map(|table| {
        view! {
            <section>
                <h2>{language.text(Msg::ReportIdeas)}</h2>
                {table}
            </section>
        }
    })
}

/// In a procedure's report: where the lived journey left it (the schaduwreis).
#[component]
fn ShadowSection(lived: klantreis_core::Id) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let loaded = linked(session, lived);
    move || {
        loaded.get().flatten().map(|lived| {
            let language = lang.get();
            let table =
                session.with_journey(|designed| differences(&shadow(designed, &lived), language));
            view! {
                <section>
                    <h2>{language.text(Msg::ReportShadow)}</h2>
                    {table}
                </section>
            }
        })
    }
}

/// Who, what for, and when: the journey's fields that are filled in.
fn facts(j: &Journey, language: Lang) -> impl IntoView + use<> {
    let field = move |label: Msg, value: String| {
        (!value.trim().is_empty())
            .then(|| view! { <div><dt>{language.text(label)}</dt><dd>{value}</dd></div> })
    };
    let period = match (j.period.start, j.period.end) {
        (Some(s), Some(e)) => format!(
            "{} – {}",
            labels::date(s, language),
            labels::date(e, language)
        ),
        (Some(s), None) => labels::date(s, language),
        _ => String::new(),
    };
    view! {
        <dl class="report-facts">
            {field(Msg::Persona, format!("{} {}", j.persona.name, j.persona.situation))}
            {field(Msg::Goal, j.goal.clone())}
            {field(Msg::Means, j.means.clone())}
            {field(Msg::Trigger, j.trigger.clone())}
            {field(Msg::Outcome, j.outcome.clone())}
            {field(Msg::Period, period)}
        </dl>
    }
}

/// Every touchpoint with pain points or opportunities, in order.
fn pains_and_chances(j: &Journey) -> impl IntoView + use<> {
    let list = |items: &[String]| {
        items
            .iter()
            .map(|p| view! { <li>{p.clone()}</li> })
            .collect_view()
    };
    let rows = j
        .touchpoints
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.pain_points.is_empty() || !t.opportunities.is_empty())
        .map(|(i, t)| {
            let agency = j
                .agency(&t.agency)
                .map(|a| a.name.clone())
                .unwrap_or_default();
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <td>{t.title.clone()}</td>
                    <td>{agency}</td>
                    <td><ul>{list(&t.pain_points)}</ul></td>
                    <td><ul>{list(&t.opportunities)}</ul></td>
                </tr>
            }
        })
        .collect_view();
    view! {
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
    }
}

/// Every touchpoint where a belevingsprincipe broke: its phase, what broke, what held.
fn principles_broken(j: &Journey, language: Lang) -> impl IntoView + use<> {
    let names = |t: &klantreis_core::Touchpoint, which: Judgement| {
        judged(&t.principles, which)
            .into_iter()
            .map(|p| language.text(p.msg()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rows: Vec<_> = j
        .touchpoints
        .iter()
        .enumerate()
        .filter(|(_, t)| t.principles.values().any(|v| *v == Judgement::Broken))
        .map(|(i, t)| {
            let agency = j.agency(&t.agency).map(|a| a.name.clone());
            let phase = t
                .phase
                .as_ref()
                .and_then(|p| j.phase(p))
                .map(|p| p.name.clone());
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <td>{t.title.clone()}</td>
                    <td>{agency}</td>
                    <td>{phase}</td>
                    <td>{names(t, Judgement::Broken)}</td>
                    <td>{names(t, Judgement::Kept)}</td>
                </tr>
            }
        })
        .collect();
    (!rows.is_empty()).then(|| {
        view! {
            <section>
                <h2>{language.text(Msg::ReportPrinciplesBroken)}</h2>
                <table class="report-table report-principles">
                    <thead><tr>
                        <th>"#"</th><th>{language.text(Msg::TouchpointDetails)}</th><th>{language.text(Msg::Agency)}</th>
                        <th>{language.text(Msg::Phase)}</th><th>{language.text(Msg::ReportBroken)}</th><th>{language.text(Msg::ReportKept)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    })
}

/// The client's own words, each with the touchpoint, agency and story it came from.
fn quotes(j: &Journey, language: Lang) -> impl IntoView + use<> {
    let quotes: Vec<_> = j
        .touchpoints
        .iter()
        .filter(|t| !t.quote.trim().is_empty())
        .map(|t| {
            let agency = j.agency(&t.agency).map(|a| a.name.clone()).unwrap_or_default();
            let story = t.story.as_ref().and_then(|s| j.story(s)).map(|s| {
                let title = if s.title.is_empty() {
                    language.text(Msg::StoryUntitled).to_owned()
                } else {
                    s.title.clone()
                };
                format!(" · {} ({})", title, language.text(labels::teller(s.teller)))
            });
            view! {
                <li>
                    <blockquote>"“" {t.quote.clone()} "”"</blockquote>
                    <p class="quote-source">{language.text(Msg::Source)} ": " {t.title.clone()} ", " {agency} {story}</p>
                </li>
            }
        })
        .collect();
    view! {
        <section>
            <h2>{text(Msg::Quotes)}</h2>
            {if quotes.is_empty() {
                view! { <p>{text(Msg::NoQuotes)}</p> }.into_any()
            } else {
                view! { <ul class="report-quotes">{quotes}</ul> }.into_any()
            }}
        </section>
    }
}

/// What one question's answers add up to, as a line of text.
fn figures(summary: QuestionSummary, language: Lang) -> String {
    match summary.figures {
        None => "–".to_owned(),
        Some(Figures::Mean(m)) => format!("{} {}", language.text(Msg::Mean), language.fixed(m, 1)),
        Some(Figures::Triad(w)) => {
            let p = percentages(w.clone().map(|(_, v)| v));
            w.iter()
                .zip(p)
                .map(|((pole, _), p)| format!("{pole}: {p}%"))
                .collect::<Vec<_>>()
                .join(", ")
        }
        Some(Figures::Counts(c)) => c
            .iter()
            .map(|(o, n)| format!("{o}: {n}"))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Figures::Texts(texts)) => texts.join(" · "),
    }
}

/// The touchpoints' signifier answers, one row per question.
fn signifier_summary(j: &Journey, language: Lang) -> impl IntoView + use<> {
    let rows = summarise(
        &j.touchpoint_set,
        j.touchpoints.iter().map(|t| &t.answers),
        language,
    )
    .into_iter()
    .map(|s| {
        let (prompt, answered, not_applicable) = (s.prompt.clone(), s.answered, s.not_applicable);
        view! {
            <tr>
                <td>{prompt}</td>
                <td>{answered}</td>
                <td>{not_applicable}</td>
                <td>{figures(s, language)}</td>
            </tr>
        }
    })
    .collect_view();
    view! {
        <section>
            <h2>{text(Msg::SignifierSummary)}</h2>
            <table class="report-table">
                <thead><tr>
                    <th>{text(Msg::Prompt)}</th><th>{text(Msg::Answered)}</th><th>{text(Msg::NotApplicable)}</th><th></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
