//! The library's personas in IndexedDB: a database of their own (`klantreis-personas`), so
//! adding them did not have to upgrade the journeys' database (an upgrade waits for every
//! tab still running an older build to let go). The same rule as for journeys: every write
//! and delete names the revision its writer has seen, and is refused otherwise.

use super::revision::{Expect, StorageError, tab_id};
use super::{Handle, Record, classify, open_store, settle};
use js_sys::{Object, Reflect};
use klantreis_core::Id;
use klantreis_core::persona::{Persona, to_json};
use rexie::TransactionMode;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsValue;

pub const PERSONA_DB: &str = "klantreis-personas";
const VERSION: u32 = 1;
const PERSONAS: &str = "personas";

/// A persona as stored: the revision it was read at and, if it came from a file as it is,
/// its `updated_ms` then (see [`crate::storage::Stored::received`]).
#[derive(Clone, Debug, PartialEq)]
pub struct StoredPersona {
    pub persona: Persona,
    pub revision: u64,
    pub received: Option<i64>,
}

impl StoredPersona {
    pub fn edited_here(&self) -> bool {
        self.received != Some(self.persona.updated_ms)
    }

    pub fn expect(&self) -> Expect {
        Expect::after(self.revision)
    }
}

/// Every persona that reads, and the ids of records that do not.
pub type Listing = (Vec<StoredPersona>, Vec<String>);

/// Where personas live: IndexedDB, or memory when it cannot be opened (like the journeys).
#[derive(Clone)]
pub enum Shelf {
    Idb(Handle),
    Memory(Rc<RefCell<HashMap<Id, StoredPersona>>>),
}

fn field(value: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(value, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn record(persona: &Persona, revision: u64, from_file: bool) -> JsValue {
    let o = Object::new();
    let received = if from_file {
        JsValue::from_f64(persona.updated_ms as f64)
    } else {
        JsValue::NULL
    };
    for (k, v) in [
        ("id", JsValue::from_str(persona.id.as_str())),
        ("rev", JsValue::from_f64(revision as f64)),
        ("json", JsValue::from_str(&to_json(persona))),
        ("writer", JsValue::from_str(&tab_id())),
        ("received", received),
    ] {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&o, &k.into(), &v);
    }
    o.into()
}

/// One stored persona; the id of one that does not read (`Ok(Err)`), or why none could be
/// read (`Err`: the reader could not be fetched).
async fn read(value: &JsValue) -> Result<Result<StoredPersona, String>, StorageError> {
    let id = field(value, "id")
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let Some(json) = field(value, "json").and_then(|v| v.as_string()) else {
        return Ok(Err(id));
    };
    let persona = match super::reader::persona(json).await {
        Ok(persona) => persona,
        Err(StorageError::Unreadable(_)) => return Ok(Err(id)),
        Err(e) => return Err(e),
    };
    Ok(Ok(StoredPersona {
        persona,
        revision: Record::revision_of(value).unwrap_or(0),
        received: field(value, "received")
            .and_then(|v| v.as_f64())
            .map(|ms| ms as i64),
    }))
}

/// The order the library lists personas in: by name, whatever its case.
pub fn by_name(list: &mut [StoredPersona]) {
    list.sort_by_key(|p| p.persona.name.to_lowercase());
}

impl Shelf {
    /// The personas' database, or memory (and the reason) when it cannot be opened.
    pub async fn open() -> (Shelf, Option<StorageError>) {
        Self::open_named(PERSONA_DB).await
    }

    pub async fn open_named(name: &str) -> (Shelf, Option<StorageError>) {
        match open_store(name, VERSION, &[PERSONAS]).await {
            Ok(rexie) => (Shelf::Idb(Handle::new(rexie)), None),
            Err(e) => (Shelf::Memory(Rc::default()), Some(e)),
        }
    }

    /// Every persona, by name; a record that does not read is named by its id instead of
    /// hiding the others.
    pub async fn list(&self) -> Result<Listing, StorageError> {
        let (mut personas, unreadable) = match self {
            Shelf::Memory(map) => (map.borrow().values().cloned().collect(), Vec::new()),
            Shelf::Idb(db) => {
                let (_tx, store) = db.tx(PERSONAS, TransactionMode::ReadOnly)?;
                let values = store.get_all(None, None).await.map_err(classify)?;
                let (mut ok, mut bad) = (Vec::new(), Vec::new());
                for v in &values {
                    match read(v).await? {
                        Ok(p) => ok.push(p),
                        Err(id) => bad.push(id),
                    }
                }
                (ok, bad)
            }
        };
        by_name(&mut personas);
        Ok((personas, unreadable))
    }

    /// Stores the persona if the stored revision is still `expect`'s; returns the new one.
    pub async fn save(
        &self,
        persona: &Persona,
        expect: Expect,
        from_file: bool,
    ) -> Result<u64, StorageError> {
        let key = JsValue::from_str(persona.id.as_str());
        match self {
            Shelf::Memory(map) => {
                let mut map = map.borrow_mut();
                let revision = expect.check(map.get(&persona.id).map(|s| s.revision))?;
                let received = from_file.then_some(persona.updated_ms);
                let stored = StoredPersona {
                    persona: persona.clone(),
                    revision,
                    received,
                };
                map.insert(persona.id.clone(), stored);
                Ok(revision)
            }
            Shelf::Idb(db) => {
                let (tx, store) = db.tx(PERSONAS, TransactionMode::ReadWrite)?;
                let value = record(persona, expect.next(), from_file);
                let (stored, put) = futures::join!(store.get(key), store.put(&value, None));
                put.map_err(classify)?;
                let checked = stored
                    .map_err(classify)
                    .and_then(|s| expect.check(s.as_ref().and_then(Record::revision_of)));
                settle(tx, checked).await
            }
        }
    }

    /// Deletes the persona if its stored revision is still `expect`'s.
    pub async fn delete(&self, id: &Id, expect: Expect) -> Result<(), StorageError> {
        match self {
            Shelf::Memory(map) => {
                let mut map = map.borrow_mut();
                expect.check(map.get(id).map(|s| s.revision))?;
                map.remove(id);
                Ok(())
            }
            Shelf::Idb(db) => {
                db.delete(&[PERSONAS], JsValue::from_str(id.as_str()), expect)
                    .await
            }
        }
    }

    /// Lets go of the database, so it can be deleted.
    pub fn close(&self) {
        if let Shelf::Idb(db) = self {
            db.close();
        }
    }
}
