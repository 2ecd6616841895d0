//! The web worker that writes XLSX workbooks. Trunk builds it as a second wasm file that the
//! app fetches only when someone exports a workbook, so rust_xlsxwriter stays out of the first
//! load. It says `{ ready }` once it listens; then message in: `[library file text, language code]`,
//! message out: `{ bytes }` or `{ error }`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let text = js_sys::Reflect::get(&data, &JsValue::from(0))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let lang = js_sys::Reflect::get(&data, &JsValue::from(1))
                .ok()
                .and_then(|v| v.as_string())
                .and_then(|code| klantreis_words::Lang::from_code(&code))
                .unwrap_or_default();
            let out = js_sys::Object::new();
            let (key, value): (&str, JsValue) = match write(&text, lang) {
                Ok(bytes) => ("bytes", js_sys::Uint8Array::from(bytes.as_slice()).into()),
                Err(e) => ("error", JsValue::from_str(&e)),
            };
            let _ = js_sys::Reflect::set(&out, &JsValue::from_str(key), &value);
            let _ = reply.post_message(&out);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as its handler.
    on_message.forget();
    // A message posted before this handler existed would be lost: the app waits for this one.
    let ready = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ready, &JsValue::from_str("ready"), &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}

#[cfg(target_arch = "wasm32")]
fn write(text: &str, lang: klantreis_words::Lang) -> Result<Vec<u8>, String> {
    let contents = klantreis_core::file::read_contents(text).map_err(|e| e.to_string())?;
    klantreis_xlsx::workbook(&contents.journeys, &contents.personas, lang)
        .map_err(|e| e.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
