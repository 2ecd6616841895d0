//! The app's few typed stores, provided as context at the root:
//! [`AppState`] (library, route, notices, storage health) and, while a journey is open,
//! [`session::Session`] (the editor with undo, selection, autosave, other-tab sync).

pub mod countdown;
pub mod notices;
pub mod patterns;
pub mod route;
pub mod session;
pub mod sync;

use crate::storage::{Idb, Library, Memory, StorageError};
use klantreis_core::JourneySummary;
use leptos::prelude::*;
use leptos::task::spawn_local;
pub use notices::{Notice, NoticeAction, Notices};
pub use route::Route;

#[derive(Clone)]
pub enum LibraryState {
    Opening,
    Ready(Library),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub library: RwSignal<LibraryState, LocalStorage>,
    pub summaries: RwSignal<Vec<JourneySummary>>,
    pub route: RwSignal<Route>,
    pub notices: Notices,
    /// A lasting storage problem, shown as a banner until it is resolved.
    pub storage_problem: RwSignal<Option<StorageError>>,
    pub sync: sync::TabSync,
    pub countdown: countdown::Countdown,
}

impl AppState {
    pub fn new() -> Self {
        let state = Self {
            library: RwSignal::new_local(LibraryState::Opening),
            summaries: RwSignal::new(Vec::new()),
            route: RwSignal::new(route::current()),
            notices: Notices::new(),
            storage_problem: RwSignal::new(None),
            sync: sync::TabSync::new(),
            countdown: countdown::Countdown::new(),
        };
        spawn_local(async move {
            let library = match Idb::open().await {
                Ok(db) => Library::Idb(db),
                Err(e) => {
                    state.storage_problem.set(Some(e));
                    Library::Memory(Memory::default())
                }
            };
            state.library.set(LibraryState::Ready(library));
            state.refresh();
        });
        state
    }

    pub fn library(&self) -> Option<Library> {
        match self.library.get_untracked() {
            LibraryState::Ready(l) => Some(l),
            LibraryState::Opening => None,
        }
    }

    /// Writes a journey whole (new, or replacing what is stored) and tells the other tabs.
    pub async fn put(&self, journey: &klantreis_core::Journey) -> Result<u64, StorageError> {
        let library = self.library().ok_or(StorageError::Unavailable)?;
        let previous = library
            .load(&journey.id)
            .await
            .map(|s| s.revision)
            .unwrap_or(0);
        let rev = library
            .save(journey, crate::storage::Expect::Overwrite { previous })
            .await?;
        self.sync.announce(sync::Change {
            id: journey.id.clone(),
            rev,
            deleted: false,
        });
        Ok(rev)
    }

    /// Reloads the list of journeys from storage.
    pub fn refresh(&self) {
        let Some(library) = self.library() else {
            return;
        };
        let state = *self;
        spawn_local(async move {
            match library.list().await {
                Ok(list) => state.summaries.set(list),
                Err(e) => state.report(e),
            }
        });
    }

    /// Shows a storage error: lasting ones as a banner, the rest as a notice.
    pub fn report(&self, e: StorageError) {
        match e {
            StorageError::Quota | StorageError::Unavailable | StorageError::Blocked => {
                self.storage_problem.set(Some(e))
            }
            other => self
                .notices
                .error(crate::i18n::Msg::StorageFailed, vec![other.to_string()]),
        }
    }

    pub fn navigate(&self, route: Route) {
        route::go(&route);
        self.route.set(route);
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
