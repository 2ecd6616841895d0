//! The journey's story in brief, editable in place: persona, goal, means, trigger, outcome.

use crate::components::field::{DateField, TextField};
use crate::components::persona::PersonaLink;
use crate::i18n::Msg;
use crate::state::session::use_session;
use klantreis_core::{Command, JourneyField, Period};
use leptos::prelude::*;

#[component]
fn JourneyText(
    field: JourneyField,
    label: Msg,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let session = use_session();
    let value = Signal::derive(move || session.with_journey(|j| field.get(j).to_owned()));
    let on_input = move |value: String| {
        session.apply_typing(
            Command::SetField { field, value },
            format!("journey:{field:?}"),
        );
    };
    view! { <TextField label=label value=value on_input=on_input multiline=multiline/> }
}

#[component]
pub fn JourneyHeader() -> impl IntoView {
    let session = use_session();
    let period = Signal::derive(move || session.with_journey(|j| j.period));
    let set_period = move |p: Period| session.apply(Command::SetPeriod(p));
    let tags = Signal::derive(move || session.with_journey(|j| j.tags.join(", ")));
    let set_tags = move |text: String| {
        let tags = text
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        session.apply(Command::SetTags(tags));
    };
    view! {
        <section class="journey-header" aria-labelledby="journey-header-title">
            <h2 id="journey-header-title" class="visually-hidden">{crate::i18n::text(Msg::Persona)}</h2>
            <div class="header-grid">
                <div class="header-persona">
                    <JourneyText field=JourneyField::PersonaName label=Msg::PersonaName/>
                    <JourneyText field=JourneyField::PersonaSituation label=Msg::PersonaSituation multiline=true/>
                </div>
                <JourneyText field=JourneyField::Goal label=Msg::Goal multiline=true/>
                <JourneyText field=JourneyField::Means label=Msg::Means multiline=true/>
                <JourneyText field=JourneyField::Trigger label=Msg::Trigger multiline=true/>
                <JourneyText field=JourneyField::Outcome label=Msg::Outcome multiline=true/>
                <div class="header-meta">
                    <div class="period">
                        <DateField
                            label=Msg::PeriodStart
                            value=Signal::derive(move || period.get().start)
                            on_change=move |d| set_period(Period { start: d, ..period.get_untracked() })
                        />
                        <DateField
                            label=Msg::PeriodEnd
                            value=Signal::derive(move || period.get().end)
                            on_change=move |d| set_period(Period { end: d, ..period.get_untracked() })
                        />
                    </div>
                    <div class="period">
                        <label class="field">
                            <span class="field-label">{crate::i18n::text(Msg::Tags)}</span>
                            <input
                                type="text"
                                prop:value=move || tags.get()
                                on:change:target=move |ev| set_tags(ev.target().value())
                            />
                        </label>
                        <PersonaLink/>
                    </div>
                </div>
            </div>
        </section>
    }
}
