//! The assistant's word lists as the user extends them: agencies, channels and feeling words,
//! one `woord = betekenis` per line, kept on this device. A line that cannot be read is named
//! with its list and number, and nothing is kept until it is mended.

use crate::browser::{pref, set_pref};
use crate::components::field::TextField;
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::state::notices::NO_ARGS;
use crate::state::session::{OWN_WORDS_PREF, use_session};
use klantreis_core::assist::{LineError, LineProblem, OwnWords, WordList};
use leptos::prelude::*;

fn problem_words(e: &LineError, lang: Lang) -> String {
    let list = match e.list {
        WordList::Agencies => Msg::OwnAgencies,
        WordList::Channels => Msg::OwnChannels,
        WordList::Feelings => Msg::OwnFeelings,
    };
    let why = match e.problem {
        LineProblem::NoMeaning => Msg::LineNoMeaning,
        LineProblem::NotAFeeling => Msg::LineNotAFeeling,
    };
    lang.text_with(
        Msg::OwnWordsProblem,
        &[
            lang.text(list).to_owned(),
            e.line.to_string(),
            lang.text(why).to_owned(),
        ],
    )
}

#[component]
pub fn OwnWordsEditor() -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let draft = RwSignal::new(session.own_words.get_untracked());
    // The stored words this editor started from: another tab may save meanwhile.
    let base = StoredValue::new(pref(OWN_WORDS_PREF));
    let problems = RwSignal::new(Vec::<LineError>::new());
    let save = move |_| {
        let mut words = draft.get_untracked();
        let found = words.problems();
        if found.is_empty() {
            let stored = pref(OWN_WORDS_PREF);
            let merged = stored != base.get_value();
            if merged {
                let theirs: OwnWords = stored
                    .and_then(|json| serde_json::from_str(&json).ok())
                    .unwrap_or_default();
                words = words.merged_with(&theirs);
                draft.set(words.clone());
            }
            let json = serde_json::to_string(&words).unwrap_or_default();
            set_pref(OWN_WORDS_PREF, &json);
            base.set_value(Some(json));
            session.own_words.set(words);
            let said = if merged {
                Msg::OwnWordsMerged
            } else {
                Msg::OwnWordsSaved
            };
            session.app.notices.info(said, NO_ARGS, None);
        }
        problems.set(found);
    };
    let field = move |label: Msg,
                      hint: Msg,
                      get: fn(&OwnWords) -> String,
                      put: fn(&mut OwnWords, String)| {
        view! {
            <TextField label=label hint=hint multiline=true
                value=Signal::derive(move || draft.with(get))
                on_input=move |v: String| draft.update(|d| put(d, v))/>
        }
    };
    view! {
        <details class="own-words">
            <summary>{text(Msg::OwnWordsTitle)}</summary>
            <p class="muted">{text(Msg::OwnWordsHint)}</p>
            {field(Msg::OwnAgencies, Msg::OwnAgenciesHint, |d| d.agencies.clone(), |d, v| d.agencies = v)}
            {field(Msg::OwnChannels, Msg::OwnChannelsHint, |d| d.channels.clone(), |d, v| d.channels = v)}
            {field(Msg::OwnFeelings, Msg::OwnFeelingsHint, |d| d.feelings.clone(), |d, v| d.feelings = v)}
            <div role="alert">
                <Show when=move || !problems.with(Vec::is_empty)>
                    <ul class="own-words-problems">
                        {move || problems.get().iter().map(|e| view! { <li>{problem_words(e, lang.get())}</li> }).collect_view()}
                    </ul>
                </Show>
            </div>
            <button type="button" class="button" on:click=save>{text(Msg::OwnWordsSave)}</button>
        </details>
    }
}
