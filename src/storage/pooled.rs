//! What the patterns page pools, kept beside the journeys: the `pooled` store holds each
//! journey reduced by [`Pooled::of`] (in its binary form) under the revision it was made from, the `sets` store each
//! signifier set once under its fingerprint. Over 100,000 stories that is a third of the
//! bytes to read and no set to parse per journey.
//!
//! A cache, never a source: an entry counts only while its revision is the journey's stored
//! one, so saving a journey (on every key press) writes nothing here. The page makes the
//! entries it misses from the journeys themselves and keeps them for the next visit; a
//! journey's delete removes its entry in the same transaction.

use super::record::get as field;
use super::{Idb, Library, PAGE, Record, StorageError, classify, finish, reader};
use js_sys::Uint8Array;
use klantreis_core::patterns::pooled::Pooled;
use klantreis_core::{Id, Journey, JourneySummary, SignifierSet};
use rexie::TransactionMode;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

pub(super) const POOLED: &str = "pooled";
pub(super) const SETS: &str = "sets";
/// Entries are a sixth of a journey's size: pages four times as long as the journeys'.
const ENTRIES_PAGE: u32 = PAGE * 4;

/// Every journey that reads, as pooling reads it, newest first.
#[derive(Default)]
pub struct PoolRead {
    pub pooled: Vec<Pooled>,
    /// Every set the pooled journeys name, by fingerprint.
    pub sets: HashMap<String, SignifierSet>,
    /// The journeys that do not read.
    pub unreadable: Vec<JourneySummary>,
    /// The journeys with ideas (read whole by the page, for the ideas matrix).
    pub with_ideas: Vec<JourneySummary>,
    /// Entries made on this read, to keep with [`Library::keep_pooled`].
    pub made: Vec<Made>,
}

/// An entry made from a journey as stored at `revision`.
pub struct Made {
    id: Id,
    revision: u64,
    bytes: Vec<u8>,
}

impl PoolRead {
    /// The touchpoint and story sets of a pooled journey.
    pub fn sets_of(&self, p: &Pooled) -> Option<[&SignifierSet; 2]> {
        Some([self.sets.get(&p.sets[0])?, self.sets.get(&p.sets[1])?])
    }

    /// Takes a journey just read: its entry, its sets, and (when `revision` is known) the
    /// entry to keep.
    fn take(&mut self, journey: &Journey, revision: Option<u64>) -> Pooled {
        let p = Pooled::of(journey);
        for (fp, set) in p
            .sets
            .iter()
            .zip([&journey.touchpoint_set, &journey.story_set])
        {
            self.sets.entry(fp.clone()).or_insert_with(|| set.clone());
        }
        if let Some(revision) = revision {
            self.made.push(Made {
                id: journey.id.clone(),
                revision,
                bytes: p.to_bytes(),
            });
        }
        p
    }
}

/// The entries as fresh as their journey in `listing` (made from the revision it is stored
/// at), by journey id: an entry of a journey saved or deleted since does not count.
fn fresh(
    listing: &[(JourneySummary, u64)],
    entries: Vec<(Id, u64, Pooled)>,
) -> HashMap<Id, Pooled> {
    let revisions: HashMap<&Id, u64> = listing.iter().map(|(s, r)| (&s.id, *r)).collect();
    entries
        .into_iter()
        .filter(|(id, revision, _)| revisions.get(id) == Some(revision))
        .map(|(id, _, p)| (id, p))
        .collect()
}

fn record(fields: &[(&str, JsValue)]) -> JsValue {
    super::record::object(fields).into()
}

impl Library {
    /// [`Library::pooled_every`] of a library kept in memory: every journey pooled whole.
    async fn pooled_in_memory(
        &self,
        progress: impl FnMut(usize, usize),
    ) -> Result<PoolRead, StorageError> {
        let (journeys, unreadable) = self.load_every(progress).await?;
        let mut read = PoolRead {
            unreadable,
            ..PoolRead::default()
        };
        for j in &journeys {
            let p = read.take(j, None);
            if p.ideas {
                read.with_ideas.push(j.summary());
            }
            read.pooled.push(p);
        }
        Ok(read)
    }

    /// Reads every journey as the patterns page pools it: from the `pooled` store where an
    /// entry is as fresh as its journey, from the journey itself otherwise (named in
    /// `unreadable` if it does not read). `progress` counts journeys.
    pub async fn pooled_every(
        &self,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<PoolRead, StorageError> {
        let db = match self {
            Library::Idb(db) => db,
            Library::Memory(_) => return self.pooled_in_memory(progress).await,
        };
        // The listing and the kept entries are read side by side (the listing alone took a
        // third of the read); an entry counts once the listing shows it is fresh.
        let total = db.count().await?;
        let (listing, entries) = futures::join!(self.listing(), async {
            let sets = db.sets().await?;
            let entries = db.pooled_entries(&sets, |n| progress(n, total)).await?;
            Ok::<_, StorageError>((sets, entries))
        });
        let mut listing = listing?;
        let (sets, entries) = entries?;
        listing.sort_by_key(|(s, _)| std::cmp::Reverse(s.updated_ms));
        let total = listing.len();
        let mut read = PoolRead {
            sets,
            ..PoolRead::default()
        };
        let mut kept = fresh(&listing, entries);
        let missing: Vec<&(JourneySummary, u64)> = listing
            .iter()
            .filter(|(s, _)| !kept.contains_key(&s.id))
            .collect();
        let mut made = HashMap::new();
        let mut slices = crate::browser::Slices::new();
        for page in missing.chunks(PAGE as usize) {
            let ids: Vec<Id> = page.iter().map(|(s, _)| s.id.clone()).collect();
            for (summary, value) in page.iter().zip(db.records_of(&ids).await?) {
                if slices.due() {
                    progress(kept.len() + made.len(), total);
                    slices.yield_now().await;
                }
                let journey = match value.as_ref().and_then(Record::read) {
                    Some(r) => reader::journey(r.json).await.map(|j| (j, r.revision)),
                    None => Err(StorageError::NotFound),
                };
                match journey {
                    Ok((j, revision)) => {
                        let p = read.take(&j, Some(revision));
                        made.insert(j.id, p);
                    }
                    Err(StorageError::Unreadable(_) | StorageError::NotFound) => {
                        read.unreadable.push(summary.0.clone())
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        progress(total, total);
        for (summary, _) in listing {
            if let Some(p) = kept
                .remove(&summary.id)
                .or_else(|| made.remove(&summary.id))
            {
                if p.ideas {
                    read.with_ideas.push(summary);
                }
                read.pooled.push(p);
            }
        }
        Ok(read)
    }

    /// Keeps the entries a read made (and their sets) for the next visit. An entry whose
    /// journey was saved since is not kept: the whole write is then left undone, as a cache
    /// may be, and the next visit makes them again.
    pub async fn keep_pooled(&self, read: &PoolRead) -> Result<(), StorageError> {
        match self {
            Library::Idb(db) if !read.made.is_empty() => db.keep_pooled(read).await,
            _ => Ok(()),
        }
    }
}

/// The work of [`keep_of`], fetched on first use: the first screen does not pool.
pub type Keeping = futures::future::LocalBoxFuture<'static, Result<(), StorageError>>;

crate::split!(pooled pub fn keep_written(library: Library, written: Vec<(Journey, u64)>) -> Result<Keeping, StorageError> {
    Ok(Box::pin(async move { keep_of(&library, &written).await }))
});

/// Makes and keeps the entries of journeys just stored together (an import, its undo), so
/// the next patterns page need not make them; between paints, after the write.
async fn keep_of(library: &Library, written: &[(Journey, u64)]) -> Result<(), StorageError> {
    let mut read = PoolRead::default();
    let mut slices = crate::browser::Slices::new();
    for (journey, revision) in written {
        read.take(journey, Some(*revision));
        if slices.due() {
            slices.yield_now().await;
        }
    }
    library.keep_pooled(&read).await
}

impl Idb {
    /// Every set kept, by fingerprint (a few; one per set ever pooled).
    async fn sets(&self) -> Result<HashMap<String, SignifierSet>, StorageError> {
        let (_tx, store) = self.rexie.tx(SETS, TransactionMode::ReadOnly)?;
        let values = store.get_all(None, None).await.map_err(classify)?;
        Ok(values
            .iter()
            .filter_map(|v| {
                let id = field(v, "id")?.as_string()?;
                let set = serde_json::from_str(&field(v, "json")?.as_string()?).ok()?;
                Some((id, set))
            })
            .collect())
    }

    /// Every kept entry whose sets are known, with the revision it was made from; read a page
    /// at a time, parsed between paints.
    async fn pooled_entries(
        &self,
        sets: &HashMap<String, SignifierSet>,
        mut progress: impl FnMut(usize),
    ) -> Result<Vec<(Id, u64, Pooled)>, StorageError> {
        let mut entries = Vec::new();
        let mut slices = crate::browser::Slices::new();
        let mut page = self.page_of(POOLED, None, ENTRIES_PAGE).await?;
        while let Some(last) = page.last() {
            let after = Record::key_of(last);
            let next = self.page_of(POOLED, Some(&after), ENTRIES_PAGE);
            let parse = async {
                for value in &page {
                    if slices.due() {
                        progress(entries.len());
                        slices.yield_now().await;
                    }
                    let id = field(value, "id").and_then(|id| id.as_string());
                    let revision = Record::revision_of(value);
                    let data = field(value, "data").and_then(|d| d.dyn_into::<Uint8Array>().ok());
                    let (Some(id), Some(revision), Some(data)) = (id, revision, data) else {
                        continue;
                    };
                    if let Some(p) = Pooled::from_bytes(&data.to_vec())
                        .filter(|p| p.sets.iter().all(|fp| sets.contains_key(fp)))
                    {
                        entries.push((Id::new(id), revision, p));
                    }
                }
            };
            let (next, ()) = futures::join!(next, parse);
            page = next?;
        }
        Ok(entries)
    }

    /// Keeps the sets, then the entries a page at a time, each page in a transaction of its
    /// own: 10,000 entries written in one go blocked the page for 1.5 s.
    async fn keep_pooled(&self, read: &PoolRead) -> Result<(), StorageError> {
        let (tx, store) = self.rexie.tx(SETS, TransactionMode::ReadWrite)?;
        for (fp, set) in &read.sets {
            let json = serde_json::to_string(set).unwrap_or_default();
            let set = record(&[("id", fp.as_str().into()), ("json", json.into())]);
            store.put(&set, None).await.map_err(classify)?;
        }
        finish(tx).await?;
        let mut slices = crate::browser::Slices::new();
        for page in read.made.chunks(PAGE as usize) {
            self.keep_entries(page).await?;
            slices.yield_now().await;
        }
        Ok(())
    }

    /// Keeps entries whose journey is still stored at their revision; if one was saved since,
    /// the whole page is left undone (a cache may be) and made again on the next visit.
    async fn keep_entries(&self, made: &[Made]) -> Result<(), StorageError> {
        let (tx, stores) = self
            .rexie
            .tx_on(&[super::SUMMARIES, POOLED], TransactionMode::ReadWrite)?;
        let [summaries, pooled]: [rexie::Store; 2] =
            stores.try_into().map_err(|_| StorageError::Unavailable)?;
        let entries = made.iter().map(|m| {
            let (summaries, pooled) = (&summaries, &pooled);
            let entry = record(&[
                ("id", m.id.as_str().into()),
                ("rev", (m.revision as f64).into()),
                ("data", Uint8Array::from(m.bytes.as_slice()).into()),
            ]);
            async move {
                let (stored, put) =
                    futures::join!(summaries.get(Idb::key(&m.id)), pooled.put(&entry, None));
                put.map_err(classify)?;
                let stored = stored.map_err(classify)?;
                Ok::<_, StorageError>(
                    stored.as_ref().and_then(Record::revision_of) == Some(m.revision),
                )
            }
        });
        let mut fresh = true;
        for entry in futures::future::join_all(entries).await {
            fresh &= entry?;
        }
        if !fresh {
            let _ = tx.abort().await;
            return Ok(());
        }
        finish(tx).await
    }
}
