//! The library's personas as the app holds them: the shelf they are stored on, the list
//! (personas are few and small, so the list holds them whole), and the edits that store
//! them under the revision rule.

use crate::i18n::Msg;
use crate::state::notices::{NO_ARGS, NoticeAction, Notices};
use crate::state::sync::{Change, TabSync};
use crate::storage::persona::{Shelf, StoredPersona, by_name};
use crate::storage::{Expect, StorageError};
use klantreis_core::{Id, Persona};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy)]
pub struct Personas {
    /// `None` while the database opens.
    pub shelf: RwSignal<Option<Shelf>, LocalStorage>,
    /// Every persona that reads, by name.
    pub list: RwSignal<Vec<StoredPersona>>,
    /// Ids of stored personas that do not read (named, never hidden).
    pub unreadable: RwSignal<Vec<String>>,
    notices: Notices,
    sync: TabSync,
}

/// How a persona's save went.
pub enum Saved {
    Stored(u64),
    /// Another tab stored this persona since it was read: nothing was written.
    Conflict,
    Failed,
}

impl Personas {
    /// Opens the shelf; when IndexedDB cannot be used the personas live in memory and
    /// `problem` says so in the one storage banner (the journeys' usually said it already).
    pub fn new(notices: Notices, sync: TabSync, problem: RwSignal<Option<StorageError>>) -> Self {
        let personas = Self {
            shelf: RwSignal::new_local(None),
            list: RwSignal::new(Vec::new()),
            unreadable: RwSignal::new(Vec::new()),
            notices,
            sync,
        };
        spawn_local(async move {
            let (shelf, failed) = Shelf::open().await;
            if let Some(e) = failed {
                problem.update(|p| {
                    p.get_or_insert(e);
                });
            }
            personas.shelf.set(Some(shelf));
            personas.refresh();
        });
        personas
    }

    pub fn shelf(&self) -> Option<Shelf> {
        self.shelf.get_untracked()
    }

    pub fn refresh(&self) {
        let Some(shelf) = self.shelf() else { return };
        let me = *self;
        spawn_local(async move {
            match shelf.list().await {
                Ok((list, unreadable)) => {
                    me.list.set(list);
                    me.unreadable.set(unreadable);
                }
                Err(e) => me.failed(e),
            }
        });
    }

    pub fn get(&self, id: &Id) -> Option<StoredPersona> {
        self.list
            .with_untracked(|l| l.iter().find(|p| &p.persona.id == id).cloned())
    }

    /// The stored personas among `ids`.
    pub fn linked(&self, ids: impl IntoIterator<Item = Id>) -> Vec<Persona> {
        let ids: std::collections::HashSet<Id> = ids.into_iter().collect();
        self.list.with_untracked(|l| {
            l.iter()
                .filter(|p| ids.contains(&p.persona.id))
                .map(|p| p.persona.clone())
                .collect()
        })
    }

    pub fn all(&self) -> Vec<Persona> {
        self.list
            .with_untracked(|l| l.iter().map(|p| p.persona.clone()).collect())
    }

    /// Stores `persona` over the revision `expect` names, tells the other tabs, and keeps
    /// the list up to date.
    pub async fn save(&self, persona: &Persona, expect: Expect, from_file: bool) -> Saved {
        let Some(shelf) = self.shelf() else {
            return Saved::Failed;
        };
        match shelf.save(persona, expect, from_file).await {
            Ok(rev) => {
                self.announce(&persona.id, rev);
                self.keep(StoredPersona {
                    persona: persona.clone(),
                    revision: rev,
                    received: from_file.then_some(persona.updated_ms),
                });
                Saved::Stored(rev)
            }
            Err(StorageError::Conflict { .. }) => Saved::Conflict,
            Err(e) => {
                self.failed(e);
                Saved::Failed
            }
        }
    }

    /// Deletes a persona (refused if another tab saved it since), with an undo that stores
    /// it again. Journeys keep their link; it leads nowhere until the persona is back.
    pub fn delete(&self, stored: StoredPersona, then: impl FnOnce() + 'static) {
        let Some(shelf) = self.shelf() else { return };
        let me = *self;
        spawn_local(async move {
            let id = stored.persona.id.clone();
            match shelf.delete(&id, stored.expect()).await {
                Ok(()) => {
                    me.announce(&id, 0);
                    me.list.update(|l| l.retain(|p| p.persona.id != id));
                    let persona = stored.persona;
                    let name = persona.name.clone();
                    let undo: NoticeAction = std::sync::Arc::new(move || {
                        let persona = persona.clone();
                        spawn_local(async move {
                            me.save(&persona, Expect::Absent, false).await;
                        });
                    });
                    me.notices.info(Msg::Deleted, vec![name], Some(undo));
                    then();
                }
                Err(StorageError::Conflict { .. }) => {
                    me.notices.error(Msg::PersonaChangedElsewhere, NO_ARGS);
                    me.refresh();
                }
                Err(e) => me.failed(e),
            }
        });
    }

    /// What this tab just stored, put in the list in place of reading every persona again.
    fn keep(&self, stored: StoredPersona) {
        self.list.update(|l| {
            l.retain(|p| p.persona.id != stored.persona.id);
            l.push(stored);
            by_name(l);
        });
    }

    fn announce(&self, id: &Id, rev: u64) {
        self.sync.announce(Change {
            id: id.clone(),
            rev,
            deleted: rev == 0,
            erased: false,
            persona: true,
        });
        crate::storage::device::note_change(crate::browser::now_ms());
    }

    fn failed(&self, e: StorageError) {
        self.notices.error(Msg::StorageFailed, vec![e.to_string()]);
    }

    /// Everything was erased: let go of the database so the deletion can finish.
    pub fn let_go(&self) {
        if let Some(shelf) = self.shelf() {
            shelf.close();
        }
        self.shelf.set(Some(Shelf::Memory(Default::default())));
        self.list.set(Vec::new());
    }
}
