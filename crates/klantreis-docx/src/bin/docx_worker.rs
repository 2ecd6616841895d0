//! The web worker for Word files. Trunk builds it as a separate wasm file that the app fetches
//! only when someone opens or downloads a .docx, so docx-rs stays out of the first load. It
//! says `{ ready }` once it listens; then message in: `[what, input, language code]` where
//! `what` is `"read"` (input: the file's bytes) or `"report"` / `"retold"` (input: the
//! journey in our file format); message out: `{ text }`, `{ bytes }` or `{ error }`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let at = |i: u32| js_sys::Reflect::get(&data, &JsValue::from(i)).ok();
            let what = at(0).and_then(|v| v.as_string()).unwrap_or_default();
            let lang = at(2)
                .and_then(|v| v.as_string())
                .and_then(|code| klantreis_words::Lang::from_code(&code))
                .unwrap_or_default();
            let input = at(1).unwrap_or(JsValue::UNDEFINED);
            let out = js_sys::Object::new();
            let (key, value): (&str, JsValue) = match answer(&what, input, lang) {
                Ok(Answer::Text(t)) => ("text", JsValue::from_str(&t)),
                Ok(Answer::Bytes(b)) => ("bytes", js_sys::Uint8Array::from(b.as_slice()).into()),
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
enum Answer {
    Text(String),
    Bytes(Vec<u8>),
}

#[cfg(target_arch = "wasm32")]
fn answer(
    what: &str,
    input: wasm_bindgen::JsValue,
    lang: klantreis_words::Lang,
) -> Result<Answer, String> {
    use wasm_bindgen::JsCast;
    if what == "read" {
        let bytes = input
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| "no file".to_owned())?
            .to_vec();
        return klantreis_docx::interview::text_of(&bytes)
            .map(Answer::Text)
            .map_err(|e| e.to_string());
    }
    let text = input.as_string().unwrap_or_default();
    let journey = klantreis_core::format::restore(&text).map_err(|e| e.to_string())?;
    let written = match what {
        "report" => klantreis_docx::report::report(&journey, lang),
        _ => klantreis_docx::report::retold(&journey, lang),
    };
    written.map(Answer::Bytes).map_err(|e| e.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
