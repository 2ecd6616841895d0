//! Moving journeys between browsers without a server: export to a file, import from one.

mod import;
mod personas;
pub mod worker;

pub use import::ImportControl;

use crate::browser::now_ms;
use crate::files::{download, download_bytes, file_name};
use crate::i18n::{Lang, Msg};
use crate::state::AppState;
use klantreis_core::export::csv;
use klantreis_core::{Id, Journey, file};
use leptos::prelude::WithUntracked;
use leptos::task::spawn_local;

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// What to make of the chosen journeys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// Our own file, for import elsewhere.
    File,
    TouchpointsCsv,
    StoriesCsv,
    /// One XLSX workbook: journeys, touchpoints, stories and signifiers.
    Workbook,
}

/// Loads the given journeys and downloads them as `kind`; `name` becomes the file name.
pub fn export(app: AppState, ids: Vec<Id>, name: String, kind: Export, lang: Lang) {
    let Some(library) = app.library() else { return };
    let list: Vec<_> = app.summaries.with_untracked(|all| {
        all.iter()
            .filter(|s| ids.contains(&s.id))
            .cloned()
            .collect()
    });
    spawn_local(async move {
        match library.load_readable(&list, |_| {}).await {
            Ok((journeys, unreadable)) => {
                if !unreadable.is_empty() {
                    let names = unreadable.into_iter().map(|s| s.title).collect::<Vec<_>>();
                    app.notices
                        .error(Msg::SkippedUnreadable, vec![names.join(", ")]);
                }
                download_as(app, &journeys, &name, kind, lang);
            }
            Err(e) => app.report(e),
        }
    });
}

/// The personas a file of `journeys` carries: those they link to, and every persona when
/// the file holds the whole library (a backup keeps personas without journeys too).
fn personas_of(app: AppState, journeys: &[Journey]) -> Vec<klantreis_core::Persona> {
    let whole = app.summaries.with_untracked(Vec::len) == journeys.len();
    if whole {
        app.personas.all()
    } else {
        app.personas
            .linked(journeys.iter().filter_map(|j| j.persona.id.clone()))
    }
}

/// Downloads journeys already in hand (the one open in the editor, with edits not yet saved).
pub fn download_as(app: AppState, journeys: &[Journey], name: &str, kind: Export, lang: Lang) {
    let (text, extension, mime) = match kind {
        Export::Workbook => {
            let name = file_name(name, "xlsx");
            let text = file::write_with(journeys, &personas_of(app, journeys), now_ms());
            spawn_local(async move {
                let written = worker::workbook(text, lang).await.and_then(|bytes| {
                    download_bytes(&name, XLSX_MIME, &bytes)
                        .map_err(|e| worker::WorkerError::Failed(format!("{e:?}")))
                });
                if let Err(e) = written {
                    app.notices.error(Msg::WorkbookFailed, vec![e.to_string()]);
                }
            });
            return;
        }
        Export::File => (
            file::write_with(journeys, &personas_of(app, journeys), now_ms()),
            "klantreis.json",
            "application/json",
        ),
        Export::TouchpointsCsv => (
            csv::touchpoints(journeys, lang),
            "contactmomenten.csv",
            "text/csv",
        ),
        Export::StoriesCsv => (csv::stories(journeys, lang), "verhalen.csv", "text/csv"),
    };
    if let Err(e) = download(&file_name(name, extension), mime, &text) {
        app.notices
            .error(Msg::DownloadFailed, vec![format!("{e:?}")]);
    }
}
