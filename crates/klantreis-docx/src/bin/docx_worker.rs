//! The web worker for Word files. Trunk builds it as a separate wasm file that the app fetches
//! only when someone opens or downloads a .docx, so docx-rs stays out of the first load.
//! Message in: `[what, input, language code]` where `what` is `"read"` (input: the file's
//! bytes) or `"report"` / `"retold"` (input: the journey in our file format); out: `{ text }`,
//! `{ bytes }` or `{ error }` (the plumbing: crates/klantreis-worker).

#[cfg(target_arch = "wasm32")]
fn main() {
    use klantreis_worker::{bytes, item, serve, text_at};
    use wasm_bindgen::{JsCast, JsValue};
    serve(|data| {
        let what = text_at(&data, 0).unwrap_or_default();
        if what == "read" {
            let file = item(&data, 1)
                .dyn_into::<js_sys::Uint8Array>()
                .map_err(|_| "no file".to_owned())?
                .to_vec();
            return klantreis_docx::interview::text_of(&file)
                .map(|t| ("text", JsValue::from_str(&t)))
                .map_err(|e| e.to_string());
        }
        let lang = text_at(&data, 2)
            .and_then(|code| klantreis_words::Lang::from_code(&code))
            .unwrap_or_default();
        let text = text_at(&data, 1).unwrap_or_default();
        let journey = klantreis_core::format::restore(&text).map_err(|e| e.to_string())?;
        let written = match what.as_str() {
            "report" => klantreis_docx::report::report(&journey, lang),
            _ => klantreis_docx::report::retold(&journey, lang),
        };
        written
            .map(|b| ("bytes", bytes(&b)))
            .map_err(|e| e.to_string())
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
