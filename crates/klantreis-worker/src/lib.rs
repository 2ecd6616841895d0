//! The side of a web worker that Klantreis's workers (XLSX, Word) share. A worker listens,
//! says `{ ready }` once it does (the app waits for that: a message posted before the handler
//! existed would be lost), and answers every message with one object: `{ <key>: value }` or
//! `{ error }`. The app's side is `src/components/transfer/worker.rs`.

#[cfg(target_arch = "wasm32")]
mod serve {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};

    /// Answers every message with what `answer` makes of its data: `Ok((key, value))` goes
    /// back as `{ key: value }`, `Err(reason)` as `{ error: reason }`.
    pub fn serve(answer: impl Fn(JsValue) -> Result<(&'static str, JsValue), String> + 'static) {
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply = scope.clone();
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let (key, value) =
                    answer(event.data()).unwrap_or_else(|e| ("error", JsValue::from_str(&e)));
                let out = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&out, &JsValue::from_str(key), &value);
                let _ = reply.post_message(&out);
            });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The worker lives as long as its handler.
        on_message.forget();
        let ready = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&ready, &JsValue::from_str("ready"), &JsValue::TRUE);
        let _ = scope.post_message(&ready);
    }

    /// Item `i` of a message that is an array, as text.
    pub fn text_at(data: &JsValue, i: u32) -> Option<String> {
        js_sys::Reflect::get(data, &JsValue::from(i))
            .ok()
            .and_then(|v| v.as_string())
    }

    /// Item `i` of a message that is an array.
    pub fn item(data: &JsValue, i: u32) -> JsValue {
        js_sys::Reflect::get(data, &JsValue::from(i)).unwrap_or(JsValue::UNDEFINED)
    }

    /// Bytes to send back.
    pub fn bytes(b: &[u8]) -> JsValue {
        js_sys::Uint8Array::from(b).into()
    }
}

#[cfg(target_arch = "wasm32")]
pub use serve::{bytes, item, serve, text_at};
