//! Turning the team library on: where the server is, which database, who signs in. The
//! password goes to the server once, to start CouchDB's cookie session, and is kept nowhere.

use super::sync::explain;
use crate::components::field::control_id;
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::state::use_app;
use crate::team::{TeamError, client};
use klantreis_core::team::{AddressError, Server, Settings};
use leptos::prelude::*;
use leptos::task::spawn_local;

fn address_problem(e: &AddressError, lang: Lang) -> String {
    lang.text(match e {
        AddressError::Missing => Msg::TeamAddressMissing,
        AddressError::NotHttps => Msg::TeamNotHttps,
        AddressError::NotAnAddress => Msg::TeamNotAnAddress,
        AddressError::BadDatabase => Msg::TeamBadDatabase,
    })
    .to_owned()
}

/// A labelled input bound to `value`.
fn input(
    label: Msg,
    kind: &'static str,
    autocomplete: &'static str,
    value: RwSignal<String>,
    hint: Option<Msg>,
) -> impl IntoView {
    let id = control_id();
    view! {
        <div class="field">
            <label class="field-label" for=id.clone()>{text(label)}</label>
            <input
                id=id
                type=kind
                autocomplete=autocomplete
                spellcheck="false"
                prop:value=move || value.get()
                on:input:target=move |ev| value.set(ev.target().value())
            />
            {hint.map(|h| view! { <span class="field-hint">{text(h)}</span> })}
        </div>
    }
}

/// Signs in and checks the database, then keeps the settings: the team library is on.
async fn sign_in(settings: Settings, password: String) -> Result<String, TeamError> {
    let server = Server::from_settings(&settings).map_err(|_| TeamError::NoDatabase)?;
    client::sign_in(&server, &settings.user, &password).await?;
    client::open(&server).await?;
    Ok(settings.user)
}

/// The sign-in form; also how one signs in again after the session ended.
#[component]
pub fn SignIn() -> impl IntoView {
    let app = use_app();
    let team = app.team;
    let lang = use_i18n().lang;
    let kept = team.settings.get_untracked().unwrap_or_default();
    let address = RwSignal::new(if kept.address.is_empty() {
        "/couchdb".to_owned()
    } else {
        kept.address.clone()
    });
    let database = RwSignal::new(kept.database.clone());
    let user = RwSignal::new(kept.user.clone());
    let password = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let settings = Settings {
            address: address.get_untracked(),
            database: database.get_untracked(),
            user: user.get_untracked().trim().to_owned(),
            sharing: team
                .settings
                .get_untracked()
                .map(|s| s.sharing)
                .unwrap_or_default(),
        };
        if let Err(e) = Server::from_settings(&settings) {
            return problem.set(Some(address_problem(&e, lang.get_untracked())));
        }
        busy.set(true);
        let secret = password.get_untracked();
        spawn_local(async move {
            let result = sign_in(settings.clone(), secret).await;
            busy.set(false);
            match result {
                Ok(name) => {
                    password.set(String::new());
                    problem.set(None);
                    team.keep(Some(settings));
                    team.user.set(Some(name));
                    team.round_now();
                }
                Err(e) => problem.set(Some(explain(&e, lang.get_untracked()))),
            }
        });
    };
    view! {
        <form class="team-form" on:submit=submit>
            {input(Msg::TeamAddress, "text", "url", address, Some(Msg::TeamAddressHint))}
            {input(Msg::TeamDatabase, "text", "off", database, None)}
            {input(Msg::TeamUser, "text", "username", user, None)}
            {input(Msg::TeamPassword, "password", "current-password", password, None)}
            <Show when=move || problem.with(Option::is_some)>
                <p class="form-error" role="alert">{move || problem.get().unwrap_or_default()}</p>
            </Show>
            <button type="submit" class="button button-primary" disabled=move || busy.get()>
                {text(Msg::TeamSignIn)}
            </button>
        </form>
    }
}

/// Signed in: who, where, and the ways to sync now, sign out or turn the team library off.
#[component]
pub fn SignedIn() -> impl IntoView {
    let app = use_app();
    let team = app.team;
    let lang = use_i18n().lang;
    let place = move || {
        let s = team.settings.get().unwrap_or_default();
        let who = team.user.get().unwrap_or_default();
        lang.get()
            .text_with(Msg::TeamSignedInAs, &[who, s.database, s.address])
    };
    // Signed out here whatever the server says; its cookie ends with the session anyway.
    let end_session = move || {
        let server = team
            .settings
            .get_untracked()
            .and_then(|s| Server::from_settings(&s).ok());
        team.user.set(None);
        team.status.set(crate::state::team::Status::SignedOut);
        if let Some(server) = server {
            spawn_local(async move {
                let _ = client::sign_out(&server).await;
            });
        }
    };
    let sign_out = move |_| end_session();
    let turn_off = move |_| {
        end_session();
        team.keep(None);
        crate::team::forget_ledger();
        app.notices
            .info(Msg::TeamTurnedOff, crate::state::notices::NO_ARGS, None);
    };
    view! {
        <p>{place}</p>
        <div class="team-actions">
            <button type="button" class="button button-primary" on:click=move |_| team.round_now()>
                {text(Msg::TeamSyncNow)}
            </button>
            <button type="button" class="button" on:click=sign_out>{text(Msg::TeamSignOut)}</button>
            <button type="button" class="button button-quiet" on:click=turn_off>
                {text(Msg::TeamTurnOff)}
            </button>
        </div>
    }
}
