//! Short messages for the user (a live region): confirmations with an undo, and errors.

use crate::i18n::{Arg, Msg};
use leptos::prelude::*;

/// What the notice's "undo" button does. A plain closure rather than a `Callback`, which
/// would be disposed with the component that raised the notice (a deleted card's panel).
pub type NoticeAction = std::sync::Arc<dyn Fn() + Send + Sync>;

/// For a notice whose message has nothing to fill in.
pub const NO_ARGS: Vec<Arg> = Vec::new();

#[derive(Clone)]
pub struct Notice {
    pub id: u64,
    pub error: bool,
    pub msg: Msg,
    pub args: Vec<Arg>,
    pub action: Option<NoticeAction>,
    /// The action button's words ("Ongedaan maken" unless said otherwise).
    pub action_label: Msg,
}

#[derive(Clone, Copy)]
pub struct Notices {
    pub list: RwSignal<Vec<Notice>>,
    next: StoredValue<u64>,
}

/// Confirmations disappear after this long; errors stay until dismissed.
const INFO_MS: u32 = 8_000;

impl Notices {
    pub fn new() -> Self {
        Self {
            list: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        }
    }

    fn push(
        &self,
        error: bool,
        msg: Msg,
        args: Vec<Arg>,
        action: Option<(Msg, NoticeAction)>,
        lasting: bool,
    ) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|l| {
            // One at a time per message: a second "saved elsewhere" replaces the first.
            l.retain(|n| n.msg != msg);
            let (action_label, action) = match action {
                Some((label, run)) => (label, Some(run)),
                None => (Msg::Undo, None),
            };
            l.push(Notice {
                id,
                error,
                msg,
                args,
                action,
                action_label,
            });
        });
        if !error && !lasting {
            let list = self.list;
            set_timeout(
                move || list.update(|l| l.retain(|n| n.id != id)),
                std::time::Duration::from_millis(INFO_MS.into()),
            );
        }
    }

    /// A confirmation; `undo`, if given, is offered as "Ongedaan maken".
    pub fn info(&self, msg: Msg, args: Vec<impl Into<Arg>>, undo: Option<NoticeAction>) {
        self.push(false, msg, into(args), undo.map(|u| (Msg::Undo, u)), false);
    }

    /// News the user must not miss (work recovered at start-up): stays until dismissed.
    pub fn lasting(
        &self,
        msg: Msg,
        args: Vec<impl Into<Arg>>,
        action: Option<(Msg, NoticeAction)>,
    ) {
        self.push(false, msg, into(args), action, true);
    }

    pub fn error(&self, msg: Msg, args: Vec<impl Into<Arg>>) {
        self.push(true, msg, into(args), None, false);
    }

    pub fn dismiss(&self, id: u64) {
        self.list.update(|l| l.retain(|n| n.id != id));
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}

fn into(args: Vec<impl Into<Arg>>) -> Vec<Arg> {
    args.into_iter().map(Into::into).collect()
}
