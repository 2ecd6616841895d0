//! The reports' print button: the browser's print dialog, where "Save as PDF" is the way to
//! a file (the page's print styles lay it out on A4).

use crate::i18n::{Msg, text};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn PrintButton() -> impl IntoView {
    let app = expect_context::<AppState>();
    let print = move |_| {
        if let Err(e) = window().print() {
            app.notices.error(Msg::PrintFailed, vec![format!("{e:?}")]);
        }
    };
    view! {
        <button type="button" class="button button-primary" on:click=print>{text(Msg::Print)}</button>
    }
}
