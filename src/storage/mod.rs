//! The journey library in IndexedDB (through rexie).
//!
//! One object store, `journeys`, keyed by journey id. A record keeps the journey as the JSON
//! of [`klantreis_core::format`] beside the few fields the library lists, so listing never
//! parses a journey, and a revision number that detects writes from another tab.

pub mod device;
mod memory;
pub mod persona;
pub mod reader;
mod record;
pub mod rescue;
mod revision;

use futures::future::{Either, select};
use gloo_timers::future::TimeoutFuture;
use klantreis_core::{Id, Journey, JourneySummary};
use rexie::{ObjectStore, Rexie, Store, Transaction, TransactionMode};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;

pub use memory::Memory;
pub use record::Record;
pub use revision::{Expect, StorageError, Stored, Write, tab_id};

pub const DB_NAME: &str = "klantreis";
/// The IndexedDB layout version (stores and indexes); the journey JSON has its own schema.
pub const DB_VERSION: u32 = 1;
const JOURNEYS: &str = "journeys";
/// An open that takes longer than this is waiting for another tab to let go (`blocked`).
const OPEN_TIMEOUT_MS: u32 = 5_000;
/// How many journeys are parsed between two pauses of `load_every`: well under 200 ms each.
const PARSE_SLICE: usize = 100;

/// Waits for a read-write transaction to commit. An abort at commit, after every request
/// succeeded, is the browser refusing the write for lack of space (QuotaExceededError) or a
/// disk failure; either way nothing was stored, and that must never read as "saved".
async fn finish(tx: Transaction) -> Result<(), StorageError> {
    match tx.done().await.map_err(classify)? {
        r if r.is_committed() => Ok(()),
        _ => Err(StorageError::Quota),
    }
}

fn classify(e: rexie::Error) -> StorageError {
    let text = match &e {
        rexie::Error::IdbError(inner) => inner.to_string(),
        other => other.to_string(),
    };
    if text.contains("QuotaExceeded") {
        StorageError::Quota
    } else {
        StorageError::Other(text)
    }
}

/// An open IndexedDB database of this app; `None` once closed (before it is erased), after
/// which every use is `Unavailable`. The journeys' and the personas' databases both use it.
#[derive(Clone)]
pub struct Handle(Rc<RefCell<Option<Rexie>>>);

impl Handle {
    fn new(rexie: Rexie) -> Self {
        Handle(Rc::new(RefCell::new(Some(rexie))))
    }

    /// A transaction on one store; keep the transaction until the work is done.
    fn tx(&self, name: &str, mode: TransactionMode) -> Result<(Transaction, Store), StorageError> {
        let tx = self
            .0
            .borrow()
            .as_ref()
            .ok_or(StorageError::Unavailable)?
            .transaction(&[name], mode)
            .map_err(classify)?;
        let store = tx.store(name).map_err(classify)?;
        Ok((tx, store))
    }

    /// Deletes the record under `key` if its stored revision is still `expect`'s.
    async fn delete(&self, name: &str, key: JsValue, expect: Expect) -> Result<(), StorageError> {
        let (tx, store) = self.tx(name, TransactionMode::ReadWrite)?;
        let (stored, deleted) = futures::join!(store.get(key.clone()), store.delete(key));
        deleted.map_err(classify)?;
        let checked = stored
            .map_err(classify)
            .and_then(|v| expect.check(v.as_ref().and_then(Record::revision_of)));
        settle(tx, checked).await.map(|_| ())
    }

    /// Lets go of the database, so it can be deleted.
    fn close(&self) {
        if let Some(rexie) = self.0.borrow_mut().take() {
            rexie.close();
        }
    }
}

/// Commits a write whose revision was the expected one (`checked`), and aborts it, undoing
/// every request, otherwise.
async fn settle(tx: Transaction, checked: Result<u64, StorageError>) -> Result<u64, StorageError> {
    match checked {
        Ok(revision) => finish(tx).await.map(|()| revision),
        Err(e) => {
            let _ = tx.abort().await;
            Err(e)
        }
    }
}

/// Opens (and creates) a database of one object store keyed by `id`.
async fn open_store(name: &str, version: u32, store: &str) -> Result<Rexie, StorageError> {
    let build = Rexie::builder(name)
        .version(version)
        .add_object_store(ObjectStore::new(store).key_path("id"))
        .build();
    match select(Box::pin(build), TimeoutFuture::new(OPEN_TIMEOUT_MS)).await {
        Either::Left((Ok(rexie), _)) => Ok(rexie),
        Either::Left((Err(_), _)) => Err(StorageError::Unavailable),
        Either::Right(_) => Err(StorageError::Blocked),
    }
}

/// The library of journeys: IndexedDB, or memory when IndexedDB cannot be used.
#[derive(Clone)]
pub enum Library {
    Idb(Idb),
    Memory(Memory),
}

impl Library {
    pub async fn list(&self) -> Result<Vec<JourneySummary>, StorageError> {
        let mut list = match self {
            Library::Idb(db) => db.list().await?,
            Library::Memory(m) => m.list(),
        };
        list.sort_by_key(|s| std::cmp::Reverse(s.updated_ms));
        Ok(list)
    }

    /// Reads a journey; reading never writes (copies rescued at page close are taken back
    /// once, at start-up, by [`rescue::recover`]).
    pub async fn load(&self, id: &Id) -> Result<Stored, StorageError> {
        match self {
            Library::Idb(db) => db.load(id).await,
            Library::Memory(m) => m.load(id),
        }
    }

    pub async fn save(&self, journey: &Journey, expect: Expect) -> Result<u64, StorageError> {
        match self {
            Library::Idb(db) => db.save(journey, expect).await,
            Library::Memory(m) => m.save(journey, expect),
        }
    }

    /// Stores every write or none: one transaction. Returns the new revisions in order.
    pub async fn save_all(&self, writes: &[Write]) -> Result<Vec<u64>, StorageError> {
        match self {
            Library::Idb(db) => db.save_all(writes).await,
            Library::Memory(m) => m.save_all(writes),
        }
    }

    /// Reads every journey named in `list` that reads; the rest are named in the second list
    /// instead of failing the whole read (one damaged record must not hide all the others).
    pub async fn load_readable(
        &self,
        list: &[JourneySummary],
        mut progress: impl FnMut(usize),
    ) -> Result<(Vec<Journey>, Vec<JourneySummary>), StorageError> {
        let mut journeys = Vec::with_capacity(list.len());
        let mut unreadable = Vec::new();
        for (n, summary) in list.iter().enumerate() {
            match self.load(&summary.id).await {
                Ok(stored) => journeys.push(stored.journey),
                // A record that does not read (or no longer reads as a record, or went away
                // since the list was made) is named; lasting storage problems stop the read.
                Err(
                    StorageError::Unreadable(_) | StorageError::NotFound | StorageError::Other(_),
                ) => unreadable.push(summary.clone()),
                Err(e) => return Err(e),
            }
            progress(n + 1);
        }
        Ok((journeys, unreadable))
    }

    /// Reads every journey in the library that reads; the others are named in the second
    /// list. One read of the whole store (not one transaction per journey, which made the
    /// patterns page wait seconds for thousands of journeys), then parsing in slices with a
    /// pause between them, so the page stays responsive and `progress` can be shown.
    pub async fn load_every(
        &self,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<(Vec<Journey>, Vec<JourneySummary>), StorageError> {
        let records = match self {
            Library::Idb(db) => db.all_records().await?,
            Library::Memory(_) => {
                let list = self.list().await?;
                return self.load_readable(&list, |n| progress(n, list.len())).await;
            }
        };
        let total = records.len();
        let (mut journeys, mut unreadable) = (Vec::with_capacity(total), Vec::new());
        for (n, value) in records.iter().enumerate() {
            match Record::read(value) {
                Some(record) => match reader::journey(record.json).await {
                    Ok(journey) => journeys.push(journey),
                    Err(StorageError::Unreadable(_)) => unreadable.push(record.summary),
                    Err(e) => return Err(e),
                },
                None => unreadable.extend(Record::summary_of(value)),
            }
            if (n + 1) % PARSE_SLICE == 0 {
                progress(n + 1, total);
                TimeoutFuture::new(0).await;
            }
        }
        progress(total, total);
        // In the library's order, newest first, as `list` gives it.
        journeys.sort_by_key(|j| std::cmp::Reverse(j.updated_ms));
        Ok((journeys, unreadable))
    }

    /// Every journey's listed fields and stored revision, in one read and without parsing a
    /// journey. A record without a readable revision is still there (never "deleted").
    pub async fn listing(&self) -> Result<Vec<(JourneySummary, u64)>, StorageError> {
        match self {
            Library::Idb(db) => {
                let records = db.all_records().await?;
                let listed = |v: &JsValue| {
                    Some((Record::summary_of(v)?, Record::revision_of(v).unwrap_or(0)))
                };
                Ok(records.iter().filter_map(listed).collect())
            }
            Library::Memory(m) => Ok(m.listing()),
        }
    }

    /// The stored envelope (the journey's JSON as `format::to_json` wrote it) and revision of
    /// each of `ids` still stored, in one read and without parsing a journey: what the team
    /// library sends.
    pub async fn envelopes(&self, ids: &[Id]) -> Result<Vec<(Id, u64, String)>, StorageError> {
        match self {
            Library::Idb(db) => db.envelopes(ids).await,
            Library::Memory(m) => Ok(ids
                .iter()
                .filter_map(|id| m.load(id).ok())
                .map(|s| {
                    let json = klantreis_core::format::to_json(&s.journey);
                    (s.journey.id, s.revision, json)
                })
                .collect()),
        }
    }

    /// The stored revision alone (0: nothing stored), also of a record that does not read.
    pub async fn revision(&self, id: &Id) -> Result<u64, StorageError> {
        match self {
            Library::Idb(db) => Ok(db
                .raw(id)
                .await?
                .and_then(|v| Record::revision_of(&v))
                .unwrap_or(0)),
            Library::Memory(m) => Ok(m.load(id).map_or(0, |s| s.revision)),
        }
    }

    /// Lets go of the database (before it is erased).
    pub fn close(&self) {
        if let Library::Idb(db) = self {
            db.close();
        }
    }

    /// Deletes the journey if its stored revision is still `expect`'s.
    pub async fn delete(&self, id: &Id, expect: Expect) -> Result<(), StorageError> {
        match self {
            Library::Idb(db) => db.delete(id, expect).await,
            Library::Memory(m) => m.delete(id, expect),
        }
    }
}

/// The IndexedDB database.
#[derive(Clone)]
pub struct Idb {
    rexie: Handle,
}

impl Idb {
    pub async fn open() -> Result<Idb, StorageError> {
        Self::open_named(DB_NAME).await
    }

    /// Opens (and creates or upgrades) a database; tests use their own names.
    pub async fn open_named(name: &str) -> Result<Idb, StorageError> {
        Ok(Idb {
            rexie: Handle::new(open_store(name, DB_VERSION, JOURNEYS).await?),
        })
    }

    /// A transaction on the journeys store; keep the transaction until the work is done.
    fn journeys(&self, mode: TransactionMode) -> Result<(Transaction, Store), StorageError> {
        self.rexie.tx(JOURNEYS, mode)
    }

    fn key(id: &Id) -> JsValue {
        JsValue::from_str(id.as_str())
    }

    /// Every record as stored, in one read.
    async fn all_records(&self) -> Result<Vec<JsValue>, StorageError> {
        let (_tx, store) = self.journeys(TransactionMode::ReadOnly)?;
        store.get_all(None, None).await.map_err(classify)
    }

    pub async fn list(&self) -> Result<Vec<JourneySummary>, StorageError> {
        let (_tx, store) = self.journeys(TransactionMode::ReadOnly)?;
        let values = store.get_all(None, None).await.map_err(classify)?;
        Ok(values.iter().filter_map(Record::summary_of).collect())
    }

    pub async fn load(&self, id: &Id) -> Result<Stored, StorageError> {
        let (_tx, store) = self.journeys(TransactionMode::ReadOnly)?;
        let value = store
            .get(Self::key(id))
            .await
            .map_err(classify)?
            .ok_or(StorageError::NotFound)?;
        let record = Record::read(&value).ok_or(StorageError::Other("record".into()))?;
        let journey = reader::journey(record.json).await?;
        Ok(Stored {
            journey,
            revision: record.revision,
            writer: record.writer,
            received: record.received,
        })
    }

    /// Stores the journey and returns its new revision; refused when the stored revision is
    /// not the one `expect` names, so no tab silently overwrites another.
    pub async fn save(&self, journey: &Journey, expect: Expect) -> Result<u64, StorageError> {
        let write = Write {
            journey: journey.clone(),
            expect,
            from_file: false,
        };
        Ok(self.save_all(std::slice::from_ref(&write)).await?[0])
    }

    pub async fn save_all(&self, writes: &[Write]) -> Result<Vec<u64>, StorageError> {
        let (tx, store) = self.journeys(TransactionMode::ReadWrite)?;
        let tab = tab_id();
        // Read each stored revision and write in one go (one round trip, not two); if any was
        // not what its writer expected, aborting the transaction undoes every write.
        let requests = writes.iter().map(|w| {
            let record = Record::of(&w.journey, w.expect.next(), &tab, w.from_file).to_js();
            let key = Self::key(&w.journey.id);
            let store = &store;
            async move {
                let (stored, put) = futures::join!(store.get(key), store.put(&record, None));
                put.map_err(classify)?;
                let stored = stored
                    .map_err(classify)?
                    .and_then(|v| Record::revision_of(&v));
                Ok::<_, StorageError>(stored)
            }
        });
        let results = futures::future::join_all(requests).await;
        let mut revisions = Vec::with_capacity(writes.len());
        for (w, stored) in writes.iter().zip(results) {
            match stored.and_then(|stored| w.expect.check(stored)) {
                Ok(rev) => revisions.push(rev),
                Err(e) => {
                    let _ = tx.abort().await;
                    return Err(e);
                }
            }
        }
        finish(tx).await?;
        Ok(revisions)
    }

    pub async fn delete(&self, id: &Id, expect: Expect) -> Result<(), StorageError> {
        self.rexie.delete(JOURNEYS, Self::key(id), expect).await
    }

    /// Lets go of the database, so it can be deleted; every later use is `Unavailable`.
    pub fn close(&self) {
        self.rexie.close();
    }

    async fn envelopes(&self, ids: &[Id]) -> Result<Vec<(Id, u64, String)>, StorageError> {
        let (_tx, store) = self.journeys(TransactionMode::ReadOnly)?;
        let reads = ids.iter().map(|id| store.get(Self::key(id)));
        let mut out = Vec::with_capacity(ids.len());
        for value in futures::future::join_all(reads).await {
            if let Some(record) = value.map_err(classify)?.as_ref().and_then(Record::read) {
                out.push((record.summary.id, record.revision, record.json));
            }
        }
        Ok(out)
    }

    /// The raw stored record, for tests and the benchmark.
    pub async fn raw(&self, id: &Id) -> Result<Option<JsValue>, StorageError> {
        let (_tx, store) = self.journeys(TransactionMode::ReadOnly)?;
        store.get(Self::key(id)).await.map_err(classify)
    }
}
