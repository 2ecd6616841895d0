//! Which journeys go to the team library: all of this library, or the ones ticked here (a
//! workshop ticked whole, with the groups' journeys still to come). Unticking a journey stops
//! sending it; the team keeps the version it has.

use crate::components::field::control_id;
use crate::i18n::{Msg, text, use_i18n};
use crate::state::use_app;
use klantreis_core::team::Sharing;
use klantreis_core::{Id, JourneySummary};
use leptos::prelude::*;

#[component]
pub fn SharingChoice() -> impl IntoView {
    let app = use_app();
    let team = app.team;
    app.refresh();
    let sharing = move || {
        team.settings
            .with(|s| s.as_ref().map(|s| s.sharing.clone()))
            .unwrap_or_default()
    };
    let set = move |next: Sharing| {
        team.change(|s| {
            s.sharing = next;
            true
        });
        team.round_now();
    };
    let all = move || sharing() == Sharing::All;
    let group = control_id();
    let tick = move |id: &Id, on: bool| {
        team.change(|s| {
            s.sharing.choose(id, on);
            true
        });
        team.round_now();
    };
    view! {
        <fieldset class="team-sharing">
            <legend>{text(Msg::TeamWhatShared)}</legend>
            <label class="choice">
                <input type="radio" name=group.clone() prop:checked=all
                    on:change=move |_| set(Sharing::All)/>
                {text(Msg::TeamShareAll)}
            </label>
            <label class="choice">
                <input type="radio" name=group prop:checked=move || !all()
                    on:change=move |_| set(Sharing::Chosen(Default::default()))/>
                {text(Msg::TeamShareChosen)}
            </label>
            <Show when=move || !all()>
                <ul class="team-chosen">
                    {move || {
                        let now = sharing();
                        app.summaries.with(|list| by_workshop(list))
                            .into_iter()
                            .map(|(workshop, journeys)| chosen_item(workshop, journeys, &now, tick))
                            .collect_view()
                    }}
                </ul>
            </Show>
        </fieldset>
    }
}

/// A workshop's id and name (none for a journey of no workshop), and its journeys.
type Group = (Option<(Id, String)>, Vec<JourneySummary>);

/// The journeys in the library, those of one workshop together (in the list's order).
fn by_workshop(list: &[JourneySummary]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for j in list {
        let workshop = j
            .workshop
            .as_ref()
            .map(|(id, name, _)| (id.clone(), name.clone()));
        match groups.iter_mut().find(|(w, _)| {
            w.is_some() && w.as_ref().map(|w| &w.0) == workshop.as_ref().map(|w| &w.0)
        }) {
            Some((_, journeys)) => journeys.push(j.clone()),
            None => groups.push((workshop, vec![j.clone()])),
        }
    }
    groups
}

/// One journey to tick, or a workshop to tick whole with its journeys beneath (ticked and
/// fixed while the workshop is).
fn chosen_item(
    workshop: Option<(Id, String)>,
    journeys: Vec<JourneySummary>,
    sharing: &Sharing,
    tick: impl Fn(&Id, bool) + Copy + Send + Sync + 'static,
) -> AnyView {
    let journey = move |j: JourneySummary, fixed: bool| {
        let label = j.title.clone();
        view! {
            <label class="choice">
                <input type="checkbox" prop:checked=sharing.shares_journey(&j) disabled=fixed
                    on:change:target=move |ev| tick(&j.id, ev.target().checked())/>
                {label}
            </label>
        }
    };
    match workshop {
        None => journeys
            .into_iter()
            .map(|j| view! { <li>{journey(j, false)}</li> })
            .collect_view()
            .into_any(),
        Some((id, name)) => {
            let lang = use_i18n().lang;
            let whole = sharing.shares(&id);
            view! {
                <li class="team-workshop">
                    <label class="choice">
                        <input type="checkbox" prop:checked=whole
                            on:change:target=move |ev| tick(&id, ev.target().checked())/>
                        {move || lang.get().text_with(Msg::TeamShareWorkshop, std::slice::from_ref(&name))}
                    </label>
                    <ul>{journeys.into_iter().map(|j| view! { <li>{journey(j, whole)}</li> }).collect_view()}</ul>
                </li>
            }
            .into_any()
        }
    }
}
