//! Labelled form controls: a `<label for>` pointing at the control, so the accessible name
//! is the label alone (a wrapping label would add a select's option texts to it).

use crate::i18n::{Msg, text};
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A page-unique id for a control.
pub fn control_id() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("control-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

#[component]
pub fn TextField(
    label: Msg,
    #[prop(into)] value: Signal<String>,
    /// Called on every keystroke.
    #[prop(into)]
    on_input: Callback<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional, into)] class: Option<&'static str>,
    #[prop(optional)] hint: Option<Msg>,
) -> impl IntoView {
    let id = control_id();
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="3"
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
            />
        }
        .into_any()
    };
    view! {
        <div class=format!("field {}", class.unwrap_or(""))>
            <label class="field-label" for=id>{text(label)}</label>
            {control}
            {hint.map(|h| view! { <span class="field-hint">{text(h)}</span> })}
        </div>
    }
}

/// A select whose options are already translated `(value, label)` pairs.
#[component]
pub fn SelectField(
    label: Msg,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] class: Option<&'static str>,
) -> impl IntoView {
    let id = control_id();
    view! {
        <div class=format!("field {}", class.unwrap_or(""))>
            <label class="field-label" for=id.clone()>{text(label)}</label>
            <select id=id on:change:target=move |ev| on_change.run(ev.target().value())>
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, l)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{l}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A date input; an empty input means "no date".
#[component]
pub fn DateField(
    label: Msg,
    #[prop(into)] value: Signal<Option<klantreis_core::NaiveDate>>,
    #[prop(into)] on_change: Callback<Option<klantreis_core::NaiveDate>>,
) -> impl IntoView {
    let id = control_id();
    view! {
        <div class="field field-date">
            <label class="field-label" for=id.clone()>{text(label)}</label>
            <input
                id=id
                type="date"
                prop:value=move || value.get().map(|d| d.to_string()).unwrap_or_default()
                on:change:target=move |ev| {
                    let text = ev.target().value();
                    on_change.run(text.parse::<klantreis_core::NaiveDate>().ok())
                }
            />
        </div>
    }
}
