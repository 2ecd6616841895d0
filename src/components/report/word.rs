//! "Downloaden als Word": the report or the gekanteld verslag as a .docx, written by the Word
//! worker (fetched on first use) from the journey as it is on screen, unsaved edits included.

use crate::components::transfer::worker::{WordReport, WorkerError, word};
use crate::files::{download_bytes, file_name};
use crate::i18n::{Msg, text};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos::task::spawn_local;

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[component]
pub fn WordButton(kind: WordReport) -> impl IntoView {
    let session = use_session();
    let busy = RwSignal::new(false);
    let go = move |_| {
        let (journey, title) = session
            .with_journey_untracked(|j| (klantreis_core::format::to_json(j), j.title.clone()));
        let suffix = match kind {
            WordReport::Report => "verslag",
            WordReport::Retold => "gekanteld-verslag",
        };
        let name = file_name(&format!("{title} {suffix}"), "docx");
        let lang = session.app.lang.get_untracked();
        let notices = session.app.notices;
        busy.set(true);
        spawn_local(async move {
            let written = word(kind, journey, lang).await.and_then(|bytes| {
                download_bytes(&name, DOCX_MIME, &bytes)
                    .map_err(|e| WorkerError::Failed(format!("{e:?}")))
            });
            busy.set(false);
            if let Err(e) = written {
                notices.error(Msg::WordFailed, vec![e.to_string()]);
            }
        });
    };
    view! {
        <button type="button" class="button" disabled=move || busy.get() on:click=go>
            {text(Msg::WordDownload)}
        </button>
    }
}
