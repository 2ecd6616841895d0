use super::{Expect, StorageError, Stored};
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

    pub fn load(&self, id: &Id) -> Result<Stored, StorageError> {
        self.journeys
            .borrow()
            .get(id)
            .cloned()
            .ok_or(StorageError::NotFound)
    }

    pub fn save(&self, journey: &Journey, expect: Expect) -> Result<u64, StorageError> {
        let mut map = self.journeys.borrow_mut();
        let stored = map.get(&journey.id).map(|s| s.revision);
        let revision = expect.check(stored)?;
        map.insert(
            journey.id.clone(),
            Stored {
                journey: journey.clone(),
                revision,
            },
        );
        Ok(revision)
    }

    pub fn delete(&self, id: &Id) {
        self.journeys.borrow_mut().remove(id);
    }
}
