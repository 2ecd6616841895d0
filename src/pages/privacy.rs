//! What the app stores, where, and how it is erased: for the user, and for the municipality's
//! data protection impact assessment (DPIA, AVG).

use crate::components::page_bar::PageBar;
use crate::i18n::{Msg, text};
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let para = |m: Msg| view! { <p>{text(m)}</p> };
    view! {
        <PageBar title=Msg::PrivacyTitle/>
        <article class="privacy">
            <h2>{text(Msg::PrivacyWhereTitle)}</h2>
            {para(Msg::PrivacyWhere)}
            <h2>{text(Msg::PrivacyLeavesTitle)}</h2>
            {para(Msg::PrivacyLeaves)}
            <h2>{text(Msg::PrivacyPseudonymsTitle)}</h2>
            {para(Msg::PrivacyPseudonyms)}
            <h2>{text(Msg::PrivacyEraseTitle)}</h2>
            {para(Msg::PrivacyErase)}
            <h2>{text(Msg::PrivacyNotTitle)}</h2>
            {para(Msg::PrivacyNot)}
        </article>
    }
}
