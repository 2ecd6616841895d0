//! The app's few typed stores, provided as context at the root:
//! [`AppState`] (library, route, notices, storage health) and, while a journey is open,
//! [`session::Session`] (the editor with undo, selection, autosave, other-tab sync).

pub mod countdown;
pub mod notices;
pub mod patterns;
pub mod personas;
pub mod route;
pub mod session;
pub mod sync;
pub mod team;

use crate::state::notices::NO_ARGS;
use crate::storage::{Idb, Library, Memory, StorageError, Write};
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

/// Touchpoints copied in this tab, with the plain text that went to the system clipboard
/// with them (a paste whose text is that text is this clip, even where the browser kept only
/// the text).
#[derive(Clone, Debug, PartialEq)]
pub struct Copied {
    pub clip: klantreis_core::Clip,
    pub text: String,
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
    /// Whether the browser keeps this site's data under storage pressure (`None`: unknown).
    pub persisted: RwSignal<Option<bool>>,
    /// Everything was erased on this device; the app shows only that.
    pub erased: RwSignal<bool>,
    /// The user's language, for words made outside a component (notices from storage and
    /// edits).
    pub lang: RwSignal<crate::i18n::Lang>,
    /// Touchpoints copied in this tab, for the Paste button (touch screens have no Ctrl+V,
    /// and reading the system clipboard needs a permission prompt).
    pub clip: RwSignal<Option<Copied>>,
    /// The library's personas.
    pub personas: personas::Personas,
    /// The team library (CouchDB), when turned on.
    pub team: team::Team,
}

impl AppState {
    pub fn new() -> Self {
        let lang_signal = use_context::<crate::i18n::I18n>()
            .map(|i| i.lang)
            .unwrap_or_else(|| RwSignal::new(Default::default()));
        let lang = lang_signal.get_untracked();
        let notices = Notices::new();
        let sync = sync::TabSync::new();
        let storage_problem = RwSignal::new(None);
        let state = Self {
            library: RwSignal::new_local(LibraryState::Opening),
            summaries: RwSignal::new(Vec::new()),
            route: RwSignal::new(route::current()),
            notices,
            storage_problem,
            sync,
            countdown: countdown::Countdown::new(),
            persisted: RwSignal::new(None),
            erased: RwSignal::new(false),
            lang: lang_signal,
            clip: RwSignal::new(None),
            personas: personas::Personas::new(notices, sync, storage_problem),
            team: team::Team::new(),
        };
        spawn_local(async move {
            let library = match Idb::open().await {
                Ok(db) => Library::Idb(db),
                Err(e) => {
                    state.storage_problem.set(Some(e));
                    Library::Memory(Memory::default())
                }
            };
            // Before any page reads a journey: copies rescued when a page last closed.
            state.recover(&library, lang).await;
            state.library.set(LibraryState::Ready(library));
            state.refresh();
            state
                .persisted
                .set(crate::storage::device::persisted().await);
        });
        state
    }

    /// Takes back the copies rescued when pages closed, and tells the user of every one that
    /// had to be stored beside a newer version.
    async fn recover(&self, library: &Library, lang: crate::i18n::Lang) {
        use crate::browser::{format_time, new_id, now_ms};
        use crate::i18n::Msg;
        let now = now_ms();
        let title_of = |j: &klantreis_core::Journey| {
            lang.text_with(
                Msg::RecoveredTitle,
                &[j.title.clone(), format_time(now, lang)],
            )
        };
        match crate::storage::rescue::recover(library, new_id, title_of, now).await {
            Ok(recovered) => {
                let app = *self;
                for r in recovered {
                    let open: NoticeAction = std::sync::Arc::new(move || {
                        app.navigate(Route::Journey(r.copy.clone(), None))
                    });
                    self.notices.lasting(
                        Msg::RecoveredNotice,
                        vec![r.title],
                        Some((Msg::Open, open)),
                    );
                }
            }
            Err(e) => self.report(e),
        }
    }

    pub fn library(&self) -> Option<Library> {
        match self.library.get_untracked() {
            LibraryState::Ready(l) => Some(l),
            LibraryState::Opening => None,
        }
    }

    /// Stores a journey that is not in the library yet and tells the other tabs.
    pub async fn put_new(&self, journey: &klantreis_core::Journey) -> Result<u64, StorageError> {
        let write = Write {
            journey: journey.clone(),
            expect: crate::storage::Expect::Absent,
            from_file: false,
        };
        Ok(self.store_all(&[write]).await?[0])
    }

    /// The library once it is open: a click during start-up (a slow laptop, a rescue under
    /// way) waits for it instead of failing as if the browser allowed no storage.
    pub async fn opened_library(&self) -> Result<Library, StorageError> {
        // Longer than opening may take before it gives up itself (storage::OPEN_TIMEOUT_MS).
        for _ in 0..600 {
            if let Some(library) = self.library() {
                return Ok(library);
            }
            gloo_timers::future::TimeoutFuture::new(50).await;
        }
        Err(StorageError::Unavailable)
    }

    /// Stores every write or none (one transaction) and tells the other tabs.
    pub async fn store_all(&self, writes: &[Write]) -> Result<Vec<u64>, StorageError> {
        let library = self.opened_library().await?;
        let revisions = library.save_all(writes).await?;
        for (w, rev) in writes.iter().zip(&revisions) {
            self.sync.announce(Self::change(&w.journey.id, *rev));
        }
        let count = i64::try_from(writes.len()).unwrap_or(i64::MAX);
        crate::storage::device::note_changes(crate::browser::now_ms(), count);
        if writes.len() > 1 {
            // Many journeys at once: made ready for the patterns page once this write is done,
            // copied a slice at a time (2,000 journeys at once were a long task).
            let mut written = Vec::with_capacity(writes.len());
            let mut slices = crate::browser::Slices::new();
            for (w, rev) in writes.iter().zip(&revisions) {
                written.push((w.journey.clone(), *rev));
                if slices.due() {
                    slices.yield_now().await;
                }
            }
            leptos::task::spawn_local(async move {
                // A cache: what is not kept now is made by the patterns page.
                if let Ok(keeping) = crate::storage::pooled::keep_written(library, written).await {
                    let _ = keeping.await;
                }
            });
        }
        Ok(revisions)
    }

    /// Tells the other tabs that a journey was stored at `rev` (0: deleted).
    pub fn announce(&self, id: &klantreis_core::Id, rev: u64) {
        self.sync.announce(Self::change(id, rev));
        crate::storage::device::note_change(crate::browser::now_ms());
    }

    /// Tells this tab too, for a write made outside its editor (the team library, a choice
    /// between versions), so an open editor and the library show it.
    pub fn told(&self, id: &klantreis_core::Id, rev: u64) {
        self.announce(id, rev);
        self.sync.incoming.set(Some(Self::change(id, rev)));
    }

    fn change(id: &klantreis_core::Id, rev: u64) -> sync::Change {
        sync::Change {
            id: id.clone(),
            rev,
            deleted: rev == 0,
            erased: false,
            persona: false,
        }
    }

    /// Asks the browser to keep this site's data under storage pressure, once a journey is
    /// stored; `persisted` then says whether it agreed.
    /// Stores a journey new to the library (never over another), then runs `then`.
    pub fn store_new(self, journey: klantreis_core::Journey, then: impl FnOnce() + 'static) {
        spawn_local(async move {
            match self.put_new(&journey).await {
                Ok(_) => {
                    self.ask_to_persist();
                    self.refresh();
                    then();
                }
                Err(e) => self.report(e),
            }
        });
    }

    /// Stores a journey new to the library (or a copy) and opens it.
    pub fn create_and_open(self, journey: klantreis_core::Journey) {
        let id = journey.id.clone();
        self.store_new(journey, move || self.navigate(Route::Journey(id, None)));
    }

    pub fn ask_to_persist(&self) {
        let persisted = self.persisted;
        if persisted.get_untracked() == Some(true) {
            return;
        }
        spawn_local(async move {
            let granted = match crate::storage::device::persisted().await {
                Some(true) => Some(true),
                _ => crate::storage::device::persist().await,
            };
            persisted.set(granted);
        });
    }

    /// Erases everything this app keeps in this browser and tells the other tabs to let go.
    pub fn erase_everything(&self) {
        let Some(library) = self.library() else {
            return;
        };
        let app = *self;
        self.sync.announce(sync::Change {
            id: klantreis_core::Id::new(""),
            rev: 0,
            deleted: true,
            erased: true,
            persona: false,
        });
        let shelf = self.personas.shelf();
        spawn_local(async move {
            let shelf =
                shelf.unwrap_or_else(|| crate::storage::persona::Shelf::Memory(Default::default()));
            match crate::storage::device::erase_everything(&library, &shelf).await {
                Ok(()) => app.let_go_of_library(),
                Err(crate::storage::device::EraseError::Blocked) => {
                    app.notices.error(crate::i18n::Msg::EraseBlocked, NO_ARGS)
                }
                Err(e) => app
                    .notices
                    .error(crate::i18n::Msg::EraseFailed, vec![e.to_string()]),
            }
        });
    }

    /// Everything was erased (here or in another tab): let go of the database, so that the
    /// deletion can finish, and show only that.
    pub fn let_go_of_library(&self) {
        if let Some(library) = self.library() {
            library.close();
        }
        self.personas.let_go();
        self.library
            .set(LibraryState::Ready(Library::Memory(Memory::default())));
        self.summaries.set(Vec::new());
        self.erased.set(true);
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
