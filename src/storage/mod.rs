//! The journey library in IndexedDB (through rexie).
//!
//! Two object stores keyed by journey id. `journeys`: a record keeps the journey as the JSON
//! of [`klantreis_core::format`] beside the few fields the library lists and a revision number
//! that detects writes from another tab. `summaries`: the same record without the JSON,
//! written in the same transaction, so listing neither parses a journey nor makes IndexedDB
//! hand over thousands of them (a 6,000-journey library was 50 MB to list, every 4 seconds
//! while the team library is on). `pooled` and `sets`: what the patterns page pools, a cache
//! kept beside them (see [`pooled`]).

pub mod device;
mod memory;
pub mod persona;
pub mod pooled;
pub mod reader;
mod record;
pub mod rescue;
mod revision;

use futures::future::{Either, select};
use gloo_timers::future::TimeoutFuture;
use klantreis_core::{Id, Journey, JourneySummary};
use rexie::{KeyRange, ObjectStore, Rexie, Store, Transaction, TransactionMode};
use std::cell::RefCell;
use std::collections::HashSet;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;
use wasm_bindgen::JsValue;

pub use memory::Memory;
pub use record::Record;
pub use revision::{Expect, StorageError, Stored, Write, tab_id};

pub const DB_NAME: &str = "klantreis";
/// The IndexedDB layout version (stores and indexes); the journey JSON has its own schema.
/// Version 2 added `summaries`; it is filled from `journeys` on first listing (see
/// [`Idb::listed`]). Version 3 added `pooled` and `sets`, filled by the patterns page (see
/// [`pooled`]).
pub const DB_VERSION: u32 = 3;
const JOURNEYS: &str = "journeys";
const SUMMARIES: &str = "summaries";
const STORES: [&str; 4] = [JOURNEYS, SUMMARIES, pooled::POOLED, pooled::SETS];
/// How many records [`Library::load_every`] reads at a time (a few MB).
const PAGE: u32 = 250;
/// An open that takes longer than this is waiting for another tab to let go (`blocked`).
const OPEN_TIMEOUT_MS: u32 = 5_000;

/// Waits for a read-write transaction to commit. An abort at commit, after every request
/// succeeded, is the browser refusing the write for lack of space (QuotaExceededError) or a
/// disk failure; either way nothing was stored, and that must never read as "saved".
async fn finish(tx: Transaction) -> Result<(), StorageError> {
    match tx.done().await.map_err(classify)? {
        r if r.is_committed() => Ok(()),
        _ => Err(StorageError::Quota),
    }
}

/// The stored revision a write found, once its record and its summary were both written.
fn checked(
    stored: rexie::Result<Option<JsValue>>,
    put: rexie::Result<JsValue>,
    listed: rexie::Result<JsValue>,
) -> Result<Option<u64>, StorageError> {
    put.map_err(classify)?;
    listed.map_err(classify)?;
    Ok(stored
        .map_err(classify)?
        .and_then(|v| Record::revision_of(&v)))
}

/// Polls `f` once, so that the request it makes is made now; its output if already there.
fn poll_once<F: Future>(mut f: Pin<&mut F>) -> impl Future<Output = Option<F::Output>> + '_ {
    std::future::poll_fn(move |cx| {
        Poll::Ready(match f.as_mut().poll(cx) {
            Poll::Ready(out) => Some(out),
            Poll::Pending => None,
        })
    })
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
        let (tx, mut stores) = self.tx_on(&[name], mode)?;
        let store = stores.pop().ok_or(StorageError::Unavailable)?;
        Ok((tx, store))
    }

    /// A transaction on several stores, in the order named.
    fn tx_on(
        &self,
        names: &[&str],
        mode: TransactionMode,
    ) -> Result<(Transaction, Vec<Store>), StorageError> {
        let tx = self
            .0
            .borrow()
            .as_ref()
            .ok_or(StorageError::Unavailable)?
            .transaction(names, mode)
            .map_err(classify)?;
        let stores = names.iter().map(|name| tx.store(name).map_err(classify));
        let stores = stores.collect::<Result<_, _>>()?;
        Ok((tx, stores))
    }

    /// Deletes the record under `key` from every store named, if its stored revision in the
    /// first is still `expect`'s.
    async fn delete(
        &self,
        names: &[&str],
        key: JsValue,
        expect: Expect,
    ) -> Result<(), StorageError> {
        let (tx, stores) = self.tx_on(names, TransactionMode::ReadWrite)?;
        let first = stores.first().ok_or(StorageError::Unavailable)?;
        let deletes = stores.iter().map(|store| store.delete(key.clone()));
        let (stored, deleted) =
            futures::join!(first.get(key.clone()), futures::future::join_all(deletes));
        for d in deleted {
            d.map_err(classify)?;
        }
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

/// Opens (and creates) a database of object stores keyed by `id`. Stores not named are
/// deleted on an upgrade: name every store of the database.
async fn open_store(name: &str, version: u32, stores: &[&str]) -> Result<Rexie, StorageError> {
    let build = stores
        .iter()
        .fold(Rexie::builder(name).version(version), |b, store| {
            b.add_object_store(ObjectStore::new(store).key_path("id"))
        })
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
    /// list. Pages of [`PAGE`] records in key order (not one transaction per journey, which
    /// made the patterns page wait seconds for thousands of journeys, nor one read of them
    /// all, which blocked the page while IndexedDB handed over 80 MB at once), parsed with a
    /// pause whenever a slice has run 50 ms, so the page stays responsive and `progress` can
    /// be shown. A journey saved meanwhile is read as it is when its page is read.
    pub async fn load_every(
        &self,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<(Vec<Journey>, Vec<JourneySummary>), StorageError> {
        let db = match self {
            Library::Idb(db) => db,
            Library::Memory(_) => {
                let list = self.list().await?;
                return self.load_readable(&list, |n| progress(n, list.len())).await;
            }
        };
        let total = db.count().await?;
        let (mut journeys, mut unreadable) = (Vec::with_capacity(total), Vec::new());
        let mut slices = crate::browser::Slices::new();
        let mut n = 0;
        let mut page = db.page_of(JOURNEYS, None, PAGE).await?;
        while let Some(last) = page.last() {
            // IndexedDB reads the next page while this one is parsed: one after the other,
            // the page sat idle for a third of the time.
            let after = Record::key_of(last);
            let next = db.page_of(JOURNEYS, Some(&after), PAGE);
            let parse = async {
                for value in &page {
                    n += 1;
                    if slices.due() {
                        progress(n.min(total), total);
                        slices.yield_now().await;
                    }
                    let Some(json) = Record::json_of(value) else {
                        unreadable.extend(Record::summary_of(value));
                        continue;
                    };
                    match reader::journey(json).await {
                        Ok(journey) => journeys.push(journey),
                        Err(StorageError::Unreadable(_)) => {
                            unreadable.extend(Record::summary_of(value))
                        }
                        Err(e) => return Err(e),
                    }
                }
                Ok(())
            };
            let (next, parsed) = futures::join!(next, parse);
            parsed?;
            page = next?;
        }
        progress(n, n);
        // In the library's order, newest first, as `list` gives it.
        journeys.sort_by_key(|j| std::cmp::Reverse(j.updated_ms));
        Ok((journeys, unreadable))
    }

    /// Every journey's listed fields and stored revision, in one read and without parsing a
    /// journey. A record without a readable revision is still there (never "deleted").
    pub async fn listing(&self) -> Result<Vec<(JourneySummary, u64)>, StorageError> {
        match self {
            Library::Idb(db) => {
                let listed = |v: &JsValue| {
                    Some((Record::summary_of(v)?, Record::revision_of(v).unwrap_or(0)))
                };
                Ok(db.listed().await?.iter().filter_map(listed).collect())
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

    /// Which of `ids` are stored, in one read: an import of 2,000 journeys asked 2,000 times.
    pub async fn stored_ids(&self, ids: &[Id]) -> Result<HashSet<Id>, StorageError> {
        match self {
            Library::Idb(db) => db.stored_ids(ids).await,
            Library::Memory(m) => Ok(ids
                .iter()
                .filter(|id| m.load(id).is_ok())
                .cloned()
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

/// One record to write, as IndexedDB takes it, with the revision its writer expects to find.
struct Put {
    key: JsValue,
    record: JsValue,
    summary: JsValue,
    expect: Expect,
}

impl Put {
    fn of(record: &Record, expect: Expect) -> Self {
        let (stored, summary) = record.to_js();
        Put {
            key: Idb::key(&record.summary.id),
            record: stored,
            summary,
            expect,
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
            rexie: Handle::new(open_store(name, DB_VERSION, &STORES).await?),
        })
    }

    /// A transaction on the journeys store; keep the transaction until the work is done.
    fn journeys(&self, mode: TransactionMode) -> Result<(Transaction, Store), StorageError> {
        self.rexie.tx(JOURNEYS, mode)
    }

    fn key(id: &Id) -> JsValue {
        JsValue::from_str(id.as_str())
    }

    /// Up to `count` records of `store` as stored, in key order, after the key `after` (from
    /// the first).
    async fn page_of(
        &self,
        store: &str,
        after: Option<&JsValue>,
        count: u32,
    ) -> Result<Vec<JsValue>, StorageError> {
        let (_tx, store) = self.rexie.tx(store, TransactionMode::ReadOnly)?;
        let range = after
            .map(|key| KeyRange::lower_bound(key, Some(true)))
            .transpose()
            .map_err(|e| StorageError::Other(e.to_string()))?;
        store.get_all(range, Some(count)).await.map_err(classify)
    }

    /// How many records the journeys store holds.
    async fn count(&self) -> Result<usize, StorageError> {
        let (_tx, store) = self.journeys(TransactionMode::ReadOnly)?;
        Ok(store.count(None).await.map_err(classify)? as usize)
    }

    pub async fn list(&self) -> Result<Vec<JourneySummary>, StorageError> {
        Ok(self
            .listed()
            .await?
            .iter()
            .filter_map(Record::summary_of)
            .collect())
    }

    /// A transaction on both stores, for writes that keep them alike.
    fn both(&self, mode: TransactionMode) -> Result<(Transaction, Store, Store), StorageError> {
        let (tx, stores) = self.rexie.tx_on(&[JOURNEYS, SUMMARIES], mode)?;
        let [journeys, summaries]: [Store; 2] =
            stores.try_into().map_err(|_| StorageError::Unavailable)?;
        Ok((tx, journeys, summaries))
    }

    /// Every record's listed fields and revision, from `summaries`. Where it does not hold
    /// one summary per journey (just upgraded from version 1, or a record put by hand), it is
    /// made again from `journeys` in one transaction, so the list never misses a journey.
    async fn listed(&self) -> Result<Vec<JsValue>, StorageError> {
        {
            let (_tx, journeys, summaries) = self.both(TransactionMode::ReadOnly)?;
            let (count, listed) =
                futures::join!(journeys.count(None), summaries.get_all(None, None));
            let listed = listed.map_err(classify)?;
            if count.map_err(classify)? as usize == listed.len() {
                return Ok(listed);
            }
        }
        let (tx, journeys, summaries) = self.both(TransactionMode::ReadWrite)?;
        let records = journeys.get_all(None, None).await.map_err(classify)?;
        summaries.clear().await.map_err(classify)?;
        let listed: Vec<JsValue> = records.iter().map(Record::summary_from).collect();
        let puts = listed.iter().map(|s| summaries.put(s, None));
        for put in futures::future::join_all(puts).await {
            put.map_err(classify)?;
        }
        finish(tx).await?;
        Ok(listed)
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

    /// Stores one journey (an autosave) and returns its new revision; refused when the stored
    /// revision is not the one `expect` names, so no tab silently overwrites another. The
    /// stored revision is asked for first and the record serialised while IndexedDB reads it,
    /// so that wait and the serialising overlap instead of following each other. The writes
    /// are made in the same task (the transaction is still active); a refusal undoes them.
    pub async fn save(&self, journey: &Journey, expect: Expect) -> Result<u64, StorageError> {
        let (tx, store, summaries) = self.both(TransactionMode::ReadWrite)?;
        let mut read = Box::pin(store.get(Self::key(&journey.id)));
        let early = poll_once(read.as_mut()).await;
        let record = Record::of(journey, expect.next(), &tab_id(), false);
        let put = Put::of(&record, expect);
        let (written, listed) = futures::join!(
            store.put(&put.record, None),
            summaries.put(&put.summary, None)
        );
        let stored = match early {
            Some(stored) => stored,
            None => read.await,
        };
        match checked(stored, written, listed).and_then(|stored| expect.check(stored)) {
            Ok(rev) => {
                finish(tx).await?;
                Ok(rev)
            }
            Err(e) => {
                let _ = tx.abort().await;
                Err(e)
            }
        }
    }

    pub async fn save_all(&self, writes: &[Write]) -> Result<Vec<u64>, StorageError> {
        let tab = tab_id();
        // Thousands of journeys (an import) are serialised before the transaction, a slice at
        // a time: the page must not wait for all of them at once, and a transaction must not
        // wait between its requests (it would commit).
        let mut puts = Vec::with_capacity(writes.len());
        let mut slices = crate::browser::Slices::new();
        for w in writes {
            let record = Record::of(&w.journey, w.expect.next(), &tab, w.from_file);
            puts.push(Put::of(&record, w.expect));
            if slices.due() {
                slices.yield_now().await;
            }
        }
        self.put_checked(puts).await
    }

    /// Writes every record and its summary in one transaction, if each stored revision is the
    /// one its writer expected; otherwise aborting the transaction undoes every write.
    /// Requests are made a page at a time, each page once the one before has answered (the
    /// transaction stays active while it answers): 2,000 journeys' requests made at once were
    /// one task of 300 ms.
    async fn put_checked(&self, puts: Vec<Put>) -> Result<Vec<u64>, StorageError> {
        let (tx, store, summaries) = self.both(TransactionMode::ReadWrite)?;
        // Read each stored revision and write in one go (one round trip, not two).
        let request = |p: &Put| {
            let (store, summaries) = (&store, &summaries);
            let (key, record, summary) = (p.key.clone(), p.record.clone(), p.summary.clone());
            async move {
                let (stored, put, listed) = futures::join!(
                    store.get(key),
                    store.put(&record, None),
                    summaries.put(&summary, None)
                );
                checked(stored, put, listed)
            }
        };
        let mut revisions = Vec::with_capacity(puts.len());
        for page in puts.chunks(PAGE as usize) {
            let results = futures::future::join_all(page.iter().map(request)).await;
            for (p, stored) in page.iter().zip(results) {
                match stored.and_then(|stored| p.expect.check(stored)) {
                    Ok(rev) => revisions.push(rev),
                    Err(e) => {
                        let _ = tx.abort().await;
                        return Err(e);
                    }
                }
            }
        }
        finish(tx).await?;
        Ok(revisions)
    }

    pub async fn delete(&self, id: &Id, expect: Expect) -> Result<(), StorageError> {
        let stores = [JOURNEYS, SUMMARIES, pooled::POOLED];
        self.rexie.delete(&stores, Self::key(id), expect).await
    }

    /// Lets go of the database, so it can be deleted; every later use is `Unavailable`.
    pub fn close(&self) {
        self.rexie.close();
    }

    async fn envelopes(&self, ids: &[Id]) -> Result<Vec<(Id, u64, String)>, StorageError> {
        let mut out = Vec::with_capacity(ids.len());
        for value in self.records_of(ids).await? {
            if let Some(record) = value.as_ref().and_then(Record::read) {
                out.push((record.summary.id, record.revision, record.json));
            }
        }
        Ok(out)
    }

    /// The stored records of `ids`, in order (`None` where none is stored), in one
    /// transaction.
    async fn records_of(&self, ids: &[Id]) -> Result<Vec<Option<JsValue>>, StorageError> {
        let (_tx, store) = self.journeys(TransactionMode::ReadOnly)?;
        let reads = ids.iter().map(|id| store.get(Self::key(id)));
        futures::future::join_all(reads)
            .await
            .into_iter()
            .map(|v| v.map_err(classify))
            .collect()
    }

    async fn stored_ids(&self, ids: &[Id]) -> Result<HashSet<Id>, StorageError> {
        let (_tx, store) = self.journeys(TransactionMode::ReadOnly)?;
        let checks = ids.iter().map(|id| store.key_exists(Self::key(id)));
        let mut stored = HashSet::new();
        for (id, found) in ids.iter().zip(futures::future::join_all(checks).await) {
            if found.map_err(classify)? {
                stored.insert(id.clone());
            }
        }
        Ok(stored)
    }

    /// The raw stored record, for tests and the benchmark.
    pub async fn raw(&self, id: &Id) -> Result<Option<JsValue>, StorageError> {
        let (_tx, store) = self.journeys(TransactionMode::ReadOnly)?;
        store.get(Self::key(id)).await.map_err(classify)
    }
}
