//! Parts of the app fetched on first use. `part!` defines one beside the code that shows it;
//! in a release build (feature `split`) each is its own WebAssembly chunk that
//! `scripts/wasm.mjs` splits off, so the first screen (the library) does not carry the
//! editor, the patterns, the workshop, the projector, the report, the set editor or client
//! mode. Without the feature (tests, debug) a part is a plain call.

use crate::i18n::{Msg, text};
use leptos::prelude::*;

/// A part could not be fetched (offline before it was ever cached, or a broken deploy).
#[derive(Debug, thiserror::Error)]
#[error("part of the app could not be fetched")]
pub struct Unfetched;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for Unfetched {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Unfetched
    }
}

/// What a part gives once fetched: its view.
pub type Part = Result<AnyView, Unfetched>;

/// `part!(chunk fn name(arg: Type, ..) => view)` defines `async fn name(..) -> Part`. With the
/// feature it is a split point (`fallible`: a failed fetch is an `Err`, never a panic).
#[macro_export]
macro_rules! part {
    ($chunk:ident fn $name:ident($($arg:ident: $ty:ty),*) => $view:expr) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split(
            $chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
        fn $name($($arg: $ty),*) -> $crate::lazy::Part {
            Ok(::leptos::prelude::IntoAny::into_any($view))
        }
        #[cfg(not(feature = "split"))]
        async fn $name($($arg: $ty),*) -> $crate::lazy::Part {
            Ok(::leptos::prelude::IntoAny::into_any($view))
        }
    };
}

/// `split!(chunk pub fn name(arg: Type, ..) -> Result<T, E> { .. })` defines `async fn name`
/// whose body is fetched on first call: for work the first screen does not need (reading a
/// stored journey). `E` says a failed fetch (`From<SplitLoaderError>`); without the feature it
/// is a plain call.
#[macro_export]
macro_rules! split {
    ($chunk:ident $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split(
            $chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
        $vis fn $name($($arg: $ty),*) -> $ret $body
        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> $ret $body
    };
}

/// Shows a part once fetched: a status line meanwhile, a clear message if it cannot be fetched
/// (the rest of the app keeps working, and the next try fetches again).
#[component]
pub fn OnUse<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Part> + Send + 'static,
{
    let fallback = || view! { <p class="loading" role="status">{text(Msg::Loading)}</p> };
    view! {
        <Suspense fallback=fallback>
            {move || {
                let part = load();
                Suspend::new(async move {
                    part.await.unwrap_or_else(|_| {
                        view! {
                            <div class="page-message" role="alert">
                                <p>{text(Msg::PartUnfetched)}</p>
                            </div>
                        }
                        .into_any()
                    })
                })
            }}
        </Suspense>
    }
}
