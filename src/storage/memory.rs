//! The library in memory, for browsers that refuse IndexedDB: same rules, gone when the tab
//! closes.

use super::revision::{Expect, StorageError, Stored, Write, tab_id};
use klantreis_core::{Id, Journey, JourneySummary};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Where journeys live when IndexedDB cannot be opened (private windows, blocked storage):
/// the tab keeps working and says so, instead of losing the user's work.
#[derive(Clone, Default)]
pub struct Memory {
    journeys: Rc<RefCell<HashMap<Id, Stored>>>,
}

impl Memory {
    pub fn list(&self) -> Vec<JourneySummary> {
        self.journeys
            .borrow()
            .values()
            .map(|s| s.journey.summary())
            .collect()
    }

    pub fn listing(&self) -> Vec<(JourneySummary, u64)> {
        let map = self.journeys.borrow();
        map.values()
            .map(|s| (s.journey.summary(), s.revision))
            .collect()
    }

    pub fn load(&self, id: &Id) -> Result<Stored, StorageError> {
        self.journeys
            .borrow()
            .get(id)
            .cloned()
            .ok_or(StorageError::NotFound)
    }

    pub fn save(&self, journey: &Journey, expect: Expect) -> Result<u64, StorageError> {
        let write = Write {
            journey: journey.clone(),
            expect,
            from_file: false,
        };
        Ok(self.save_all(std::slice::from_ref(&write))?[0])
    }

    /// All or nothing, like one IndexedDB transaction.
    pub fn save_all(&self, writes: &[Write]) -> Result<Vec<u64>, StorageError> {
        let mut map = self.journeys.borrow_mut();
        let revisions = writes
            .iter()
            .map(|w| w.expect.check(map.get(&w.journey.id).map(|s| s.revision)))
            .collect::<Result<Vec<_>, _>>()?;
        for (w, &revision) in writes.iter().zip(&revisions) {
            map.insert(
                w.journey.id.clone(),
                Stored {
                    journey: w.journey.clone(),
                    revision,
                    writer: Some(tab_id()),
                    received: w.from_file.then_some(w.journey.updated_ms),
                },
            );
        }
        Ok(revisions)
    }

    pub fn delete(&self, id: &Id, expect: Expect) -> Result<(), StorageError> {
        let mut map = self.journeys.borrow_mut();
        expect.check(map.get(id).map(|s| s.revision))?;
        map.remove(id);
        Ok(())
    }
}
