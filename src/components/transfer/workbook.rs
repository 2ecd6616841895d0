//! XLSX through the web worker `xlsx_worker` (crates/klantreis-xlsx): the workbook writer is
//! 190 KB, so the browser fetches it only on the first workbook export, never on page load.

use crate::i18n::Lang;
use futures::channel::oneshot;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

/// The worker's loader script, written by trunk next to index.html.
const WORKER: &str = "./xlsx_worker_loader.js";

#[derive(Debug, thiserror::Error)]
pub enum WorkbookError {
    /// The worker script could not be loaded (offline before it was ever cached, say).
    #[error("{0}")]
    Worker(String),
    /// The worker ran but could not write the workbook.
    #[error("{0}")]
    Write(String),
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

/// The bytes of a workbook of the journeys in `library_file` (our own file format).
/// The worker says when it listens, and only then gets the file (see `xlsx_worker`).
pub async fn write(library_file: String, lang: Lang) -> Result<Vec<u8>, WorkbookError> {
    let worker = web_sys::Worker::new(WORKER).map_err(|e| WorkbookError::Worker(describe(&e)))?;
    let (send, receive) = oneshot::channel::<Result<Vec<u8>, WorkbookError>>();
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
    let message = js_sys::Array::of2(&library_file.into(), &lang.code().into());
    let on_message = {
        let answer = answer.clone();
        let worker = worker.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            if js_sys::Reflect::has(&data, &"ready".into()).unwrap_or(false) {
                if let Err(e) = worker.post_message(&message) {
                    answer(Err(WorkbookError::Worker(describe(&e))));
                }
                return;
            }
            let bytes = js_sys::Reflect::get(&data, &"bytes".into()).ok();
            let result = match bytes.and_then(|b| b.dyn_into::<js_sys::Uint8Array>().ok()) {
                Some(b) => Ok(b.to_vec()),
                None => Err(WorkbookError::Write(
                    js_sys::Reflect::get(&data, &"error".into())
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default(),
                )),
            };
            answer(result);
        })
    };
    let on_error = Closure::<dyn Fn(JsValue)>::new(move |e: JsValue| {
        answer(Err(WorkbookError::Worker(describe(&e))));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let result = receive
        .await
        .unwrap_or_else(|_| Err(WorkbookError::Worker("no answer".into())));
    worker.terminate();
    result
}
