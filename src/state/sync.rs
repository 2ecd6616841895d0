//! Tells other tabs of this app that a journey was saved or deleted (BroadcastChannel), so
//! the same journey open twice never silently overwrites the other tab's edits.

use klantreis_core::Id;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "klantreis";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub id: Id,
    /// The revision now stored; 0 when deleted.
    pub rev: u64,
    pub deleted: bool,
    /// Everything was erased on this device: every tab lets go of the database at once.
    #[serde(default)]
    pub erased: bool,
    /// The id is a persona's, not a journey's.
    #[serde(default)]
    pub persona: bool,
}

#[derive(Clone, Copy)]
pub struct TabSync {
    /// The latest change another tab announced.
    pub incoming: RwSignal<Option<Change>>,
    channel: StoredValue<Option<BroadcastChannel>, LocalStorage>,
}

impl TabSync {
    pub fn new() -> Self {
        let incoming = RwSignal::new(None);
        let channel = BroadcastChannel::new(CHANNEL).ok();
        if let Some(ch) = &channel {
            let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
                let change = ev
                    .data()
                    .as_string()
                    .and_then(|s| serde_json::from_str::<Change>(&s).ok());
                if change.is_some() {
                    incoming.set(change);
                }
            });
            ch.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            // The channel lives as long as the page, so its handler does too.
            on_message.forget();
        }
        Self {
            incoming,
            channel: StoredValue::new_local(channel),
        }
    }

    pub fn announce(&self, change: Change) {
        if let Ok(json) = serde_json::to_string(&change) {
            self.channel.with_value(|ch| {
                if let Some(ch) = ch {
                    let _ = ch.post_message(&json.into());
                }
            });
        }
    }
}

impl Default for TabSync {
    fn default() -> Self {
        Self::new()
    }
}
