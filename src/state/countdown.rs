//! The facilitator's countdown: one for the whole app, so it keeps running from the workshop
//! page to the projector and back.

use crate::browser::now_ms;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Countdown {
    pub minutes: RwSignal<i64>,
    /// What is left, in milliseconds.
    pub left: RwSignal<i64>,
    /// While running: the moment it ends.
    pub ends: RwSignal<Option<i64>>,
}

impl Countdown {
    pub fn new() -> Self {
        let c = Self {
            minutes: RwSignal::new(20),
            left: RwSignal::new(20 * 60_000),
            ends: RwSignal::new(None),
        };
        // One tick for the app's lifetime; it only writes while the countdown runs.
        let _ = set_interval_with_handle(
            move || {
                if let Some(end) = c.ends.get_untracked() {
                    let rest = end - now_ms();
                    c.left.set(rest.max(0));
                    if rest <= 0 {
                        c.ends.set(None);
                    }
                }
            },
            std::time::Duration::from_millis(250),
        );
        c
    }

    pub fn running(&self) -> bool {
        self.ends.get().is_some()
    }

    /// Set and not back at its full length: worth showing on the projector.
    pub fn in_use(&self) -> bool {
        self.running() || self.left.get() != self.minutes.get() * 60_000
    }

    pub fn start(&self) {
        if self.ends.get_untracked().is_none() && self.left.get_untracked() > 0 {
            self.ends.set(Some(now_ms() + self.left.get_untracked()));
        }
    }

    pub fn pause(&self) {
        if let Some(end) = self.ends.get_untracked() {
            self.left.set((end - now_ms()).max(0));
            self.ends.set(None);
        }
    }

    pub fn reset(&self) {
        self.ends.set(None);
        self.left.set(self.minutes.get_untracked() * 60_000);
    }

    pub fn set_minutes(&self, m: i64) {
        let m = m.clamp(1, 240);
        self.minutes.set(m);
        if self.ends.get_untracked().is_none() {
            self.left.set(m * 60_000);
        }
    }

    /// mm:ss, rounded up so 0:00 means the time is really up.
    pub fn clock(&self) -> String {
        let s = (self.left.get().max(0) + 999) / 1000;
        format!("{:02}:{:02}", s / 60, s % 60)
    }
}

impl Default for Countdown {
    fn default() -> Self {
        Self::new()
    }
}
