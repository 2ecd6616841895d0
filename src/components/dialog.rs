//! One modal confirmation dialog for the whole app, on the native `<dialog>` element so focus
//! is trapped, Escape cancels, and focus returns to where it was.

use crate::i18n::{Msg, text};
use leptos::html;
use leptos::prelude::*;

#[derive(Clone)]
pub struct ConfirmRequest {
    pub title: String,
    pub body: String,
    pub confirm: Msg,
    /// A plain closure, so it outlives the component that asked.
    pub on_confirm: std::sync::Arc<dyn Fn() + Send + Sync>,
}

#[derive(Clone, Copy)]
pub struct Confirm(RwSignal<Option<ConfirmRequest>>);

impl Confirm {
    pub fn ask(&self, request: ConfirmRequest) {
        self.0.set(Some(request));
    }

    pub fn is_open(&self) -> bool {
        self.0.with_untracked(Option::is_some)
    }
}

pub fn provide_confirm() {
    provide_context(Confirm(RwSignal::new(None)));
}

pub fn use_confirm() -> Confirm {
    expect_context::<Confirm>()
}

#[component]
pub fn ConfirmDialog() -> impl IntoView {
    let Confirm(request) = use_confirm();
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move || {
        let open = request.with(Option::is_some);
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let confirm = move |_| {
        if let Some(r) = request.get_untracked() {
            request.set(None);
            (r.on_confirm)();
        }
    };
    view! {
        <dialog
            node_ref=dialog
            class="dialog"
            aria-labelledby="dialog-title"
            on:close=move |_| request.set(None)
        >
            <h2 id="dialog-title">{move || request.with(|r| r.as_ref().map(|r| r.title.clone()))}</h2>
            <p>{move || request.with(|r| r.as_ref().map(|r| r.body.clone()))}</p>
            <div class="dialog-actions">
                <button type="button" class="button" on:click=move |_| request.set(None)>
                    {text(Msg::Cancel)}
                </button>
                <button type="button" class="button button-danger" on:click=confirm>
                    {move || request.with(|r| r.as_ref().map(|r| text(r.confirm)()))}
                </button>
            </div>
        </dialog>
    }
}
