//! Thin, failure-tolerant wrappers around the browser APIs the app needs outside storage.

use klantreis_core::Id;

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Long work on the page, cut into slices: [`Slices::yield_now`] lets the browser paint and
/// answer input once a slice has run this long, so the page is never blocked for more than
/// about that (a fixed count of items per slice paused far too often for small items, and
/// each pause costs a clamped timer of 4 ms).
pub struct Slices {
    since: f64,
}

impl Slices {
    const SLICE_MS: f64 = 50.0;

    pub fn new() -> Self {
        Slices {
            since: js_sys::Date::now(),
        }
    }

    /// Whether a slice has ended; the caller then shows its progress and awaits [`Self::yield_now`].
    pub fn due(&self) -> bool {
        js_sys::Date::now() - self.since >= Self::SLICE_MS
    }

    pub async fn yield_now(&mut self) {
        gloo_timers::future::TimeoutFuture::new(0).await;
        self.since = js_sys::Date::now();
    }
}

impl Default for Slices {
    fn default() -> Self {
        Self::new()
    }
}

/// A fresh id from `crypto.randomUUID()`; falls back to time and `Math.random` where the
/// page is not a secure context (plain http on a LAN address) and `randomUUID` is missing.
pub fn new_id() -> Id {
    let uuid = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .filter(|c| js_sys::Reflect::has(c, &"randomUUID".into()).unwrap_or(false))
        .map(|c| c.random_uuid());
    Id::new(uuid.unwrap_or_else(|| {
        format!(
            "{:x}-{:x}",
            now_ms(),
            (js_sys::Math::random() * f64::from(u32::MAX)) as u32
        )
    }))
}

/// `localStorage`, where the browser allows it (not in some private windows).
/// Puts `text` on the system clipboard; true once the browser took it.
pub async fn copy_text(text: String) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .is_ok()
}

pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// A remembered preference; `None` where storage is blocked.
pub fn pref(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok()?
}

pub fn set_pref(key: &str, value: &str) {
    if let Some(s) = local_storage() {
        // A preference that cannot be stored is only forgotten at the next visit.
        let _ = s.set_item(key, value);
    }
}

pub fn remove_pref(key: &str) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(key);
    }
}

/// Formats a timestamp as a local date and time in the user's language.
pub fn format_time(ms: i64, lang: crate::i18n::Lang) -> String {
    if ms <= 0 {
        return String::new();
    }
    let date = js_sys::Date::new(&(ms as f64).into());
    let opts = js_sys::Object::new();
    for (k, v) in [
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&opts, &k.into(), &v.into());
    }
    date.to_locale_string(lang.code(), &opts).into()
}

pub fn set_document_lang(lang: crate::i18n::Lang) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", lang.code());
    }
}

/// Asks for full screen. Browsers refuse it without a recent user gesture or for an element
/// not (yet) in the page, by rejecting a promise that web-sys's binding drops: unhandled, that
/// is an uncaught error. Here a refusal is expected and quiet: the page works without it.
pub fn request_fullscreen(el: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let asked = js_sys::Reflect::get(el, &"requestFullscreen".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(el).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(promise) = asked {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Starts a User Timing measure (visible in dev tools; read by `bench/run.mjs`).
pub fn perf_start(name: &str) {
    if let Some(p) = performance() {
        let _ = p.mark(&format!("{name}:start"));
    }
}

/// Ends the User Timing measure started by [`perf_start`] with the same name.
pub fn perf_end(name: &str) {
    if let Some(p) = performance() {
        let _ = p.measure_with_start_mark(name, &format!("{name}:start"));
    }
}

/// Takes control and bidirectional-override characters (see `klantreis_core::text`) out of
/// every text field as it is typed or pasted into, before the app's own handlers read it: one
/// capturing listener for all fields, present and future. `told` hears how many went.
pub fn guard_text_input(told: impl Fn(usize) + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let on_input = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(target) = ev.target() else { return };
        let is_text = target.is_instance_of::<web_sys::HtmlInputElement>()
            || target.is_instance_of::<web_sys::HtmlTextAreaElement>();
        let key = wasm_bindgen::JsValue::from_str("value");
        let Some(value) = is_text
            .then(|| js_sys::Reflect::get(&target, &key).ok()?.as_string())
            .flatten()
        else {
            return;
        };
        let (cleaned, removed) = klantreis_core::text::clean(&value);
        if removed > 0 {
            let _ = js_sys::Reflect::set(&target, &key, &cleaned.as_ref().into());
            told(removed);
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback_and_bool(
            "input",
            on_input.as_ref().unchecked_ref(),
            true,
        );
    }
    // Lives as long as the page.
    on_input.forget();
}

/// Focuses the first element `selector` finds after the next frame is drawn (when the DOM
/// has caught up with the change that asked for it: a card or row moved, a panel opened).
pub fn focus_later(selector: String) {
    leptos::prelude::request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = leptos::prelude::document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
