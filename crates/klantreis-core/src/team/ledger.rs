//! The bookkeeping of one device against one team database: for each shared journey the
//! server revision this device last saw and its own stored revision at that moment, and the
//! checkpoint in the changes feed. From these alone it decides what a change means.

use super::server::Sharing;
use crate::id::Id;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Changes read, and documents sent, per request: large databases go in pages, so neither
/// the server nor the page waits on one huge answer.
pub const BATCH: usize = 100;

/// Where a journey stood when this device and the server last agreed on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tracked {
    /// CouchDB's `_rev` then.
    pub server_rev: String,
    /// The journey's stored revision on this device then.
    pub synced: u64,
}

/// The bookkeeping, kept on the device beside the settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    /// The database it is for (`Server` address and name): another one starts afresh.
    pub place: String,
    /// Where in the changes feed the last pull ended.
    pub checkpoint: Option<String>,
    pub journeys: BTreeMap<Id, Tracked>,
}

/// What a change from the server means for this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Nothing to do: this device already has it (its own write coming back), or it is the
    /// deletion of something this device does not have.
    InStep,
    /// Take the team's version: new here, or not changed here since the last agreement.
    Take,
    /// The same journey, word for word, on both sides: only the bookkeeping was missing.
    Adopt,
    /// Deleted by the team, and not changed here since: delete here too (with undo).
    Delete,
    /// Deleted by the team but changed here since: this device's version is sent again.
    KeepMine,
    /// Changed on both sides since the last agreement: keep both versions, the team's as a
    /// copy beside this device's, which is then sent (nothing is dropped).
    Both,
}

impl Ledger {
    /// The bookkeeping for `place`: this one if it is for that database, else a fresh one.
    pub fn for_place(self, place: &str) -> Ledger {
        if self.place == place {
            self
        } else {
            Ledger {
                place: place.to_owned(),
                ..Ledger::default()
            }
        }
    }

    pub fn rev_of(&self, id: &Id) -> Option<&str> {
        self.journeys.get(id).map(|t| t.server_rev.as_str())
    }

    /// What the server's revision `rev` of journey `id` means, given this device's stored
    /// revision (`local`, none when it has no such journey) and whether both hold the same
    /// journey (`same`).
    pub fn incoming(
        &self,
        id: &Id,
        local: Option<u64>,
        rev: &str,
        deleted: bool,
        same: bool,
    ) -> Incoming {
        let tracked = self.journeys.get(id);
        if tracked.is_some_and(|t| t.server_rev == rev) {
            return Incoming::InStep;
        }
        let Some(local) = local else {
            return if deleted {
                Incoming::InStep
            } else {
                Incoming::Take
            };
        };
        let unchanged_here = tracked.is_some_and(|t| t.synced == local);
        match (deleted, unchanged_here) {
            (false, _) if same => Incoming::Adopt,
            (false, true) => Incoming::Take,
            (false, false) => Incoming::Both,
            (true, true) => Incoming::Delete,
            (true, false) => Incoming::KeepMine,
        }
    }

    /// This device and the server agree on `id`: the server's `rev` is stored here as `local`.
    pub fn agree(&mut self, id: &Id, server_rev: &str, local: u64) {
        self.journeys.insert(
            id.clone(),
            Tracked {
                server_rev: server_rev.to_owned(),
                synced: local,
            },
        );
    }

    /// This device has seen the server's `rev` of `id` but keeps its own version, which is
    /// to be sent over it next.
    pub fn saw(&mut self, id: &Id, server_rev: &str) {
        match self.journeys.get_mut(id) {
            Some(t) => t.server_rev = server_rev.to_owned(),
            None => self.agree(id, server_rev, 0),
        }
    }

    pub fn forget(&mut self, id: &Id) {
        self.journeys.remove(id);
    }

    /// The shared journeys to send: new to the server, or changed here since the last
    /// agreement. `local`: every stored journey with its revision.
    pub fn to_send(&self, local: &[(Id, u64)], sharing: &Sharing) -> Vec<Id> {
        local
            .iter()
            .filter(|(id, rev)| {
                let changed = self.journeys.get(id).is_none_or(|t| t.synced != *rev);
                sharing.shares(id) && changed
            })
            .map(|(id, _)| id.clone())
            .collect()
    }

    /// Journeys the server has from this device that were deleted here since: their
    /// deletion is to be sent. `local` must be the whole library (a failed read must not
    /// read as "everything deleted").
    pub fn deleted_here(&self, local: &[(Id, u64)]) -> Vec<(Id, String)> {
        self.journeys
            .iter()
            .filter(|(id, _)| !local.iter().any(|(l, _)| l == *id))
            .map(|(id, t)| (id.clone(), t.server_rev.clone()))
            .collect()
    }

    /// How many of `local` wait to be sent, for the status line.
    pub fn waiting(&self, local: &[(Id, u64)], sharing: &Sharing) -> usize {
        self.to_send(local, sharing).len() + self.deleted_here(local).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledger() -> Ledger {
        let mut l = Ledger::default().for_place("/couchdb team");
        l.agree(&Id::new("a"), "2-x", 5);
        l
    }

    #[test]
    fn a_change_is_taken_only_over_what_this_device_has_not_changed() {
        let l = ledger();
        let a = Id::new("a");
        // Our own write coming back.
        assert_eq!(
            l.incoming(&a, Some(5), "2-x", false, false),
            Incoming::InStep
        );
        // The team changed it, we did not: take it.
        assert_eq!(l.incoming(&a, Some(5), "3-y", false, false), Incoming::Take);
        // Both changed it: keep both, never overwrite.
        assert_eq!(l.incoming(&a, Some(6), "3-y", false, false), Incoming::Both);
        // Both changed it the same way.
        assert_eq!(l.incoming(&a, Some(6), "3-y", false, true), Incoming::Adopt);
        // New to this device.
        let b = Id::new("b");
        assert_eq!(l.incoming(&b, None, "1-z", false, false), Incoming::Take);
        // A journey of the same id this device made itself (an import of the same file on two
        // laptops) that differs: both kept.
        assert_eq!(l.incoming(&b, Some(1), "1-z", false, false), Incoming::Both);
        assert_eq!(l.incoming(&b, Some(1), "1-z", false, true), Incoming::Adopt);
    }

    #[test]
    fn a_deletion_never_takes_unsent_work_with_it() {
        let l = ledger();
        let a = Id::new("a");
        assert_eq!(
            l.incoming(&a, Some(5), "3-d", true, false),
            Incoming::Delete
        );
        assert_eq!(
            l.incoming(&a, Some(6), "3-d", true, false),
            Incoming::KeepMine
        );
        assert_eq!(l.incoming(&a, None, "3-d", true, false), Incoming::InStep);
    }

    #[test]
    fn what_to_send() {
        let mut l = ledger();
        let (a, b, c) = (Id::new("a"), Id::new("b"), Id::new("c"));
        let local = vec![(a.clone(), 5), (b.clone(), 1)];
        assert_eq!(l.to_send(&local, &Sharing::All), vec![b.clone()]);
        let only_a = Sharing::Chosen([a.clone()].into());
        assert!(l.to_send(&local, &only_a).is_empty());
        let changed = vec![(a.clone(), 6), (b.clone(), 1)];
        assert_eq!(l.to_send(&changed, &only_a), vec![a.clone()]);
        // After "keep mine" the next send goes over the revision seen.
        l.saw(&a, "3-d");
        assert_eq!(l.rev_of(&a), Some("3-d"));
        assert_eq!(l.to_send(&changed, &only_a), vec![a.clone()]);
        // Deleted here: its deletion is sent, with the last revision seen.
        l.agree(&c, "1-c", 2);
        assert_eq!(l.deleted_here(&local), vec![(c.clone(), "1-c".to_owned())]);
        assert_eq!(l.waiting(&local, &Sharing::All), 2);
        l.forget(&c);
        assert!(l.deleted_here(&local).is_empty());
    }

    #[test]
    fn another_database_starts_afresh_and_the_shape_is_kept() {
        let l = ledger();
        assert_eq!(l.clone().for_place("/couchdb team"), l);
        let other = l.clone().for_place("/couchdb other");
        assert!(other.journeys.is_empty() && other.checkpoint.is_none());
        let json = serde_json::to_string(&l).unwrap();
        assert_eq!(
            json,
            r#"{"place":"/couchdb team","checkpoint":null,"journeys":{"a":{"server_rev":"2-x","synced":5}}}"#
        );
        assert_eq!(serde_json::from_str::<Ledger>(&json).unwrap(), l);
    }
}
