//! The bar above a page reached from the library, and the language switch in every bar.

use crate::browser;
use crate::i18n::{Lang, Msg, t};
use crate::state::{AppState, Route};
use leptos::prelude::*;

/// Where the chosen language is remembered between visits.
pub const LANG_PREF: &str = "klantreis.lang";

/// The bar above a page reached from the library: the way back, the page's name, the language.
#[component]
pub fn PageBar(title: Msg) -> impl IntoView {
    let app = expect_context::<AppState>();
    view! {
        <header class="topbar">
            <button type="button" class="button button-quiet" on:click=move |_| app.navigate(Route::Library)>
                "← " {t(Msg::BackToLibrary)}
            </button>
            <h1 class="brand">{t(title)}</h1>
            <span class="topbar-spacer"></span>
            <LangSwitch/>
        </header>
    }
}

/// The language switch: shows the other language's name, remembered across visits.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = crate::i18n::use_i18n().lang;
    let toggle = move |_| {
        let next = match lang.get_untracked() {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        };
        browser::set_pref(LANG_PREF, next.code());
        lang.set(next);
    };
    view! {
        <button
            type="button"
            class="button button-quiet lang-switch"
            on:click=toggle
            aria-label=t(Msg::SwitchLanguageLabel)
            lang=move || match lang.get() { Lang::Nl => "en", Lang::En => "nl" }
        >
            {t(Msg::SwitchLanguage)}
        </button>
    }
}
