//! The bar above a page reached from the library, and the language switch in every bar.

use crate::browser;
use crate::i18n::{Lang, Msg, text};
use crate::state::{AppState, Route};
use leptos::prelude::*;

/// Where the chosen language is remembered between visits.
pub const LANG_PREF: &str = "klantreis.lang";

/// The bar above a page reached from the library: the way back, the page's name, the language.
#[component]
pub fn PageBar(
    /// The page's name, as its heading.
    title: Msg,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    view! {
        <header class="topbar">
            <button type="button" class="button button-quiet" on:click=move |_| app.navigate(Route::Library)>
                "← " {text(Msg::BackToLibrary)}
            </button>
            <h1 class="brand">{text(title)}</h1>
            <span class="topbar-spacer"></span>
            <crate::components::team::status::TeamStatus/>
            <LangSwitch/>
        </header>
    }
}

/// The language switch: one button per other language, each named in its own language and
/// remembered across visits. With two languages it is one button, as before.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = crate::i18n::use_i18n().lang;
    let choose = move |next: Lang| {
        browser::set_pref(LANG_PREF, next.code());
        lang.set(next);
    };
    move || {
        let current = lang.get();
        Lang::ALL
            .into_iter()
            .filter(|other| *other != current)
            .map(|other| {
                view! {
                    <button
                        type="button"
                        class="button button-quiet lang-switch"
                        on:click=move |_| choose(other)
                        aria-label=other.switch_to()
                        lang=other.code()
                    >
                        {other.name()}
                    </button>
                }
            })
            .collect_view()
    }
}
