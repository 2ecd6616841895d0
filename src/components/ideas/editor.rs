//! One idea's fields beside the matrix: what it is, its scores, who owns it, how far it has
//! come, the opportunity it answers and its evidence (touchpoints and their pain points).

use crate::components::field::{SelectField, TextField};
use crate::i18n::{Msg, text, use_i18n};
use crate::state::notices::NO_ARGS;
use crate::state::session::{Session, use_session};
use klantreis_core::idea::{Score, Status};
use klantreis_core::{Command, Id, Idea};
use leptos::prelude::*;

#[component]
pub fn IdeaEditor(id: Id) -> impl IntoView {
    let session = use_session();
    let id = StoredValue::new(id);
    let idea = Memo::new(move |_| {
        session.with_journey(|j| j.ideas.iter().find(|i| i.id == id.get_value()).cloned())
    });
    let field = move |f: fn(&Idea) -> String| {
        Signal::derive(move || idea.with(|i| i.as_ref().map(f).unwrap_or_default()))
    };
    let typing = move |name: &'static str, set: fn(&mut Idea, String)| {
        Callback::new(move |v: String| {
            edit_idea(session, &id.get_value(), Some(name), |i| set(i, v))
        })
    };
    let remove = move |_| {
        let command = session.with_journey_untracked(|j| Command::remove_idea(j, &id.get_value()));
        session.apply(command);
        session.idea.set(None);
        session.app.notices.info(
            Msg::IdeaRemoved,
            NO_ARGS,
            Some(std::sync::Arc::new(move || session.undo())),
        );
    };
    view! {
        <Show when=move || idea.with(Option::is_some)>
            <div class="idea-editor" role="group" aria-label=text(Msg::IdeaTitle)>
                <TextField label=Msg::IdeaTitle value=field(|i| i.title.clone()) on_input=typing("title", |i, v| i.title = v)/>
                <TextField label=Msg::IdeaDescription multiline=true value=field(|i| i.description.clone()) on_input=typing("description", |i, v| i.description = v)/>
                <Scores id=id idea=idea/>
                <TextField label=Msg::IdeaOwner value=field(|i| i.owner.clone()) on_input=typing("owner", |i, v| i.owner = v)/>
                <OpportunityChoice id=id idea=idea/>
                <Evidence id=id idea=idea/>
                <div class="detail-danger">
                    <button type="button" class="button button-danger" on:click=remove>{text(Msg::RemoveIdea)}</button>
                </div>
            </div>
        </Show>
    }
}

/// Impact, effort and status: three selects in a row.
#[component]
fn Scores(id: StoredValue<Id>, idea: Memo<Option<Idea>>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let scores = Signal::derive(|| {
        Score::ALL
            .iter()
            .map(|s| (s.value().to_string(), s.value().to_string()))
            .collect::<Vec<_>>()
    });
    let statuses = Signal::derive(move || {
        let language = lang.get();
        Status::ALL
            .iter()
            .map(|s| (s.key().to_owned(), language.text(s.msg()).to_owned()))
            .collect::<Vec<_>>()
    });
    let read = move |f: fn(&Idea) -> String| {
        Signal::derive(move || idea.with(|i| i.as_ref().map(f).unwrap_or_default()))
    };
    let score = move |v: &str| v.parse::<i64>().ok().and_then(|v| Score::new(v).ok());
    let edit = move |f: Box<dyn FnOnce(&mut Idea)>| edit_idea(session, &id.get_value(), None, f);
    view! {
        <div class="field-row">
            <SelectField label=Msg::IdeaImpact options=scores value=read(|i| i.impact.value().to_string())
                on_change=move |v: String| if let Some(s) = score(&v) { edit(Box::new(move |i| i.impact = s)) }/>
            <SelectField label=Msg::IdeaEffort options=scores value=read(|i| i.effort.value().to_string())
                on_change=move |v: String| if let Some(s) = score(&v) { edit(Box::new(move |i| i.effort = s)) }/>
            <SelectField label=Msg::IdeaStatus options=statuses value=read(|i| i.status.key().to_owned())
                on_change=move |v: String| if let Some(s) = Status::from_key(&v) { edit(Box::new(move |i| i.status = s)) }/>
        </div>
    }
}

/// The opportunity the idea answers: any of the journey's. The idea's own stays listed after
/// its touchpoint rewords or drops it.
#[component]
fn OpportunityChoice(id: StoredValue<Id>, idea: Memo<Option<Idea>>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let own = move || {
        idea.with(|i| {
            i.as_ref()
                .map(|i| i.opportunity.clone())
                .unwrap_or_default()
        })
    };
    let options = Signal::derive(move || {
        let none = (
            String::new(),
            lang.get().text(Msg::IdeaNoOpportunity).to_owned(),
        );
        let own = own();
        session.with_journey(|j| {
            let mut all: Vec<String> = Vec::new();
            let every = j.touchpoints.iter().flat_map(|t| t.opportunities.iter());
            for o in every.chain(std::iter::once(&own)) {
                if !o.is_empty() && !all.contains(o) {
                    all.push(o.clone());
                }
            }
            std::iter::once(none)
                .chain(all.into_iter().map(|o| (o.clone(), o)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <SelectField label=Msg::IdeaOpportunity options=options value=Signal::derive(own)
            on_change=move |v: String| edit_idea(session, &id.get_value(), None, |i| i.opportunity = v)/>
    }
}

/// `list` with `item` in it (at the end) or not.
fn toggled<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    list.retain(|x| *x != item);
    if on {
        list.push(item);
    }
}

/// The touchpoints the idea answers and, of those, the pain points it answers: checkboxes, so
/// the evidence is chosen from what the map holds and never typed again.
#[component]
fn Evidence(id: StoredValue<Id>, idea: Memo<Option<Idea>>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let linked = move |t: &Id| idea.with(|i| i.as_ref().is_some_and(|i| i.touchpoints.contains(t)));
    let answers = move |p: &str| {
        idea.with(|i| {
            i.as_ref()
                .is_some_and(|i| i.pain_points.iter().any(|x| x == p))
        })
    };
    let step = move |t: Id, on: bool| {
        edit_idea(session, &id.get_value(), None, |i| {
            toggled(&mut i.touchpoints, t, on)
        })
    };
    let pain = move |p: String, on: bool| {
        edit_idea(session, &id.get_value(), None, |i| {
            toggled(&mut i.pain_points, p, on)
        })
    };
    // Drawn again only when a step's title or pain points change, not on every key press.
    let data = Memo::new(move |_| {
        session.with_journey(|j| {
            j.touchpoints
                .iter()
                .map(|t| (t.id.clone(), t.title.clone(), t.pain_points.clone()))
                .collect::<Vec<_>>()
        })
    });
    let steps = move || {
        let language = lang.get();
        data.get()
            .into_iter()
            .enumerate()
            .map(|(n, (tid, title, pain_points))| {
                let pains = pain_points
                    .into_iter()
                    .map(|p| {
                        let (shown, named) = (p.clone(), p.clone());
                        view! {
                            <label class="check">
                                <input type="checkbox" prop:checked=move || answers(&named)
                                    on:change:target=move |ev| pain(p.clone(), ev.target().checked())/>
                                <span>{shown}</span>
                            </label>
                        }
                    })
                    .collect::<Vec<_>>();
                let (shown, toggled) = (tid.clone(), tid.clone());
                let pains = (!pains.is_empty()).then(|| view! {
                    <div class="idea-pains" role="group"
                        aria-label=language.text(Msg::IdeaPainPoints) hidden=move || !linked(&shown)>
                        {pains.collect_view()}
                    </div>
                });
                view! {
                    <li>
                        <label class="check">
                            <input type="checkbox" prop:checked=move || linked(&tid)
                                on:change:target=move |ev| step(toggled.clone(), ev.target().checked())/>
                            <span>{format!("{}. {title}", n + 1)}</span>
                        </label>
                        {pains}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="idea-evidence">
            <legend>{text(Msg::IdeaEvidence)}</legend>
            <ul class="plain-list">{steps}</ul>
        </fieldset>
    }
}

/// Changes idea `id`; `typing` names the field while keystrokes merge into one undo step.
fn edit_idea(session: Session, id: &Id, typing: Option<&str>, f: impl FnOnce(&mut Idea)) {
    let command = session.with_journey_untracked(|j| {
        let mut idea = j.ideas.iter().find(|i| i.id == *id)?.clone();
        f(&mut idea);
        Some(Command::put_idea(j, idea))
    });
    if let Some(command) = command {
        session.edit(command, typing.map(|field| format!("idea:{id}:{field}")));
    }
}
