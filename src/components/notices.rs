//! Notices (confirmations with an undo, errors, news that stays) and the banner for lasting
//! storage problems.

use crate::i18n::{Msg, text, use_i18n};
use crate::state::use_app;
use crate::storage::StorageError;
use leptos::prelude::*;

/// Confirmations and errors, announced to screen readers through a live region.
#[component]
pub fn NoticeList() -> impl IntoView {
    let app = use_app();
    let lang = use_i18n().lang;
    view! {
        <section class="notices" aria-live="polite" aria-label=text(Msg::Notifications)>
            <For each=move || app.notices.list.get() key=|n| n.id let:n>
                {
                    let id = n.id;
                    let message = {
                        let args = n.args.clone();
                        move || lang.get().text_args(n.msg, &args)
                    };
                    let label = n.action_label;
                    let action = n.action.clone().map(|action| {
                        let run = move |_| {
                            app.notices.dismiss(id);
                            action();
                        };
                        view! {
                            <button type="button" class="button button-small" on:click=run>
                                {text(label)}
                            </button>
                        }
                    });
                    view! {
                        <div class="notice" class:notice-error=n.error role=if n.error { "alert" } else { "status" }>
                            <span class="notice-text">{message}</span>
                            {action}
                            // The name comes from the hidden word, so what is seen ("×") and
                            // what is heard ("Sluiten") never contradict (WCAG 2.5.3).
                            <button
                                type="button"
                                class="button button-small button-quiet"
                                on:click=move |_| app.notices.dismiss(id)
                            >
                                <span aria-hidden="true">"×"</span>
                                <span class="visually-hidden">{text(Msg::Dismiss)}</span>
                            </button>
                        </div>
                    }
                }
            </For>
        </section>
    }
}

/// Why a journey could not be opened, in the user's language (editor and projector).
pub fn journey_unopened(e: &StorageError, lang: crate::i18n::Lang) -> String {
    match e {
        StorageError::NotFound => lang.text(Msg::JourneyNotFound).to_owned(),
        other => lang.text_with(Msg::StoredDataUnreadable, &[storage_text(other, lang)]),
    }
}

/// What a storage error means, in the user's language.
pub fn storage_text(e: &StorageError, lang: crate::i18n::Lang) -> String {
    let msg = match e {
        StorageError::Blocked => Msg::StorageBlocked,
        StorageError::Quota => Msg::StorageQuota,
        StorageError::Unavailable => Msg::StorageUnavailable,
        StorageError::Unreadable(e) => return crate::explain::restore_error(e, lang),
        StorageError::Unfetched => Msg::PartUnfetched,
        other => return other.to_string(),
    };
    lang.text(msg).to_owned()
}

/// A lasting problem with storage, above everything else.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let app = use_app();
    move || {
        app.storage_problem.get().map(|e| {
            let msg = match e {
                StorageError::Blocked => Msg::StorageBlocked,
                StorageError::Quota => Msg::StorageQuota,
                _ => Msg::StorageUnavailable,
            };
            view! {
                <div class="banner banner-warning" role="alert">
                    <span>{text(msg)}</span>
                    <button type="button" class="button button-small" on:click=move |_| app.storage_problem.set(None)>
                        {text(Msg::Dismiss)}
                    </button>
                </div>
            }
        })
    }
}

/// Journeys left out because their stored record does not read, named so the user can find
/// (and export or delete) them in the library.
#[component]
pub fn SkippedNote(titles: Vec<String>) -> impl IntoView {
    let lang = use_i18n().lang;
    (!titles.is_empty()).then(|| {
        let names = titles.join(", ");
        view! {
            <p class="banner banner-warning skipped-note" role="status">
                {move || lang.get().text_with(Msg::SkippedUnreadable, std::slice::from_ref(&names))}
            </p>
        }
    })
}
