//! Editing the journey's signifier sets: placeholder until the set editor lands.

use crate::i18n::{Msg, t};
use leptos::prelude::*;

#[component]
pub fn SetEditor() -> impl IntoView {
    view! { <section class="set-editor"><h2>{t(Msg::SignifiersView)}</h2></section> }
}
