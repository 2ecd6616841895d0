//! The web worker that writes XLSX workbooks. Trunk builds it as a second wasm file that the
//! app fetches only when someone exports a workbook, so rust_xlsxwriter stays out of the first
//! load. Message in: `[library file text, language code]`; out: `{ bytes }` or `{ error }`
//! (the plumbing: crates/klantreis-worker).

#[cfg(target_arch = "wasm32")]
fn main() {
    use klantreis_worker::{bytes, serve, text_at};
    serve(|data| {
        let text = text_at(&data, 0).unwrap_or_default();
        let lang = text_at(&data, 1)
            .and_then(|code| klantreis_words::Lang::from_code(&code))
            .unwrap_or_default();
        let contents = klantreis_core::file::read_contents(&text).map_err(|e| e.to_string())?;
        klantreis_xlsx::workbook(&contents.journeys, &contents.personas, lang)
            .map(|b| ("bytes", bytes(&b)))
            .map_err(|e| e.to_string())
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
