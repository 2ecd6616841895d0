//! The facilitator's countdown, large enough to read on a projector. Its state is the app's
//! (`state::countdown`), so it keeps running on the projector view.

use crate::i18n::{Msg, text};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn Timer() -> impl IntoView {
    let c = expect_context::<AppState>().countdown;
    view! {
        <section class="timer" aria-labelledby="timer-title">
            <h2 id="timer-title">{text(Msg::Timer)}</h2>
            <p class="timer-clock" class:timer-done=move || c.left.get() == 0 role="timer">{move || c.clock()}</p>
            <div class="timer-controls">
                <label class="field timer-minutes">
                    <span class="field-label">{text(Msg::TimerMinutes)}</span>
                    <input type="number" min="1" max="240" prop:value=move || c.minutes.get().to_string()
                        on:change:target=move |ev| {
                            if let Ok(m) = ev.target().value().parse::<i64>() {
                                c.set_minutes(m);
                            }
                        }/>
                </label>
                <Show when=move || !c.running() fallback=move || view! {
                    <button type="button" class="button" on:click=move |_| c.pause()>{text(Msg::TimerPause)}</button>
                }>
                    <button type="button" class="button button-primary" on:click=move |_| c.start()>{text(Msg::TimerStart)}</button>
                </Show>
                <button type="button" class="button" on:click=move |_| c.reset()>{text(Msg::TimerReset)}</button>
            </div>
        </section>
    }
}

/// The countdown in the projector's bar, while it is in use.
#[component]
pub fn TimerBadge() -> impl IntoView {
    let c = expect_context::<AppState>().countdown;
    move || {
        c.in_use().then(|| view! {
            <span class="timer-badge" class:timer-done=move || c.left.get() == 0 role="timer" aria-label=text(Msg::Timer)>
                {move || c.clock()}
            </span>
        })
    }
}
