//! The journey library in IndexedDB (through rexie).
//!
//! One object store, `journeys`, keyed by journey id. A record keeps the journey as the JSON
//! of [`klantreis_core::format`] beside the few fields the library lists, so listing never
//! parses a journey, and a revision number that detects writes from another tab.

mod memory;
mod record;
pub mod rescue;

use futures::future::{Either, select};
use gloo_timers::future::TimeoutFuture;
use klantreis_core::format::RestoreError;
use klantreis_core::{Id, Journey, JourneySummary};
use rexie::{ObjectStore, Rexie, Store, Transaction, TransactionMode};
use std::rc::Rc;
use wasm_bindgen::JsValue;

pub use memory::Memory;
pub use record::Record;

pub const DB_NAME: &str = "klantreis";
/// The IndexedDB layout version (stores and indexes); the journey JSON has its own schema.
pub const DB_VERSION: u32 = 1;
const JOURNEYS: &str = "journeys";
/// An open that takes longer than this is waiting for another tab to let go (`blocked`).
const OPEN_TIMEOUT_MS: u32 = 5_000;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StorageError {
    #[error("IndexedDB is not available in this browser window")]
    Unavailable,
    #[error("another tab blocks opening the database")]
    Blocked,
    #[error("the browser's storage quota is exceeded")]
    Quota,
    #[error("changed in another tab (stored revision {stored:?}, expected {expected})")]
    Conflict { stored: Option<u64>, expected: u64 },
    #[error("no journey with this id")]
    NotFound,
    #[error("{0}")]
    Unreadable(RestoreError),
    #[error("{0}")]
    Other(String),
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

/// How a save relates to what is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Only if the stored revision is still this one (the tab's last load or save).
    Revision(u64),
    /// Whatever is stored: a new journey, "keep my version", or the flush when the page closes.
    Overwrite { previous: u64 },
}

impl Expect {
    /// The revision the write will store.
    pub fn next(self) -> u64 {
        match self {
            Expect::Overwrite { previous } => previous + 1,
            Expect::Revision(expected) => expected + 1,
        }
    }

    /// The rule both stores apply: a write on a revision that is no longer the stored one
    /// is a conflict.
    pub fn check(self, stored: Option<u64>) -> Result<u64, StorageError> {
        match self {
            Expect::Revision(expected) if stored != Some(expected) => {
                Err(StorageError::Conflict { stored, expected })
            }
            _ => Ok(self.next()),
        }
    }
}

/// A journey as stored: the journey and the revision it was read at.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub journey: Journey,
    pub revision: u64,
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

    /// Loads a journey, taking back a copy rescued when the page last closed if that copy is
    /// newer than what was stored (and no other tab wrote after it).
    pub async fn load(&self, id: &Id) -> Result<Stored, StorageError> {
        let stored = match self {
            Library::Idb(db) => db.load(id).await?,
            Library::Memory(m) => m.load(id)?,
        };
        let Some(rescued) = rescue::take(id) else {
            return Ok(stored);
        };
        // base + 1: the asynchronous write of that same copy may have landed after all.
        let newer = stored.revision <= rescued.base + 1;
        match klantreis_core::format::restore(&rescued.json) {
            Ok(journey) if newer && journey != stored.journey => {
                let revision = self
                    .save(&journey, Expect::Revision(stored.revision))
                    .await?;
                Ok(Stored { journey, revision })
            }
            _ => Ok(stored),
        }
    }

    pub async fn save(&self, journey: &Journey, expect: Expect) -> Result<u64, StorageError> {
        match self {
            Library::Idb(db) => db.save(journey, expect).await,
            Library::Memory(m) => m.save(journey, expect),
        }
    }

    pub async fn delete(&self, id: &Id) -> Result<(), StorageError> {
        match self {
            Library::Idb(db) => db.delete(id).await,
            Library::Memory(m) => {
                m.delete(id);
                Ok(())
            }
        }
    }
}

/// The IndexedDB database.
#[derive(Clone)]
pub struct Idb {
    rexie: Rc<Rexie>,
}

impl Idb {
    pub async fn open() -> Result<Idb, StorageError> {
        Self::open_named(DB_NAME).await
    }

    /// Opens (and creates or upgrades) a database; tests use their own names.
    pub async fn open_named(name: &str) -> Result<Idb, StorageError> {
        let build = Rexie::builder(name)
            .version(DB_VERSION)
            .add_object_store(ObjectStore::new(JOURNEYS).key_path("id"))
            .build();
        match select(Box::pin(build), TimeoutFuture::new(OPEN_TIMEOUT_MS)).await {
            Either::Left((Ok(rexie), _)) => Ok(Idb {
                rexie: Rc::new(rexie),
            }),
            Either::Left((Err(_), _)) => Err(StorageError::Unavailable),
            Either::Right(_) => Err(StorageError::Blocked),
        }
    }

    /// A transaction on the journeys store; keep the transaction until the work is done.
    fn journeys(&self, mode: TransactionMode) -> Result<(Transaction, Store), StorageError> {
        let tx = self
            .rexie
            .transaction(&[JOURNEYS], mode)
            .map_err(classify)?;
        let store = tx.store(JOURNEYS).map_err(classify)?;
        Ok((tx, store))
    }

    fn key(id: &Id) -> JsValue {
        JsValue::from_str(id.as_str())
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
        let journey =
            klantreis_core::format::restore(&record.json).map_err(StorageError::Unreadable)?;
        Ok(Stored {
            journey,
            revision: record.revision,
        })
    }

    /// Stores the journey and returns its new revision. With [`Expect::Revision`] the write is
    /// refused when another tab wrote in between, so no tab silently overwrites another.
    pub async fn save(&self, journey: &Journey, expect: Expect) -> Result<u64, StorageError> {
        let (tx, store) = self.journeys(TransactionMode::ReadWrite)?;
        let revision = expect.next();
        let record = Record::of(journey, revision).to_js();
        match expect {
            Expect::Overwrite { .. } => {
                store.put(&record, None).await.map_err(classify)?;
            }
            Expect::Revision(_) => {
                // Read the stored revision and write in one go (one round trip, not two); if
                // another tab wrote in between, aborting the transaction undoes the write.
                let key = Self::key(&journey.id);
                let (stored, put) = futures::join!(store.get(key), store.put(&record, None));
                let stored = stored
                    .map_err(classify)?
                    .and_then(|v| Record::revision_of(&v));
                put.map_err(classify)?;
                if let Err(conflict) = expect.check(stored) {
                    let _ = tx.abort().await;
                    return Err(conflict);
                }
            }
        }
        tx.done().await.map_err(classify)?;
        Ok(revision)
    }

    pub async fn delete(&self, id: &Id) -> Result<(), StorageError> {
        let (tx, store) = self.journeys(TransactionMode::ReadWrite)?;
        store.delete(Self::key(id)).await.map_err(classify)?;
        tx.done().await.map_err(classify)?;
        Ok(())
    }

    /// The raw stored record, for tests and the benchmark.
    pub async fn raw(&self, id: &Id) -> Result<Option<JsValue>, StorageError> {
        let (_tx, store) = self.journeys(TransactionMode::ReadOnly)?;
        store.get(Self::key(id)).await.map_err(classify)
    }
}
