//! The web worker that reads a file of ours off the page. Parsing, migrating, checking and
//! cleaning a 20 MB file of 2,000 journeys blocked the page for a second; here it blocks
//! nothing. Message in: `[file text]`; out: `{ contents: [removed, [journey…], [persona…]] }`,
//! each journey and persona as the JSON this build stores, which the page then reads the
//! quick way a slice at a time (`format::restore`). A file that does not read answers
//! `{ error }`, and the page reads it itself for the reason in the user's words.

#[cfg(target_arch = "wasm32")]
fn main() {
    use klantreis_core::{file, format, persona};
    use klantreis_worker::{serve, text_at};
    use wasm_bindgen::JsValue;
    serve(|data| {
        let text = text_at(&data, 0).unwrap_or_default();
        let contents = file::read_contents(&text).map_err(|e| e.to_string())?;
        let texts = |all: Vec<String>| {
            all.into_iter()
                .map(JsValue::from)
                .collect::<js_sys::Array>()
        };
        let journeys = texts(contents.journeys.iter().map(format::to_json).collect());
        let personas = texts(contents.personas.iter().map(persona::to_json).collect());
        let removed = JsValue::from(contents.removed as f64);
        Ok((
            "contents",
            js_sys::Array::of3(&removed, &journeys, &personas).into(),
        ))
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
