//! Which journeys go to the team library: all of this library, or the ones ticked here.
//! Unticking a journey stops sending it; the team keeps the version it has.

use crate::components::field::control_id;
use crate::i18n::{Msg, text};
use crate::state::use_app;
use klantreis_core::Id;
use klantreis_core::team::Sharing;
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
        let mut settings = team.settings.get_untracked();
        if let Some(s) = settings.as_mut() {
            s.sharing = next;
        }
        team.keep(settings);
        team.round_now();
    };
    let all = move || sharing() == Sharing::All;
    let group = control_id();
    let tick = move |id: Id, on: bool| {
        if let Sharing::Chosen(mut ids) = sharing() {
            if on {
                ids.insert(id);
            } else {
                ids.remove(&id);
            }
            set(Sharing::Chosen(ids));
        }
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
                    <For
                        each=move || app.summaries.get()
                        key=|s| s.id.clone()
                        let:summary
                    >
                        {
                            let id = summary.id.clone();
                            let checked = {
                                let id = id.clone();
                                move || sharing().shares(&id)
                            };
                            view! {
                                <li>
                                    <label class="choice">
                                        <input type="checkbox" prop:checked=checked
                                            on:change:target=move |ev| tick(id.clone(), ev.target().checked())/>
                                        {summary.title.clone()}
                                    </label>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </fieldset>
    }
}
