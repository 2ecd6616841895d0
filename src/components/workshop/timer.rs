//! A countdown for the facilitator, large enough to read on a projector.

use crate::browser::now_ms;
use crate::i18n::{Msg, t};
use leptos::prelude::*;

fn clock(ms: i64) -> String {
    let s = (ms.max(0) + 999) / 1000;
    format!("{:02}:{:02}", s / 60, s % 60)
}

#[component]
pub fn Timer() -> impl IntoView {
    let minutes = RwSignal::new(20i64);
    let left = RwSignal::new(20 * 60_000i64);
    // While running: the moment it ends.
    let ends = RwSignal::new(None::<i64>);
    let tick = set_interval_with_handle(
        move || {
            if let Some(end) = ends.get_untracked() {
                let rest = end - now_ms();
                left.set(rest.max(0));
                if rest <= 0 {
                    ends.set(None);
                }
            }
        },
        std::time::Duration::from_millis(250),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = tick {
            t.clear();
        }
    });
    let start = move |_| {
        if ends.get_untracked().is_none() && left.get_untracked() > 0 {
            ends.set(Some(now_ms() + left.get_untracked()));
        }
    };
    let pause = move |_| {
        if let Some(end) = ends.get_untracked() {
            left.set((end - now_ms()).max(0));
            ends.set(None);
        }
    };
    let reset = move |_| {
        ends.set(None);
        left.set(minutes.get_untracked() * 60_000);
    };
    view! {
        <section class="timer" aria-labelledby="timer-title">
            <h2 id="timer-title">{t(Msg::Timer)}</h2>
            <p class="timer-clock" class:timer-done=move || left.get() == 0 role="timer">{move || clock(left.get())}</p>
            <div class="timer-controls">
                <label class="field timer-minutes">
                    <span class="field-label">{t(Msg::TimerMinutes)}</span>
                    <input type="number" min="1" max="240" prop:value=move || minutes.get().to_string()
                        on:change:target=move |ev| {
                            if let Ok(m) = ev.target().value().parse::<i64>() {
                                let m = m.clamp(1, 240);
                                minutes.set(m);
                                if ends.get_untracked().is_none() {
                                    left.set(m * 60_000);
                                }
                            }
                        }/>
                </label>
                <Show when=move || ends.get().is_none() fallback=move || view! {
                    <button type="button" class="button" on:click=pause>{t(Msg::TimerPause)}</button>
                }>
                    <button type="button" class="button button-primary" on:click=start>{t(Msg::TimerStart)}</button>
                </Show>
                <button type="button" class="button" on:click=reset>{t(Msg::TimerReset)}</button>
            </div>
        </section>
    }
}
