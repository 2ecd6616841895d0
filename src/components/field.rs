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

/// A date typed day first in the user's language ("07-03-2024" in Dutch, "07/03/2024" in
/// English), whatever the browser's own locale: `<input type=date>` showed mm/dd/yyyy in an
/// English browser. ISO dates ("2024-03-07") are understood too. A text that is no date keeps
/// the date that was there and says how to write one; an empty field means "no date".
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
    use klantreis_core::Datelike;
    let lang = crate::i18n::use_i18n().lang;
    let shown = move |d: klantreis_core::NaiveDate| lang.get().date(d.year(), d.month(), d.day());
    let date = value;
    let value = Memo::new(move |_| date.get().map(shown).unwrap_or_default());
    let wrong = RwSignal::new(false);
    let (id, hint) = (control_id(), control_id());
    // A complete date counts as soon as it is typed, and only once: leaving the field after
    // typing it changes nothing more (it tidies the text). `Err` is a text that is no date.
    let typed = move |text: &str| -> Result<Option<klantreis_core::NaiveDate>, ()> {
        // Chrome sends `change` as a focused field's page goes away, after its signals are
        // gone; the typed date reached the journey on input already.
        let Some(current) = date.try_get_untracked() else {
            return Ok(None);
        };
        let text = text.trim();
        let typed = match text.is_empty() {
            true => None,
            false => Some(klantreis_core::date::parse(text).ok_or(())?),
        };
        wrong.set(false);
        if current != typed {
            on_change.run(typed);
        }
        Ok(typed)
    };
    view! {
        <div class="field field-date">
            <label class="field-label" for=id.clone()>{text(label)}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                placeholder=text(Msg::DateFormat)
                aria-invalid=move || if wrong.get() { "true" } else { "false" }
                aria-describedby=hint.clone()
                prop:value=move || value.get()
                on:input:target=move |ev| {
                    let _ = typed(&ev.target().value());
                }
                on:change:target=move |ev| {
                    let input = ev.target();
                    match typed(&input.value()) {
                        Ok(Some(d)) => input.set_value(&shown(d)),
                        Ok(None) => {}
                        Err(()) => wrong.set(true),
                    }
                }
            />
            <span id=hint class="field-hint" class:field-error=move || wrong.get()>
                {move || wrong.get().then(text(Msg::DateInvalid))}
            </span>
        </div>
    }
}
