//! Moving journeys between browsers without a server: export to a file, import from one.

mod import;

pub use import::ImportControl;

use crate::browser::now_ms;
use crate::files::{download, file_name};
use crate::i18n::Msg;
use crate::state::AppState;
use klantreis_core::{Id, file};
use leptos::task::spawn_local;

/// Downloads the given journeys as one file; `name` is the file's title.
pub fn export(app: AppState, ids: Vec<Id>, name: String) {
    let Some(library) = app.library() else { return };
    spawn_local(async move {
        let mut journeys = Vec::with_capacity(ids.len());
        for id in &ids {
            match library.load(id).await {
                Ok(stored) => journeys.push(stored.journey),
                Err(e) => return app.report(e),
            }
        }
        let text = file::write(&journeys, now_ms());
        if let Err(e) = download(
            &file_name(&name, "klantreis.json"),
            "application/json",
            &text,
        ) {
            app.notices
                .error(Msg::StorageFailed, vec![format!("{e:?}")]);
        }
    });
}
