//! An interview's text opened from a file: plain text or Markdown read here, a Word document
//! by the Word worker (fetched on first use). The text goes after what the story holds, so
//! nothing typed or marked is replaced; one undo takes it out again.

use crate::components::transfer::worker::word_text;
use crate::files::read_bytes;
use crate::i18n::{Msg, text};
use crate::state::session::{Session, use_session};
use klantreis_core::validate::MAX_STORY;
use klantreis_core::{Command, Id};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// The text of `file`: a .docx through the worker, anything else as UTF-8 text.
async fn read(file: &web_sys::File) -> Result<String, String> {
    if file.size() > klantreis_core::format::MAX_BYTES as f64 {
        return Err(format!("{} MB", file.size() as u64 / 1_000_000));
    }
    let bytes = read_bytes(file).await.map_err(|e| format!("{e:?}"))?;
    if file.name().to_lowercase().ends_with(".docx") {
        word_text(bytes).await.map_err(|e| e.to_string())
    } else {
        Ok(klantreis_core::text::decode(&bytes).0)
    }
}

/// Adds `words` after the story's text, as one step of undo.
fn add(session: Session, id: &Id, name: String, words: String) {
    let Some(mut story) = session.with_journey_untracked(|j| j.story(id).cloned()) else {
        return;
    };
    let words = words.trim().to_owned();
    let joined = if story.text.trim().is_empty() {
        words
    } else {
        format!("{}\n\n{words}", story.text.trim_end())
    };
    if joined.chars().count() > MAX_STORY {
        let most = session.app.lang.get_untracked().number(MAX_STORY as f64);
        session
            .app
            .notices
            .error(Msg::TranscriptTooLong, vec![name, most]);
        return;
    }
    story.set_text(joined);
    session.apply(Command::UpdateStory(story));
    session.app.notices.info(
        Msg::TranscriptAdded,
        vec![name],
        Some(std::sync::Arc::new(move || session.undo())),
    );
}

/// "Tekst uit bestand": a file chooser for .txt, .md and .docx.
#[component]
pub fn OpenTranscript(id: StoredValue<Id>) -> impl IntoView {
    let session = use_session();
    let busy = RwSignal::new(false);
    let on_file = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // The same file can be chosen again.
        input.set_value("");
        busy.set(true);
        spawn_local(async move {
            let read = read(&file).await;
            busy.set(false);
            match read {
                Ok(words) => add(session, &id.get_value(), file.name(), words),
                Err(why) => session
                    .app
                    .notices
                    .error(Msg::TranscriptFailed, vec![file.name(), why]),
            }
        });
    };
    view! {
        <label class="button button-small">
            {move || if busy.get() { text(Msg::TranscriptReading)() } else { text(Msg::OpenTranscript)() }}
            <input type="file" class="visually-hidden" on:change=on_file
                accept=".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"/>
        </label>
    }
}
