//! The browser's own storage as a whole: how much is used, whether it is kept under storage
//! pressure, when the last backup was made, and erasing everything the app keeps here.

use super::persona::{PERSONA_DB, Shelf};
use super::{DB_NAME, Library};
use crate::browser::local_storage;
use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const BACKUP_LAST: &str = "klantreis.backup.last";
const BACKUP_SINCE: &str = "klantreis.backup.since";
const BACKUP_EDITS: &str = "klantreis.backup.edits";
/// A backup is suggested after this many stored changes, or this long after the first one.
pub const BACKUP_AFTER_EDITS: u32 = 50;
pub const BACKUP_AFTER_MS: i64 = 7 * 24 * 60 * 60 * 1000;

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// `navigator.storage`, where the browser has it (not on plain http from another machine).
fn manager() -> Option<JsValue> {
    get(&web_sys::window()?.navigator().into(), "storage")
}

async fn call(target: &JsValue, method: &str) -> Option<JsValue> {
    let f = get(target, method)?.dyn_into::<js_sys::Function>().ok()?;
    let promise = f.call0(target).ok()?.dyn_into::<Promise>().ok()?;
    JsFuture::from(promise).await.ok()
}

/// Bytes used and the quota, as the browser estimates them.
pub async fn estimate() -> Option<(f64, f64)> {
    let e = call(&manager()?, "estimate").await?;
    Some((get(&e, "usage")?.as_f64()?, get(&e, "quota")?.as_f64()?))
}

/// Whether the browser keeps this site's data under storage pressure.
pub async fn persisted() -> Option<bool> {
    call(&manager()?, "persisted").await?.as_bool()
}

/// Asks the browser to keep this site's data (it may decide by itself, without a prompt).
pub async fn persist() -> Option<bool> {
    call(&manager()?, "persist").await?.as_bool()
}

fn read_i64(key: &str) -> Option<i64> {
    local_storage()?.get_item(key).ok()??.parse().ok()
}

fn write(key: &str, value: impl ToString) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(key, &value.to_string());
    }
}

/// A change was stored: it is in no backup yet.
pub fn note_change(now_ms: i64) {
    note_changes(now_ms, 1);
}

/// `count` changes at once (an import): one write to localStorage, not one per journey
/// (2,000 of them were a tenth of an import's longest task).
pub fn note_changes(now_ms: i64, count: i64) {
    if read_i64(BACKUP_SINCE).is_none() {
        write(BACKUP_SINCE, now_ms);
    }
    write(BACKUP_EDITS, read_i64(BACKUP_EDITS).unwrap_or(0) + count);
}

/// Everything is in a file now.
pub fn note_backup(now_ms: i64) {
    write(BACKUP_LAST, now_ms);
    if let Some(s) = local_storage() {
        let _ = s.remove_item(BACKUP_SINCE);
        let _ = s.remove_item(BACKUP_EDITS);
    }
}

/// When the last backup was made, and whether one is due.
pub fn backup_state(now_ms: i64) -> (Option<i64>, bool) {
    let edits = read_i64(BACKUP_EDITS).unwrap_or(0);
    let due = edits >= i64::from(BACKUP_AFTER_EDITS)
        || read_i64(BACKUP_SINCE).is_some_and(|since| now_ms - since >= BACKUP_AFTER_MS);
    (read_i64(BACKUP_LAST), due)
}

/// Why erasing stopped.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EraseError {
    #[error("another tab keeps the database open")]
    Blocked,
    #[error("{0}")]
    Browser(String),
}

/// Deletes one IndexedDB database; waits for other tabs to close it, which they do when
/// told (sync.rs).
async fn delete_database(name: &str) -> Result<(), EraseError> {
    let deleted = rexie::Rexie::delete(name);
    let timeout = gloo_timers::future::TimeoutFuture::new(5_000);
    match futures::future::select(Box::pin(deleted), timeout).await {
        futures::future::Either::Left((Ok(()), _)) => Ok(()),
        futures::future::Either::Left((Err(e), _)) => Err(EraseError::Browser(e.to_string())),
        futures::future::Either::Right(_) => Err(EraseError::Blocked),
    }
}

/// Removes everything the app keeps in this browser: the IndexedDB databases (journeys and
/// personas), localStorage (preferences, rescued copies, backup dates), the offline caches
/// and the service worker.
pub async fn erase_everything(library: &Library, shelf: &Shelf) -> Result<(), EraseError> {
    library.close();
    shelf.close();
    let window = web_sys::window().ok_or(EraseError::Browser("no window".into()))?;
    delete_database(DB_NAME).await?;
    delete_database(PERSONA_DB).await?;
    if let Some(s) = local_storage() {
        let _ = s.clear();
    }
    let browser = |e: JsValue| EraseError::Browser(format!("{e:?}"));
    if let Some(caches) = get(&window.clone().into(), "caches")
        && let Some(keys) = call(&caches, "keys").await
    {
        let delete = Reflect::get(&caches, &"delete".into())
            .map_err(browser)?
            .dyn_into::<js_sys::Function>()
            .map_err(browser)?;
        for key in Array::from(&keys).iter() {
            if let Ok(p) = delete.call1(&caches, &key) {
                let _ = JsFuture::from(Promise::from(p)).await;
            }
        }
    }
    if let Some(container) = get(&window.navigator().into(), "serviceWorker")
        && let Some(list) = call(&container, "getRegistrations").await
    {
        for registration in Array::from(&list).iter() {
            let _ = call(&registration, "unregister").await;
        }
    }
    Ok(())
}
