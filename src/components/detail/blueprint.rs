//! A touchpoint's service blueprint layers in its panel: what the client sees the agency do,
//! what happens behind the scenes, and what supports it. Folded until used, since most
//! workshops map the client's side first.

use crate::components::field::TextField;
use crate::i18n::{Msg, text};
use crate::state::session::use_session;
use klantreis_core::{Id, Layer};
use leptos::prelude::*;

#[component]
pub fn BlueprintLayers(id: StoredValue<Id>) -> impl IntoView {
    let session = use_session();
    let blueprint = Memo::new(move |_| {
        session.with_journey(|j| {
            j.touchpoint(&id.get_value())
                .map(|t| t.blueprint.clone())
                .unwrap_or_default()
        })
    });
    // Open when the step has layers; once open it stays so, also when the last layer is
    // emptied while being typed in (closing would take the field away under the cursor).
    let fold = NodeRef::<leptos::html::Details>::new();
    let filled = move || blueprint.with(|b| !b.is_empty());
    Effect::new(move || {
        if let (true, Some(fold)) = (filled(), fold.get()) {
            fold.set_open(true);
        }
    });
    let layer = move |layer: Layer| {
        let value = Signal::derive(move || blueprint.with(|b| b.get(layer).to_owned()));
        let on_input = Callback::new(move |v: String| {
            session.edit_touchpoint(&id.get_value(), Some(layer.key()), |t| {
                *t.blueprint.get_mut(layer) = v
            })
        });
        view! { <TextField label=layer.msg() multiline=true value=value on_input=on_input/> }
    };
    view! {
        <details class="detail-fold" node_ref=fold>
            <summary>{text(Msg::BlueprintView)}</summary>
            <p class="field-hint">{text(Msg::BlueprintHint)}</p>
            {Layer::ALL.into_iter().map(layer).collect_view()}
        </details>
    }
}
