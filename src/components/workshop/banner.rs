//! Above a group's journey: which workshop and group this is, and the assignment to work from.

use crate::i18n::{Msg, text, use_i18n};
use crate::state::Route;
use crate::state::session::Session;
use leptos::prelude::*;

#[component]
pub fn WorkshopBanner(session: Session) -> impl IntoView {
    let lang = use_i18n().lang;
    let info = Memo::new(move |_| session.with_journey(|j| j.workshop.clone()));
    let template = move || session.with_journey(|j| j.id.clone());
    move || {
        let w = info.get()?;
        if w.is_template() {
            // The workshop's template: the way back to the workshop.
            let name = w.name.clone();
            return Some(view! {
                <section class="workshop-banner" aria-label=text(Msg::Workshop)>
                    <p class="workshop-banner-title">
                        {move || lang.get().text_with(Msg::TemplateOf, std::slice::from_ref(&name))} " "
                        <button type="button" class="button button-small"
                            on:click=move |_| session.app.navigate(Route::Workshop(template()))>
                            {text(Msg::ToWorkshop)}
                        </button>
                    </p>
                </section>
            }
            .into_any());
        }
        Some({
            let group = w.group.clone().unwrap_or_default();
            let name = w.name.clone();
            let assignment = w.assignment.clone();
            view! {
                <section class="workshop-banner" aria-label=text(Msg::Workshop)>
                    <p class="workshop-banner-title">{move || lang.get().text_with(Msg::WorkshopBanner, &[name.clone(), group.clone()])}</p>
                    {(!assignment.trim().is_empty()).then(|| view! {
                        <details open>
                            <summary>{text(Msg::Assignment)}</summary>
                            <p class="workshop-assignment">{assignment}</p>
                        </details>
                    })}
                </section>
            }
            .into_any()
        })
    }
}
