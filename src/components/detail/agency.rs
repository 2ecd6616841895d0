//! One agency (instantie) in the side panel: name, kind, colour, its place among the lanes, and
//! taking it out.

use crate::components::dialog::{Confirm, ConfirmRequest, use_confirm};
use crate::components::field::{SelectField, TextField};
use crate::i18n::{Counted, Lang, Msg, text, use_i18n};
use crate::labels;
use crate::state::session::{MapSelection, Session, use_session};
use klantreis_core::{Agency, AgencyKind, Colour, Command, Id};
use leptos::prelude::*;

fn edit(session: Session, id: &Id, typing: bool, f: impl FnOnce(&mut Agency)) {
    let Some(mut agency) = session.with_journey(|j| j.agency(id).cloned()) else {
        return;
    };
    f(&mut agency);
    let command = Command::UpdateAgency(agency);
    if typing {
        session.apply_typing(command, format!("agency:{id}:name"));
    } else {
        session.apply(command);
    }
}

#[component]
pub fn AgencyDetail(id: Id) -> impl IntoView {
    let session = use_session();
    let confirm = use_confirm();
    let lang = use_i18n().lang;
    let id = StoredValue::new(id);
    let agency = Memo::new(move |_| session.with_journey(|j| j.agency(&id.get_value()).cloned()));
    let kinds = Signal::derive(move || {
        let language = lang.get();
        AgencyKind::ALL
            .iter()
            .map(|k| {
                (
                    k.key().to_owned(),
                    language.text(labels::agency_kind(*k)).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });
    let move_by = move |delta: isize| {
        let id = id.get_value();
        if let Some(i) = session.with_journey(|j| j.agency_index(&id)) {
            session.apply(Command::MoveAgency {
                id,
                to: i.saturating_add_signed(delta),
            });
        }
    };
    let delete = move |_| {
        if let Some(a) = agency.get_untracked() {
            ask_to_delete(session, confirm, lang.get_untracked(), a);
        }
    };
    view! {
        <Show when=move || agency.with(Option::is_some)>
            <div class="detail-body">
                <h2 class="detail-title">{text(Msg::AgencyDetails)}</h2>
                <TextField
                    label=Msg::AgencyName
                    value=Signal::derive(move || agency.with(|a| a.as_ref().map(|a| a.name.clone()).unwrap_or_default()))
                    on_input=move |v: String| edit(session, &id.get_value(), true, |a| a.name = v)
                />
                <SelectField
                    label=Msg::AgencyKind
                    options=kinds
                    value=Signal::derive(move || agency.with(|a| a.as_ref().map(|a| a.kind.key().to_owned()).unwrap_or_default()))
                    on_change=move |v: String| {
                        edit(session, &id.get_value(), false, |a| {
                            if let Some(k) = AgencyKind::from_key(&v) { a.kind = k; }
                        })
                    }
                />
                <label class="field field-colour">
                    <span class="field-label">{text(Msg::AgencyColour)}</span>
                    <input
                        type="color"
                        prop:value=move || agency.with(|a| a.as_ref().map(|a| a.colour.to_string()).unwrap_or_default())
                        on:change:target=move |ev| {
                            if let Ok(c) = Colour::parse(&ev.target().value()) {
                                edit(session, &id.get_value(), false, |a| a.colour = c);
                            }
                        }
                    />
                </label>
                <div class="detail-actions">
                    <button type="button" class="button button-small" on:click=move |_| move_by(-1)>"↑ " {text(Msg::MoveUp)}</button>
                    <button type="button" class="button button-small" on:click=move |_| move_by(1)>"↓ " {text(Msg::MoveDown)}</button>
                </div>
                <div class="detail-danger">
                    <button type="button" class="button button-danger" on:click=delete>{text(Msg::DeleteAgency)}</button>
                </div>
            </div>
        </Show>
    }
}

/// Deletes the agency: at once when it has no touchpoints, else after the user confirms that
/// its touchpoints go too (an undo brings both back).
fn ask_to_delete(session: Session, confirm: Confirm, language: Lang, a: Agency) {
    let count = session.with_journey(|j| j.touchpoints.iter().filter(|t| t.agency == a.id).count());
    let agency_id = a.id.clone();
    let remove = std::sync::Arc::new(move || {
        session.apply(Command::RemoveAgency {
            id: agency_id.clone(),
        });
        session.selection.set(MapSelection::None);
    });
    if count == 0 {
        remove();
    } else {
        confirm.ask(ConfirmRequest {
            title: language.text(Msg::DeleteAgency).to_owned(),
            body: language.text_with(
                Msg::ConfirmDeleteAgency,
                &[a.name.clone(), language.count(Counted::Touchpoints, count)],
            ),
            confirm: Msg::Delete,
            on_confirm: remove,
        });
    }
}
