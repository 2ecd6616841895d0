//! The current language as a signal, and reactive words for views. The words themselves, for
//! the app, its figures and its exports alike, live in the `klantreis-words` crate: one file per
//! language, complete or the build fails.

use leptos::prelude::*;

pub use klantreis_words::{Arg, Counted, Lang, Msg};

/// The current language, provided once at the root.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        lang: RwSignal::new(Lang::default()),
    })
}

/// A reactive translation: use it as a view child or an attribute value.
pub fn text(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_i18n().lang;
    move || lang.get().text(msg)
}
