//! Edits a list of short texts (pain points, opportunities): each item in place, remove by
//! button, add by Enter or button.

use crate::i18n::{Msg, text, use_i18n};
use leptos::prelude::*;

/// A list of short texts: each item edited in place and removable, a field to add one.
#[component]
pub fn ListEditor(
    /// The fieldset's legend; each item's field is named after it with its number.
    label: Msg,
    /// The placeholder and name of the field that adds an item.
    add_placeholder: Msg,
    /// The items shown.
    #[prop(into)]
    items: Signal<Vec<String>>,
    /// Called with the whole new list; `merge` is true while typing in an existing item.
    #[prop(into)]
    on_change: Callback<(Vec<String>, bool)>,
    /// Extra classes on the fieldset.
    #[prop(optional, into)]
    class: Option<&'static str>,
) -> impl IntoView {
    let draft = RwSignal::new(String::new());
    let add = move || {
        let text = draft.get_untracked().trim().to_owned();
        if !text.is_empty() {
            let mut list = items.get_untracked();
            list.push(text);
            on_change.run((list, false));
            draft.set(String::new());
        }
    };
    // The rows follow the number of items, not every key press in the journey.
    let count = Memo::new(move |_| items.with(Vec::len));
    view! {
        <fieldset class=format!("list-editor {}", class.unwrap_or(""))>
            <legend>{text(label)}</legend>
            <ul>
                {move || {
                    (0..count.get())
                        .map(|i| view! { <ListItem index=i label=label items=items on_change=on_change/> })
                        .collect_view()
                }}
            </ul>
            <div class="list-add">
                <input
                    type="text"
                    aria-label=text(add_placeholder)
                    placeholder=text(add_placeholder)
                    prop:value=move || draft.get()
                    on:input:target=move |ev| draft.set(ev.target().value())
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            add();
                        }
                    }
                />
                <button type="button" class="button button-small" on:click=move |_| add()>
                    {text(Msg::AddItem)}
                </button>
            </div>
        </fieldset>
    }
}

/// Item `index` of the list: edited in place, removed by its button.
#[component]
fn ListItem(
    index: usize,
    label: Msg,
    items: Signal<Vec<String>>,
    on_change: Callback<(Vec<String>, bool)>,
) -> impl IntoView {
    let lang = use_i18n().lang;
    let value = move || items.with(|l| l.get(index).cloned().unwrap_or_default());
    let remove_label = move || lang.get().text_with(Msg::RemoveItem, &[value()]);
    view! {
        <li>
            <input
                type="text"
                aria-label=move || format!("{} {}", text(label)(), index + 1)
                prop:value=value
                on:input:target=move |ev| {
                    let mut list = items.get_untracked();
                    if let Some(item) = list.get_mut(index) {
                        *item = ev.target().value();
                        on_change.run((list, true));
                    }
                }
            />
            <button
                type="button"
                class="button button-icon"
                aria-label=remove_label
                title=remove_label
                on:click=move |_| {
                    let mut list = items.get_untracked();
                    if index < list.len() {
                        list.remove(index);
                        on_change.run((list, false));
                    }
                }
            >
                "×"
            </button>
        </li>
    }
}
