//! The team library's page: what it is, signing in, what is shared, how it is going.

use crate::components::page_bar::PageBar;
use crate::components::team::settings::{SignIn, SignedIn};
use crate::components::team::sharing::SharingChoice;
use crate::components::team::status::status_words;
use crate::i18n::{Msg, text, use_i18n};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn TeamPage() -> impl IntoView {
    let team = use_app().team;
    let lang = use_i18n().lang;
    let signed_in = move || team.settings.with(Option::is_some) && team.user.with(Option::is_some);
    let status = move || status_words(&team.status.get(), lang.get()).0;
    view! {
        <PageBar title=Msg::TeamTitle/>
        <article class="team-page">
            <p>{text(Msg::TeamIntro)}</p>
            <p class="muted">{text(Msg::TeamPrivacy)}</p>
            <Show when=move || team.settings.with(Option::is_some)>
                <p class="team-now">{status}</p>
            </Show>
            <Show when=signed_in fallback=|| view! { <SignIn/> }>
                <SignedIn/>
                <SharingChoice/>
            </Show>
        </article>
    }
}
