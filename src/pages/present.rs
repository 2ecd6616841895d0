//! A journey on the projector: full screen, large type, one touchpoint at a time with the
//! emotion curve building up; two groups' journeys of the same client side by side; or the
//! whole map at once, fitted to the screen.
//! Keys: → / Space next, ← back, Home / End, K whole map, F full screen, Escape back.

use crate::components::emotion::emotion_class;
use crate::components::persona::PersonaLine;
use crate::components::workshop::TimerBadge;
use crate::i18n::{Counted, Msg, text, use_i18n};
use crate::labels;
use crate::state::{AppState, LibraryState, Route};
use klantreis_core::{Id, Journey};
use leptos::prelude::*;

#[component]
pub fn PresentPage(first: Id, second: Option<Id>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let ids = StoredValue::new((first, second));
    let loaded = LocalResource::new(move || {
        let library = app.library.get();
        let (a, b) = ids.get_value();
        async move {
            let LibraryState::Ready(l) = library else {
                return None;
            };
            let a = l.load(&a).await.map(|s| s.journey);
            let b = match b {
                Some(b) => Some(l.load(&b).await.map(|s| s.journey)),
                None => None,
            };
            Some((a, b))
        }
    });
    move || match loaded.get().flatten() {
        None => view! { <p class="loading">{text(Msg::Loading)}</p> }.into_any(),
        Some((Ok(a), b)) => {
            let b = b.and_then(Result::ok);
            view! { <Presentation a=a b=b/> }.into_any()
        }
        Some((Err(e), _)) => {
            let lang = use_i18n().lang;
            let reason = move || crate::components::notices::journey_unopened(&e, lang.get());
            view! { <p class="page-message" role="alert">{reason}</p> }.into_any()
        }
    }
}

#[component]
fn Presentation(a: Journey, b: Option<Journey>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let steps = a
        .touchpoints
        .len()
        .max(b.as_ref().map_or(0, |b| b.touchpoints.len()));
    // Steps shown: 1 = the first touchpoint.
    let step = RwSignal::new(steps.min(1));
    let whole = RwSignal::new(false);
    let back = {
        let template = a.workshop.as_ref().and_then(|w| {
            app.summaries.with_untracked(|list| {
                list.iter()
                    .find(|s| {
                        s.workshop
                            .as_ref()
                            .is_some_and(|(id, _, g)| *id == w.id && g.is_none())
                    })
                    .map(|s| s.id.clone())
            })
        });
        let journey = a.id.clone();
        move || match template.clone() {
            Some(t) => Route::Workshop(t),
            None => Route::Journey(journey.clone(), None),
        }
    };
    let back = StoredValue::new(back);
    let full_screen = move || {
        if let Some(el) = document().document_element() {
            crate::browser::request_fullscreen(&el);
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        use wasm_bindgen::JsCast;
        // Space on a focused button presses that button; it must not also step.
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.tag_name() == "BUTTON");
        if on_button && ev.key() == " " {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | " " | "PageDown" => step.update(|s| *s = (*s + 1).min(steps)),
            "ArrowLeft" | "PageUp" => step.update(|s| *s = s.saturating_sub(1).max(steps.min(1))),
            "Home" => step.set(steps.min(1)),
            "End" => step.set(steps),
            "f" | "F" => full_screen(),
            "k" | "K" => whole.update(|w| *w = !*w),
            "Escape" => app.navigate(back.with_value(|b| b())),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
    let two = b.is_some();
    view! {
        <div class="present" class:present-two=two>
            <div class="present-bar">
                <StepLabel step=step steps=steps whole=whole/>
                <span class="present-keys">{text(Msg::PresentKeys)}</span>
                <TimerBadge/>
                <button type="button" class="button button-small" on:click=move |_| step.update(|s| *s = s.saturating_sub(1).max(steps.min(1)))>{text(Msg::Previous)}</button>
                <button type="button" class="button button-small" on:click=move |_| step.update(|s| *s = (*s + 1).min(steps))>{text(Msg::Next)}</button>
                <button type="button" class="button button-small" aria-pressed=move || whole.get().to_string()
                    aria-keyshortcuts="K" on:click=move |_| whole.update(|w| *w = !*w)>{text(Msg::PresentWholeMap)}</button>
                <button type="button" class="button button-small" on:click=move |_| full_screen()>{text(Msg::FullScreen)}</button>
                <button type="button" class="button button-small" on:click=move |_| app.navigate(back.with_value(|b| b()))>{text(Msg::Close)}</button>
            </div>
            <div class="present-columns">
                <Column journey=a step=step whole=whole/>
                {b.map(|b| view! { <Column journey=b step=step whole=whole/> })}
            </div>
        </div>
    }
}

/// Where the presentation is: "Stap 3 van 8", or "Hele kaart".
#[component]
fn StepLabel(step: RwSignal<usize>, steps: usize, whole: RwSignal<bool>) -> impl IntoView {
    let lang = use_i18n().lang;
    let label = move || match whole.get() {
        true => lang.get().text(Msg::PresentWholeMap).to_owned(),
        false => lang.get().text_with(
            Msg::PresentStep,
            &[step.get().to_string(), steps.to_string()],
        ),
    };
    view! { <span class="present-step" aria-live="polite">{label}</span> }
}

/// One journey: its name, the current touchpoint large, and the curve so far; or its whole map.
#[component]
fn Column(journey: Journey, step: RwSignal<usize>, whole: RwSignal<bool>) -> impl IntoView {
    let lang = use_i18n().lang;
    let journey = StoredValue::new(journey);
    let group = journey.with_value(|j| j.workshop.as_ref().and_then(|w| w.group.clone()));
    let app = expect_context::<AppState>();
    let persona = journey.with_value(|j| j.persona.id.as_ref().and_then(|id| app.personas.get(id)));
    let current = move || {
        journey.with_value(|j| {
            let n = step.get().min(j.touchpoints.len());
            (n > 0).then(|| {
                let t = j.touchpoints[n - 1].clone();
                let agency = j
                    .agency(&t.agency)
                    .map(|a| a.name.clone())
                    .unwrap_or_default();
                let phase = t
                    .phase
                    .as_ref()
                    .and_then(|p| j.phase(p))
                    .map(|p| p.name.clone());
                (t, agency, phase)
            })
        })
    };
    view! {
        <section class="present-column">
            <h1 class="present-title">{journey.with_value(|j| j.title.clone())}</h1>
            {group.map(|g| view! { <p class="present-group">{g}</p> })}
            {persona.map(|p| view! { <PersonaLine persona=p.persona/> })}
            {move || whole.get().then(|| view! { <WholeMap journey=journey/> })}
            {move || (!whole.get()).then(current).flatten().map(|(tp, agency, phase)| {
                let emotion = tp.emotion;
                view! {
                    <article class="present-card">
                        {phase.map(|p| view! { <p class="present-phase">{p}</p> })}
                        <p class="present-agency">{agency} " · " {move || lang.get().text(labels::channel(&tp.channel))}</p>
                        <h2>{tp.title.clone()}</h2>
                        {(!tp.what.is_empty()).then(|| view! { <p>{tp.what.clone()}</p> })}
                        {(!tp.quote.is_empty()).then(|| view! { <blockquote>"“" {tp.quote.clone()} "”"</blockquote> })}
                        {emotion.map(|e| view! {
                            <p class=format!("present-emotion {}", emotion_class(Some(e)))>{move || lang.get().text(labels::emotion(Some(e)))}</p>
                        })}
                        <ul class="present-notes">
                            {tp.pain_points.iter().map(|p| view! { <li class="present-pain">{p.clone()}</li> }).collect_view()}
                            {tp.opportunities.iter().map(|o| view! { <li class="present-chance">{o.clone()}</li> }).collect_view()}
                        </ul>
                    </article>
                }
            })}
            {move || (!whole.get()).then(|| view! { <Curve journey=journey step=step/> })}
        </section>
    }
}

/// The whole map as the SVG export draws it, scaled to fit. As an image: an SVG in an <img>
/// can run nothing, whatever text the journey holds.
#[component]
fn WholeMap(journey: StoredValue<Journey>) -> impl IntoView {
    let lang = use_i18n().lang;
    let src = move || {
        let svg = journey.with_value(|j| klantreis_core::export::svg::map(j, lang.get()));
        let encoded = String::from(js_sys::encode_uri_component(&svg));
        format!("data:image/svg+xml;charset=utf-8,{encoded}")
    };
    let alt = move || {
        journey.with_value(|j| {
            let n = lang.get().count(Counted::Touchpoints, j.touchpoints.len());
            lang.get()
                .text_with(Msg::PresentWholeMapAlt, &[j.title.clone(), n])
        })
    };
    view! { <img class="present-map" src=src alt=alt/> }
}

/// The emotion curve up to the current step, on the journey's full width.
#[component]
fn Curve(journey: StoredValue<Journey>, step: RwSignal<usize>) -> impl IntoView {
    let lang = use_i18n().lang;
    let n = journey.with_value(|j| j.touchpoints.len()).max(1);
    let (w, h) = (100.0 * n as f64, 160.0);
    let x = move |i: usize| 50.0 + 100.0 * i as f64;
    let y = move |e: i8| 20.0 + (2.0 - f64::from(e)) * (h - 40.0) / 4.0;
    let points = move || {
        journey.with_value(|j| {
            j.touchpoints
                .iter()
                .take(step.get())
                .enumerate()
                .filter_map(|(i, t)| t.emotion.map(|e| (i, e.value())))
                .collect::<Vec<_>>()
        })
    };
    let label = move || {
        lang.get().text_with(
            Msg::CurveSoFar,
            &[lang.get().count(Counted::Touchpoints, step.get())],
        )
    };
    let line = move || {
        points()
            .iter()
            .map(|(i, e)| format!("{},{}", x(*i), y(*e)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    view! {
        <svg class="present-curve" viewBox=format!("0 0 {w} {h}") role="img" aria-label=label>
            <line x1="0" x2=w y1=y(0) y2=y(0) class="present-zero"/>
            <polyline class="present-line" points=line/>
            {move || points().into_iter().map(|(i, e)| view! {
                <circle cx=x(i) cy=y(e) r="9" class=format!("curve-dot present-dot {}", emotion_class(klantreis_core::Emotion::new(i64::from(e)).ok()))/>
            }).collect_view()}
        </svg>
    }
}
