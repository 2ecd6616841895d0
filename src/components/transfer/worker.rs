//! Work done in a web worker of its own wasm, fetched only on first use: the XLSX writer
//! (`xlsx_worker`, crates/klantreis-xlsx, 190 KB), Word files (`docx_worker`,
//! crates/klantreis-docx) and reading an imported file (`reader_worker`,
//! crates/klantreis-worker). A worker is started for one question, answers once, and ends.

use crate::i18n::Lang;
use futures::channel::oneshot;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

/// The workers' loader scripts, written by trunk next to index.html.
const XLSX: &str = "./xlsx_worker_loader.js";
const DOCX: &str = "./docx_worker_loader.js";
const READER: &str = "./reader_worker_loader.js";

#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    /// The worker script could not be loaded (offline before it was ever cached, say).
    #[error("{0}")]
    Worker(String),
    /// The worker ran but could not do the work; its reason.
    #[error("{0}")]
    Failed(String),
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<web_sys::ErrorEvent>()
                .map(|ev| ev.message())
                .filter(|m| !m.is_empty())
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// Starts the worker at `script`, posts `message` once it says it listens, and gives its
/// answer (an object with `bytes`, `text` or `error`).
async fn ask(script: &str, message: js_sys::Array) -> Result<JsValue, WorkerError> {
    let worker = web_sys::Worker::new(script).map_err(|e| WorkerError::Worker(describe(&e)))?;
    let (send, receive) = oneshot::channel::<Result<JsValue, WorkerError>>();
    // Whichever of message or error comes first answers; the other finds the sender gone.
    let send = std::rc::Rc::new(std::cell::RefCell::new(Some(send)));
    let answer = {
        let send = send.clone();
        move |result| {
            if let Some(s) = send.borrow_mut().take() {
                let _ = s.send(result);
            }
        }
    };
    let on_message = {
        let answer = answer.clone();
        let worker = worker.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            if js_sys::Reflect::has(&data, &"ready".into()).unwrap_or(false) {
                if let Err(e) = worker.post_message(&message) {
                    answer(Err(WorkerError::Worker(describe(&e))));
                }
                return;
            }
            let error = js_sys::Reflect::get(&data, &"error".into())
                .ok()
                .and_then(|v| v.as_string());
            answer(match error {
                Some(reason) => Err(WorkerError::Failed(reason)),
                None => Ok(data),
            });
        })
    };
    let on_error = Closure::<dyn Fn(JsValue)>::new(move |e: JsValue| {
        answer(Err(WorkerError::Worker(describe(&e))));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let result = receive
        .await
        .unwrap_or_else(|_| Err(WorkerError::Worker("no answer".into())));
    worker.terminate();
    result
}

fn bytes(data: &JsValue) -> Result<Vec<u8>, WorkerError> {
    js_sys::Reflect::get(data, &"bytes".into())
        .ok()
        .and_then(|b| b.dyn_into::<js_sys::Uint8Array>().ok())
        .map(|b| b.to_vec())
        .ok_or_else(|| WorkerError::Failed("no bytes".into()))
}

/// The bytes of a workbook of the journeys in `library_file` (our own file format).
pub async fn workbook(library_file: String, lang: Lang) -> Result<Vec<u8>, WorkerError> {
    let message = js_sys::Array::of2(&library_file.into(), &lang.code().into());
    bytes(&ask(XLSX, message).await?)
}

/// Which Word document of a journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordReport {
    /// The report with the facts, pain points and quotes.
    Report,
    /// The gekanteld verslag.
    Retold,
}

/// The .docx of `journey_file` (one journey in our format) as `kind` says.
pub async fn word(
    kind: WordReport,
    journey_file: String,
    lang: Lang,
) -> Result<Vec<u8>, WorkerError> {
    let what = match kind {
        WordReport::Report => "report",
        WordReport::Retold => "retold",
    };
    let message = js_sys::Array::of3(&what.into(), &journey_file.into(), &lang.code().into());
    bytes(&ask(DOCX, message).await?)
}

/// The text of a Word document.
pub async fn word_text(file: Vec<u8>) -> Result<String, WorkerError> {
    let input = js_sys::Uint8Array::from(file.as_slice());
    let message = js_sys::Array::of3(&"read".into(), &input, &JsValue::from_str(""));
    js_sys::Reflect::get(&ask(DOCX, message).await?, &"text".into())
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| WorkerError::Failed("no text".into()))
}

/// A file of ours as the reading worker read it: how many unwanted characters it took out,
/// and each journey's and persona's JSON as this build stores it.
pub struct ReadFile {
    pub removed: usize,
    pub journeys: Vec<String>,
    pub personas: Vec<String>,
}

/// Reads, migrates, checks and cleans a file of ours off the page.
pub async fn read_file(text: &str) -> Result<ReadFile, WorkerError> {
    let answer = ask(READER, js_sys::Array::of1(&JsValue::from_str(text))).await?;
    let contents = js_sys::Reflect::get(&answer, &"contents".into())
        .ok()
        .filter(js_sys::Array::is_array)
        .map(|v| js_sys::Array::from(&v))
        .ok_or_else(|| WorkerError::Failed("no contents".into()))?;
    let texts = |i: u32| -> Vec<String> {
        js_sys::Array::from(&contents.get(i))
            .iter()
            .filter_map(|s| s.as_string())
            .collect()
    };
    Ok(ReadFile {
        removed: contents.get(0).as_f64().unwrap_or(0.0) as usize,
        journeys: texts(1),
        personas: texts(2),
    })
}
