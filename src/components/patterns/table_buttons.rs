//! A table's way out: CSV for a file, tab-separated text for the clipboard.

use crate::files::{download, file_name};
use crate::i18n::{Msg, text, use_i18n};
use crate::state::AppState;
use crate::state::notices::NO_ARGS;
use klantreis_core::export::csv;
use klantreis_core::export::table::Table;
use leptos::prelude::*;

/// `title` names the downloaded file.
#[component]
pub fn TableButtons(table: Table, title: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let lang = use_i18n().lang;
    let table = StoredValue::new(table);
    let csv = move |_| {
        let text = table.with_value(|t| csv::render(t, lang.get_untracked()));
        if let Err(e) = download(&file_name(&title, "csv"), "text/csv", &text) {
            app.notices
                .error(Msg::DownloadFailed, vec![format!("{e:?}")]);
        }
    };
    let copy = move |_| {
        let text = table.with_value(|t| csv::for_clipboard(t, lang.get_untracked()));
        leptos::task::spawn_local(async move {
            if crate::browser::copy_text(text).await {
                app.notices.info(Msg::TableCopied, NO_ARGS, None);
            } else {
                app.notices.error(Msg::CopyFailed, NO_ARGS);
            }
        });
    };
    view! {
        <button type="button" class="button button-small" on:click=csv>{text(Msg::DownloadCsv)}</button>
        <button type="button" class="button button-small" on:click=copy>{text(Msg::CopyTable)}</button>
    }
}
