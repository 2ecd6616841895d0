//! The stories (interviews) of a journey: list, edit, take quotes into touchpoints, answer
//! the story signifiers, and start the vertelpunt.

mod editor;
mod marks;
mod offers;
mod own_words;
mod transcript;

pub use editor::edit_story;
pub use offers::Offers;
mod script;

use crate::browser::new_id;
use crate::i18n::{Counted, Lang, Msg, text, use_i18n};
use crate::labels;
use crate::state::session::{Session, use_session};
use editor::StoryEditor;
use klantreis_core::{Command, Id, NaiveDate, Story, Teller};
use leptos::prelude::*;
use script::ScriptEditor;

/// Today's date in the browser's time zone.
fn today() -> Option<klantreis_core::NaiveDate> {
    let d = js_sys::Date::new_0();
    klantreis_core::NaiveDate::from_ymd_opt(
        d.get_full_year() as i32,
        d.get_month() + 1,
        d.get_date(),
    )
}

/// Adds an empty story told by `teller` and returns its id.
pub fn add_story(session: Session, teller: Teller) -> Id {
    let story = Story {
        id: new_id(),
        teller,
        date: today(),
        title: String::new(),
        text: String::new(),
        answers: Default::default(),
        marks: Vec::new(),
    };
    let id = story.id.clone();
    let index = session.with_journey(|j| j.stories.len());
    session.apply(Command::AddStory { story, index });
    id
}

#[component]
pub fn StoriesView() -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let stories = Memo::new(move |_| {
        session.with_journey(|j| {
            j.stories
                .iter()
                .map(|s| {
                    let linked = j
                        .touchpoints
                        .iter()
                        .filter(|t| t.story.as_ref() == Some(&s.id))
                        .count();
                    (s.id.clone(), s.title.clone(), s.teller, s.date, linked)
                })
                .collect::<Vec<_>>()
        })
    });
    // Only a change of the selected story rebuilds the editor (not every keystroke in it).
    let current = Memo::new(move |_| {
        session
            .story
            .get()
            .filter(|id| session.with_journey(|j| j.story(id).is_some()))
    });
    let new_story = move |_| {
        let id = add_story(session, Teller::Client);
        session.story.set(Some(id));
    };
    let start_vertelpunt = move |_| {
        let id = add_story(session, Teller::Client);
        session.story.set(Some(id.clone()));
        session.client.set(Some(id));
    };
    view! {
        <div class="stories">
            <aside class="story-list" aria-labelledby="stories-title">
                <h2 id="stories-title">{text(Msg::StoriesView)}</h2>
                <div class="story-list-actions">
                    <button type="button" class="button" on:click=new_story>"+ " {text(Msg::NewStory)}</button>
                    <button type="button" class="button button-primary" on:click=start_vertelpunt>{text(Msg::StartVertelpunt)}</button>
                </div>
                <p class="field-hint">{text(Msg::VertelpuntIntro)}</p>
                <Show when=move || !stories.with(Vec::is_empty) fallback=|| view! { <p class="muted">{text(Msg::NoStories)}</p> }>
                    <ul>
                        {move || {
                            let language = lang.get();
                            stories
                                .get()
                                .into_iter()
                                .map(|(id, title, teller, date, linked)| story_item(session, language, id, (title, teller, date, linked)))
                                .collect_view()
                        }}
                    </ul>
                </Show>
                <ScriptEditor/>
            </aside>
            <section class="story-main">
                {move || current.get().map(|id| view! { <StoryEditor id=id/> })}
            </section>
        </div>
    }
}

/// One story in the list: its title, teller, date and how many touchpoints quote it.
fn story_item(
    session: Session,
    language: Lang,
    id: Id,
    (title, teller, date, linked): (String, Teller, Option<NaiveDate>, usize),
) -> impl IntoView + use<> {
    let selected = {
        let id = id.clone();
        move || session.story.with(|s| s.as_ref() == Some(&id))
    };
    let title = if title.trim().is_empty() {
        language.text(Msg::StoryUntitled).to_owned()
    } else {
        title
    };
    view! {
        <li>
            <button
                type="button"
                class="story-item"
                aria-pressed=move || if selected() { "true" } else { "false" }
                on:click=move |_| session.story.set(Some(id.clone()))
            >
                <span class="story-item-title">{title}</span>
                <span class="story-item-meta">
                    {language.text(labels::teller(teller))}
                    {date.map(|d| format!(" · {}", crate::labels::date(d, language)))}
                    {format!(" · {}", language.count(Counted::Touchpoints, linked))}
                </span>
            </button>
        </li>
    }
}
