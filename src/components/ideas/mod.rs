//! The ideas view (Ideeën): ideas that answer the journey's opportunities, placed in the
//! impact × effort matrix, edited beside it, and listed best first.

mod editor;
mod matrix;

pub use matrix::PriorityMatrix;

use crate::browser::new_id;
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::state::session::{EditorView, Session, use_session};
use editor::IdeaEditor;
use klantreis_core::idea::ranked;
use klantreis_core::{Command, Id, Idea, Journey};
use leptos::prelude::*;

#[component]
pub fn IdeasView() -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let ideas = Memo::new(move |_| session.with_journey(|j| j.ideas.clone()));
    let none = move || ideas.with(Vec::is_empty);
    let add = move |_| {
        let title = lang.get_untracked().text(Msg::NewIdeaTitle);
        new_idea(session, title, None);
    };
    view! {
        <section class="ideas" aria-labelledby="ideas-title">
            <div class="ideas-head">
                <h2 id="ideas-title">{text(Msg::IdeasView)}</h2>
                <button type="button" class="button button-primary" on:click=add>{text(Msg::AddIdea)}</button>
            </div>
            <Show when=none>
                <p class="ideas-empty">{text(Msg::NoIdeasYet)}</p>
            </Show>
            <div class="ideas-work">
                <PriorityMatrix ideas=ideas open=session.idea/>
                {move || session.idea.get().map(|id| view! { <IdeaEditor id=id/> })}
            </div>
            <IdeasTable/>
        </section>
    }
}

/// A new idea, stored and opened in the ideas view: for `from` = (touchpoint, opportunity)
/// it answers that opportunity with that step as its evidence.
pub fn new_idea(session: Session, title: &str, from: Option<(Id, String)>) {
    let mut idea = Idea::new(new_id(), title);
    if let Some((touchpoint, opportunity)) = from {
        idea.touchpoints = vec![touchpoint];
        idea.opportunity = opportunity;
    }
    let id = idea.id.clone();
    let command = session.with_journey_untracked(|j| Command::put_idea(j, idea));
    session.apply(command);
    session.idea.set(Some(id));
    session.view.set(EditorView::Ideas);
}

#[component]
fn IdeasTable() -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    move || session.with_journey(|j| ideas_table(j, lang.get(), Some(session.idea)))
}

/// Every idea, the best first: what the ideas view, the report and a plenary read. With
/// `open`, each title is a button that opens the idea there.
pub fn ideas_table(
    j: &Journey,
    language: Lang,
    open: Option<RwSignal<Option<Id>>>,
) -> Option<impl IntoView + use<>> {
    if j.ideas.is_empty() {
        return None;
    }
    let rows = ranked(&j.ideas)
        .into_iter()
        .map(|i| {
            let id = i.id.clone();
            let evidence: Vec<&str> = j.titles_of(&i.touchpoints).collect();
            let title = match open {
                Some(open) => view! {
                    <button type="button" class="link-button" on:click=move |_| open.set(Some(id.clone()))>
                        {i.title.clone()}
                    </button>
                }
                .into_any(),
                None => i.title.clone().into_any(),
            };
            view! {
                <tr>
                    <th scope="row">{title}</th>
                    <td>{i.impact.value()}</td>
                    <td>{i.effort.value()}</td>
                    <td>{language.text(i.quadrant().msg())}</td>
                    <td>{language.text(i.status.msg())}</td>
                    <td>{i.owner.clone()}</td>
                    <td>{i.opportunity.clone()}</td>
                    <td>{evidence.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    Some(view! {
        <table class="report-table ideas-table">
            <caption>{language.text(Msg::IdeasTable)}</caption>
            <thead><tr>
                <th scope="col">{language.text(Msg::ColIdea)}</th>
                <th scope="col">{language.text(Msg::ColImpact)}</th>
                <th scope="col">{language.text(Msg::ColEffort)}</th>
                <th scope="col">{language.text(Msg::ColQuadrant)}</th>
                <th scope="col">{language.text(Msg::ColStatus)}</th>
                <th scope="col">{language.text(Msg::ColOwner)}</th>
                <th scope="col">{language.text(Msg::ColOpportunity)}</th>
                <th scope="col">{language.text(Msg::ColEvidence)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    })
}

/// Under a touchpoint's opportunities in its panel: per opportunity, its ideas by title and a
/// button that starts a new one answering it, with this step as evidence.
#[component]
pub fn OpportunityIdeas(id: StoredValue<Id>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let data = Memo::new(move |_| {
        session.with_journey(|j| {
            let Some(t) = j.touchpoint(&id.get_value()) else {
                return Vec::new();
            };
            t.opportunities
                .iter()
                .map(|o| {
                    let ideas: Vec<(Id, String)> = j
                        .ideas
                        .iter()
                        .filter(|i| i.opportunity == *o)
                        .map(|i| (i.id.clone(), i.title.clone()))
                        .collect();
                    (o.clone(), ideas)
                })
                .collect::<Vec<_>>()
        })
    });
    let open = move |idea: Id| {
        session.idea.set(Some(idea));
        session.view.set(EditorView::Ideas);
    };
    move || {
        let language = lang.get();
        let items = data
            .get()
            .into_iter()
            .map(|(opportunity, ideas)| {
                let label = format!("{}: {opportunity}", language.text(Msg::IdeaFromOpportunity));
                let from = opportunity.clone();
                let add = move |_| {
                    let title = lang.get_untracked().text(Msg::NewIdeaTitle);
                    new_idea(session, title, Some((id.get_value(), from.clone())));
                };
                let ideas = ideas
                    .into_iter()
                    .map(|(idea, title)| view! {
                        <button type="button" class="idea-chip" on:click=move |_| open(idea.clone())>{title}</button>
                    })
                    .collect_view();
                view! {
                    <li>
                        <span class="opportunity-text">{opportunity}</span>
                        {ideas}
                        <button type="button" class="button button-small" aria-label=label on:click=add>
                            "+ " {language.text(Msg::IdeaTitle)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="plain-list opportunity-ideas">{items}</ul> }
    }
}
