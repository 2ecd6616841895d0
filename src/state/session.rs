//! The journey open in the editor: its edit history, what is selected, and keeping storage
//! and other tabs in step with it (debounced autosave, flush when the page is hidden).

use super::AppState;
use super::sync::Change;
use crate::browser::now_ms;
use crate::i18n::Msg;
use crate::state::notices::NO_ARGS;
use crate::storage::{Expect, StorageError, Stored, rescue};
use gloo_timers::callback::Timeout;
use klantreis_core::assist::Vocabulary;
use klantreis_core::{Command, Editor, Id, Journey};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How long after the last edit the journey is written: short enough that a reload never
/// loses more than this, long enough that typing is not a write per keystroke.
pub const SAVE_DELAY_MS: u32 = 300;
/// How long after a save that failed for lack of space it is tried again.
const RETRY_MS: u32 = 3_000;
/// The User Timing name of one autosave, read by `bench/run.mjs`.
pub const SAVE_MEASURE: &str = "klantreis:save";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapSelection {
    None,
    Touchpoint(Id),
    Agency(Id),
    /// The journey's phases, edited in the side panel.
    Phases,
}

/// Which part of the journey the editor shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorView {
    Map,
    Stories,
    Signifiers,
    Report,
    Ideas,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Pending,
    Saving,
    Failed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    ChangedElsewhere,
    DeletedElsewhere,
}

/// Where the user's own words for the assistant are kept (local storage, this device).
pub const OWN_WORDS_PREF: &str = "assist-words";

#[derive(Clone, Copy)]
pub struct Session {
    pub app: AppState,
    pub editor: RwSignal<Editor>,
    pub selection: RwSignal<MapSelection>,
    /// Cards chosen together (Shift/Ctrl + click, Shift + Space), in the order chosen.
    pub chosen: RwSignal<Vec<Id>>,
    /// A tap chooses a card instead of opening it (for touch screens, which have no Shift).
    pub choosing: RwSignal<bool>,
    pub view: RwSignal<EditorView>,
    /// The story selected in the stories view.
    pub story: RwSignal<Option<Id>>,
    /// The idea open in the ideas view.
    pub idea: RwSignal<Option<Id>>,
    /// The story being told in client mode (vertelpunt), if that mode is on.
    pub client: RwSignal<Option<Id>>,
    /// The user's own words for the interview assistant, kept on this device.
    pub own_words: RwSignal<klantreis_core::assist::OwnWords>,
    /// The assistant's words for this journey: built again only when an agency's name or the
    /// own words change, not on every key press in an interview.
    pub vocabulary: Memo<Vocabulary>,
    /// The report tab shows the gekanteld verslag rather than the report with the map.
    pub report_retold: RwSignal<bool>,
    pub save_state: RwSignal<SaveState>,
    pub conflict: RwSignal<Option<Conflict>>,
    /// The stored revision this tab last read or wrote.
    base_rev: StoredValue<u64>,
    /// The editor revision that storage holds.
    saved_at: StoredValue<u64>,
    in_flight: StoredValue<bool>,
    /// A copy was rescued at page close (`pagehide` also fires when the page only goes into
    /// the back-forward cache and lives on): the next save here supersedes it.
    stashed: StoredValue<bool>,
    timer: StoredValue<Option<Timeout>, LocalStorage>,
}

impl Session {
    /// Opens a stored journey and starts autosave and other-tab sync for as long as the
    /// calling component lives.
    pub fn start(app: AppState, stored: Stored) -> Self {
        let editor = Editor::new(stored.journey);
        let saved_at = StoredValue::new(editor.revision());
        let editor = RwSignal::new(editor);
        let own_words = RwSignal::new(
            crate::browser::pref(OWN_WORDS_PREF)
                .and_then(|json| serde_json::from_str(&json).ok())
                .unwrap_or_default(),
        );
        let names = Memo::new(move |_| {
            editor.with(|e| {
                let agencies = &e.journey().agencies;
                agencies.iter().map(|a| a.name.clone()).collect::<Vec<_>>()
            })
        });
        let vocabulary = Memo::new(move |_| {
            names.with(|n| own_words.with(|own| Vocabulary::dutch(n).with_own(own)))
        });
        let s = Self {
            app,
            saved_at,
            editor,
            own_words,
            vocabulary,
            selection: RwSignal::new(MapSelection::None),
            chosen: RwSignal::new(Vec::new()),
            choosing: RwSignal::new(false),
            view: RwSignal::new(EditorView::Map),
            story: RwSignal::new(None),
            idea: RwSignal::new(None),
            client: RwSignal::new(None),
            report_retold: RwSignal::new(false),
            save_state: RwSignal::new(SaveState::Saved),
            conflict: RwSignal::new(None),
            base_rev: StoredValue::new(stored.revision),
            in_flight: StoredValue::new(false),
            stashed: StoredValue::new(false),
            timer: StoredValue::new_local(None),
        };
        Effect::new(move || {
            let rev = s.editor.with(Editor::revision);
            if rev != s.saved_at.get_value() {
                s.save_state.set(SaveState::Pending);
                s.schedule();
            }
        });
        Effect::new(move || {
            if let Some(change) = app.sync.incoming.get() {
                s.on_other_tab(change);
            }
        });
        let hide = window_event_listener(leptos::ev::visibilitychange, move |_| {
            let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
            if hidden {
                s.save();
            }
        });
        let leave = window_event_listener(leptos::ev::pagehide, move |_| s.save_on_leave());
        on_cleanup(move || {
            hide.remove();
            leave.remove();
        });
        s
    }

    pub fn id(&self) -> Id {
        self.editor.with_untracked(|e| e.journey().id.clone())
    }

    pub fn with_journey<T>(&self, f: impl FnOnce(&Journey) -> T) -> T {
        self.editor.with(|e| f(e.journey()))
    }

    /// Reads the journey without subscribing to its changes.
    pub fn with_journey_untracked<T>(&self, f: impl FnOnce(&Journey) -> T) -> T {
        self.editor.with_untracked(|e| f(e.journey()))
    }

    /// Applies one edit as one step of undo.
    pub fn apply(&self, command: Command) {
        self.run(|e| e.apply(command));
    }

    /// Applies an edit made while typing; a run of them with the same key is one undo step.
    pub fn apply_typing(&self, command: Command, key: String) {
        self.run(|e| e.apply_merging(command, &key));
    }

    /// Applies an edit; with a merge key, as part of a run of typing (see `apply_typing`).
    pub fn edit(&self, command: Command, typing: Option<String>) {
        match typing {
            Some(key) => self.apply_typing(command, key),
            None => self.apply(command),
        }
    }

    /// Changes one touchpoint; `typing` names the field while keystrokes merge into one undo
    /// step.
    pub fn edit_touchpoint(
        &self,
        id: &Id,
        typing: Option<&str>,
        f: impl FnOnce(&mut klantreis_core::Touchpoint),
    ) {
        let Some(mut tp) = self.with_journey(|j| j.touchpoint(id).cloned()) else {
            return;
        };
        f(&mut tp);
        let key = typing.map(|field| format!("touchpoint:{id}:{field}"));
        self.edit(Command::UpdateTouchpoint(tp), key);
    }

    /// Changes one of the journey's signifier sets; `typing` names the field while keystrokes
    /// merge into one step (and one version of an answered set).
    pub fn edit_set(
        &self,
        target: klantreis_core::SetTarget,
        typing: Option<String>,
        f: impl FnOnce(&mut klantreis_core::SignifierSet),
    ) {
        let mut set = self.with_journey(|j| j.set(target).clone());
        f(&mut set);
        match typing {
            Some(key) => {
                let continuing = self.editor.with_untracked(|e| e.continues(&key));
                let cmd = self.with_journey(|j| j.edit_set(target, set, continuing));
                self.apply_typing(cmd, key);
            }
            None => {
                let cmd = self.with_journey(|j| j.edit_set(target, set, false));
                self.apply(cmd);
            }
        }
    }

    fn run(&self, f: impl FnOnce(&mut Editor) -> Result<bool, klantreis_core::CommandError>) {
        let result = self.editor.try_update(f);
        if let Some(Err(e)) = result {
            let (msg, args) = refusal(&e, self.app.lang.get_untracked());
            self.app.notices.error(msg, args);
        }
    }

    pub fn undo(&self) {
        self.editor.update(|e| {
            e.undo();
        });
    }

    pub fn redo(&self) {
        self.editor.update(|e| {
            e.redo();
        });
    }

    fn is_dirty(&self) -> bool {
        self.in_flight.get_value()
            || self.editor.with_untracked(Editor::revision) != self.saved_at.get_value()
    }

    fn schedule(&self) {
        let s = *self;
        let timer = Timeout::new(SAVE_DELAY_MS, move || s.save());
        // Replacing the previous timer drops, and so cancels, it.
        self.timer.set_value(Some(timer));
    }

    /// The journey as it will be stored now.
    fn journey_to_store(&self) -> Journey {
        let mut journey = self.editor.with_untracked(|e| e.journey().clone());
        journey.updated_ms = now_ms();
        journey
    }

    /// Writes the journey if it changed since the last write, only over the revision this tab
    /// last read or wrote: another tab's write in between is a conflict, never overwritten.
    pub fn save(&self) {
        let Some(rev) = self.editor.try_with_untracked(Editor::revision) else {
            return;
        };
        if self.may_write(rev) {
            self.write(self.journey_to_store(), rev);
        }
    }

    /// Whether editor revision `rev` is unsaved and may be written now: no other write of this
    /// tab is under way, and no conflict waits for the user's choice.
    fn may_write(&self, rev: u64) -> bool {
        self.conflict.get_untracked().is_none()
            && rev != self.saved_at.get_value()
            && !self.in_flight.get_value()
    }

    fn write(&self, journey: Journey, rev: u64) {
        let s = *self;
        let Some(library) = s.app.library() else {
            return;
        };
        s.timer.set_value(None);
        let expect = Expect::after(s.base_rev.get_value());
        s.in_flight.set_value(true);
        s.save_state.set(SaveState::Saving);
        spawn_local(async move {
            crate::browser::perf_start(SAVE_MEASURE);
            let result = library.save(&journey, expect).await;
            crate::browser::perf_end(SAVE_MEASURE);
            // The editor may have been closed meanwhile; then only storage matters.
            if s.in_flight.try_set_value(false).is_some() {
                return;
            }
            match result {
                Ok(new_rev) => {
                    if s.app.storage_problem.get_untracked() == Some(StorageError::Quota) {
                        s.app.storage_problem.set(None);
                    }
                    s.base_rev.set_value(new_rev);
                    s.saved_at.set_value(rev);
                    if s.stashed.get_value() {
                        s.stashed.set_value(false);
                        rescue::discard(&journey.id);
                    }
                    s.app.announce(&journey.id, new_rev);
                    if s.editor.with_untracked(Editor::revision) == rev {
                        s.save_state.try_set(SaveState::Saved);
                    } else {
                        s.schedule();
                    }
                }
                Err(StorageError::Conflict { stored, .. }) => {
                    s.save_state.try_set(SaveState::Failed);
                    s.conflict.try_set(Some(match stored {
                        None => Conflict::DeletedElsewhere,
                        Some(_) => Conflict::ChangedElsewhere,
                    }));
                }
                Err(e) => {
                    s.save_state.try_set(SaveState::Failed);
                    // A full disk or a blocked database may clear up: the edit stays in this
                    // tab (and in the rescue copy if it closes) and is tried again.
                    if matches!(e, StorageError::Quota | StorageError::Blocked) {
                        s.retry_later();
                    }
                    s.app.report(e);
                }
            }
        });
    }

    fn retry_later(&self) {
        let s = *self;
        let timer = Timeout::new(RETRY_MS, move || s.save());
        self.timer.set_value(Some(timer));
    }

    /// The page is going away: keep a synchronous copy (see `storage::rescue`), then try the
    /// same write as any other, on the revision this tab has seen. If it does not land, or
    /// another tab wrote first, the next start takes the copy back without overwriting
    /// anything (`rescue::recover`).
    fn save_on_leave(&self) {
        if !self.is_dirty() {
            return;
        }
        let journey = self.journey_to_store();
        let stashed = rescue::stash(
            &journey.id,
            &rescue::Rescued {
                base: self.base_rev.get_value(),
                tab: crate::storage::tab_id(),
                json: klantreis_core::format::to_json(&journey),
            },
        );
        self.stashed.set_value(stashed);
        let rev = self.editor.with_untracked(Editor::revision);
        if self.may_write(rev) {
            self.write(journey, rev);
        }
    }

    fn on_other_tab(&self, change: Change) {
        if change.id != self.id() || change.rev == self.base_rev.get_value() {
            return;
        }
        if change.deleted {
            self.conflict.set(Some(Conflict::DeletedElsewhere));
        } else if self.is_dirty() {
            self.conflict.set(Some(Conflict::ChangedElsewhere));
        } else {
            self.load_theirs(true);
        }
    }

    /// Replaces this tab's version with the stored one.
    pub fn load_theirs(&self, announce: bool) {
        let s = *self;
        let Some(library) = s.app.library() else {
            return;
        };
        let id = s.id();
        spawn_local(async move {
            match library.load(&id).await {
                Ok(stored) => {
                    s.timer.set_value(None);
                    s.editor.update(|e| e.replace(stored.journey));
                    s.base_rev.set_value(stored.revision);
                    s.saved_at
                        .set_value(s.editor.with_untracked(Editor::revision));
                    s.conflict.set(None);
                    s.save_state.set(SaveState::Saved);
                    if announce {
                        s.app.notices.info(Msg::ReloadedFromOtherTab, NO_ARGS, None);
                    }
                }
                Err(e) => s.app.report(e),
            }
        });
    }

    /// Keeps this tab's version, writing it over the version another tab stored.
    pub fn keep_mine(&self) {
        let s = *self;
        let Some(library) = s.app.library() else {
            return;
        };
        let id = s.id();
        spawn_local(async move {
            // The user has now chosen over the version stored at this revision: that is the
            // one this write may replace, and no later one.
            let stored = match library.load(&id).await {
                Ok(stored) => stored.revision,
                Err(StorageError::NotFound) => 0,
                Err(e) => return s.app.report(e),
            };
            s.base_rev.set_value(stored);
            // No editor revision equals this, so the next save writes whatever is in memory.
            s.saved_at.set_value(u64::MAX);
            s.conflict.set(None);
            s.save();
        });
    }

    /// Saves now if anything is pending (before leaving the editor).
    pub fn flush(&self) {
        if self.is_dirty() {
            self.save();
        }
    }
}

/// Why an edit was refused, in the user's words: the common cases (a title or a name typed
/// away) get their own message, the rest the technical one.
fn refusal(e: &klantreis_core::CommandError, lang: crate::i18n::Lang) -> (Msg, Vec<String>) {
    use klantreis_core::validate::Problem;
    if let klantreis_core::CommandError::Invalid(errors) = e
        && let Some(first) = errors.0.first()
        && first.problem == Problem::Empty
    {
        if first.path == "title" {
            return (Msg::TitleRequired, vec![]);
        }
        if first.path.starts_with("agencies[") && first.path.ends_with(".name") {
            return (Msg::NameRequired, vec![]);
        }
    }
    (Msg::EditFailed, vec![crate::explain::refusal(e, lang)])
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
