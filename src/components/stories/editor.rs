//! One story (interview) being edited: teller, date, title, text, its signifiers, and quotes
//! taken from a selection.

use super::marks::{StoryMarks, mark_selection};
use super::offers::Offers;
use super::own_words::OwnWordsEditor;
use super::transcript::OpenTranscript;
use crate::components::field::{DateField, SelectField, TextField, control_id};
use crate::components::signifier::{AnswerList, QuestionChange, apply_change};
use crate::i18n::{Msg, text, use_i18n};
use crate::labels;
use crate::state::notices::NO_ARGS;
use crate::state::session::{Session, use_session};
use klantreis_core::{Command, Id, MarkKind, Story, Teller};
use leptos::html;
use leptos::prelude::*;

/// Applies a change to the story; `typing` names the field while keystrokes merge into one
/// undo step. Client mode edits stories through this too.
pub fn edit_story(session: Session, id: &Id, typing: Option<String>, f: impl FnOnce(&mut Story)) {
    let Some(mut story) = session.with_journey(|j| j.story(id).cloned()) else {
        return;
    };
    f(&mut story);
    session.edit(
        Command::UpdateStory(story),
        typing.map(|field| format!("story:{id}:{field}")),
    );
}

fn edit(session: Session, id: &Id, typing: Option<&str>, f: impl FnOnce(&mut Story)) {
    edit_story(session, id, typing.map(str::to_owned), f)
}

/// The story's text field of `story`, empty while it loads or after it is gone.
fn story_field(story: Memo<Option<Story>>, f: fn(&Story) -> String) -> Signal<String> {
    Signal::derive(move || story.with(|s| s.as_ref().map(f).unwrap_or_default()))
}

#[component]
pub fn StoryEditor(id: Id) -> impl IntoView {
    let session = use_session();
    let id = StoredValue::new(id);
    let story = Memo::new(move |_| session.with_journey(|j| j.story(&id.get_value()).cloned()));
    let delete = move |_| {
        session.apply(Command::RemoveStory { id: id.get_value() });
        session.story.set(None);
        session.app.notices.info(
            Msg::StoryDeleted,
            NO_ARGS,
            Some(std::sync::Arc::new(move || session.undo())),
        );
    };
    view! {
        <div class="story-editor">
            <StoryHead id=id story=story/>
            <StoryText id=id story=story/>
            <LinkedTouchpoints id=id/>
            <StorySignifiers id=id story=story/>
            <OwnWordsEditor/>
            <div class="detail-danger">
                <button type="button" class="button button-danger" on:click=delete>{text(Msg::DeleteStory)}</button>
            </div>
        </div>
    }
}

/// Title, teller and date.
#[component]
fn StoryHead(id: StoredValue<Id>, story: Memo<Option<Story>>) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let tellers = Signal::derive(move || {
        let language = lang.get();
        Teller::ALL
            .iter()
            .map(|t| {
                (
                    t.key().to_owned(),
                    language.text(labels::teller(*t)).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });
    view! {
        <div class="story-head">
            <TextField label=Msg::StoryTitle value=story_field(story, |s| s.title.clone())
                on_input=move |v: String| edit(session, &id.get_value(), Some("title"), |s| s.title = v)/>
            <SelectField label=Msg::Teller options=tellers value=story_field(story, |s| s.teller.key().to_owned())
                on_change=move |v: String| edit(session, &id.get_value(), None, |s| {
                    if let Some(t) = Teller::from_key(&v) { s.teller = t; }
                })/>
            <DateField label=Msg::StoryDate value=Signal::derive(move || story.with(|s| s.as_ref().and_then(|s| s.date)))
                on_change=move |d| edit(session, &id.get_value(), None, |s| s.date = d)/>
        </div>
    }
}

/// The interview text, and a selection in it taken as a touchpoint's quote.
#[component]
fn StoryText(id: StoredValue<Id>, story: Memo<Option<Story>>) -> impl IntoView {
    let session = use_session();
    let touchpoints = Signal::derive(move || {
        session.with_journey(|j| {
            j.touchpoints
                .iter()
                .map(|t| (t.id.to_string(), t.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let target = RwSignal::new(String::new());
    let text_area = NodeRef::<html::Textarea>::new();
    let text_id = control_id();
    let mark_as = move |kind: MarkKind| {
        let Some(area) = text_area.get_untracked() else {
            return;
        };
        let to = match target.get_untracked() {
            t if t.is_empty() => touchpoints
                .get_untracked()
                .first()
                .map(|(id, _)| id.clone()),
            t => Some(t),
        };
        if let Some(went) = mark_selection(session, &id.get_value(), &area, kind, to.map(Id::new)) {
            // The next marks go to the same step, and its offers show below.
            target.set(went.to_string());
        }
    };
    let offered = Signal::derive(move || {
        match target.get() {
            t if t.is_empty() => touchpoints.with(|l| l.first().map(|(id, _)| id.clone())),
            t => Some(t),
        }
        .map(Id::new)
    });
    // Pressing a button must not take the selection away from the text first.
    let keep = |ev: web_sys::MouseEvent| ev.prevent_default();
    view! {
        <div class="field story-text">
            <div class="story-text-head">
                <label class="field-label" for=text_id.clone()>{text(Msg::StoryText)}</label>
                <OpenTranscript id=id/>
            </div>
            <textarea
                id=text_id
                node_ref=text_area
                rows="12"
                prop:value=story_field(story, |s| s.text.clone())
                on:input:target=move |ev| {
                    let v = ev.target().value();
                    edit(session, &id.get_value(), Some("text"), |s| s.set_text(v))
                }
            ></textarea>
        </div>
        <div class="quote-take">
            <button type="button" class="button" on:mousedown=keep on:click=move |_| mark_as(MarkKind::Touchpoint)>
                "+ " {text(Msg::MarkAsTouchpoint)}
            </button>
            <SelectField label=Msg::QuoteTarget options=touchpoints value=target on_change=move |v| target.set(v)/>
            {[
                (MarkKind::Quote, "❝ ", Msg::UseSelectionAsQuote),
                (MarkKind::PainPoint, "", Msg::MarkAsPainPoint),
                (MarkKind::Opportunity, "", Msg::MarkAsOpportunity),
                (MarkKind::Feeling, "", Msg::MarkAsFeeling),
                (MarkKind::Waiting, "", Msg::MarkAsWaiting),
            ].map(|(kind, sign, label)| view! {
                <button type="button" class="button" on:mousedown=keep on:click=move |_| mark_as(kind)>
                    {sign} {text(label)}
                </button>
            })}
        </div>
        <Offers touchpoint=offered/>
        <StoryMarks story=story area=text_area/>
    }
}

/// The touchpoints that quote this story.
#[component]
fn LinkedTouchpoints(id: StoredValue<Id>) -> impl IntoView {
    let session = use_session();
    let linked = Memo::new(move |_| {
        session.with_journey(|j| {
            j.touchpoints
                .iter()
                .filter(|t| t.story.as_ref() == Some(&id.get_value()))
                .map(|t| t.title.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <p class="linked">
            <strong>{text(Msg::LinkedTouchpoints)} ": "</strong>
            {move || {
                let list = linked.get();
                if list.is_empty() { text(Msg::NoneLinked)().to_owned() } else { list.join(", ") }
            }}
        </p>
    }
}

/// The story's signifier answers, and the way into client mode to answer them with the client.
#[component]
fn StorySignifiers(id: StoredValue<Id>, story: Memo<Option<Story>>) -> impl IntoView {
    let session = use_session();
    let questions = Memo::new(move |_| {
        session.with_journey(|j| j.story_set.asked().cloned().collect::<Vec<_>>())
    });
    let open_client = move |_| session.client.set(Some(id.get_value()));
    view! {
        <section class="signifiers" aria-labelledby="story-signifiers-title">
            <div class="section-head">
                <h3 id="story-signifiers-title" class="detail-subtitle">{text(Msg::StorySignifiers)}</h3>
                <button type="button" class="button button-primary" on:click=open_client>{text(Msg::ContinueInVertelpunt)}</button>
            </div>
            <AnswerList
                questions=questions
                answers=Signal::derive(move || story.with(|s| s.as_ref().map(|s| s.answers.clone()).unwrap_or_default()))
                on_change=move |change: QuestionChange| {
                    let key = format!("answer:{}", change.0);
                    let merge = change.2;
                    edit(session, &id.get_value(), merge.then_some(key.as_str()), |s| apply_change(&mut s.answers, change))
                }
            />
        </section>
    }
}
