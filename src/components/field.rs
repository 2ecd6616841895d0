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

/// A labelled text input, or a textarea.
#[component]
pub fn TextField(
    /// The visible label, which is also the control's accessible name.
    label: Msg,
    /// The text shown; the field follows it when it changes elsewhere (undo, another tab).
    #[prop(into)]
    value: Signal<String>,
    /// Called on every keystroke.
    #[prop(into)]
    on_input: Callback<String>,
    /// A three-row textarea instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// Extra classes on the field's wrapper (`field-wide`).
    #[prop(optional, into)]
    class: Option<&'static str>,
    /// A line of help under the control.
    #[prop(optional)]
    hint: Option<Msg>,
) -> impl IntoView {
    // Set the field's text only when it changed, not on every key press elsewhere.
    let value = Memo::new(move |_| value.get());
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
    /// The visible label, which is also the control's accessible name.
    label: Msg,
    /// `(value, label)` pairs, labels already in the user's language.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The value of the option shown as chosen.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen option's value.
    #[prop(into)]
    on_change: Callback<String>,
    /// Extra classes on the field's wrapper (`field-wide`).
    #[prop(optional, into)]
    class: Option<&'static str>,
) -> impl IntoView {
    // Derived from the journey, both re-run on every key press anywhere in it: as memos they
    // wake the options only when the list or the choice really changed (a key press used to
    // rebuild every option of every select in the panel).
    let (options, value) = (
        Memo::new(move |_| options.get()),
        Memo::new(move |_| value.get()),
    );
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
                        .map(|(v, shown)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{shown}</option> }
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
    /// The visible label, which is also the control's accessible name.
    label: Msg,
    /// The date shown; none for an empty field.
    #[prop(into)]
    value: Signal<Option<klantreis_core::NaiveDate>>,
    /// Called with the new date, or none when the field is emptied.
    #[prop(into)]
    on_change: Callback<Option<klantreis_core::NaiveDate>>,
) -> impl IntoView {
    let value = Memo::new(move |_| value.get());
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
