//! One round with the team library: take the team's changes since the checkpoint, then send
//! this device's. Taking first means a version changed on both sides is found while taking,
//! and kept twice, instead of being refused when sending.

use super::TeamError;
use super::client;
use crate::browser::{new_id, now_ms};
use crate::i18n::Msg;
use crate::state::{AppState, Route};
use crate::storage::{Expect, Library, StorageError, Stored};
use klantreis_core::format::to_json;
use klantreis_core::team::{
    BATCH, ChangeRow, Incoming, Ledger, Server, Sharing, doc_id, document_text, journey_id_of,
    journey_of, versions::other_version,
};
use klantreis_core::{Id, Journey};
use leptos::prelude::*;
use serde_json::json;
use std::collections::HashMap;

/// Runs one round; the number of changes still waiting to be sent.
pub async fn round(app: AppState, server: &Server, sharing: &Sharing) -> Result<usize, TeamError> {
    let library = app.library().ok_or(StorageError::Unavailable)?;
    let mut ledger = super::ledger(&server.place());
    // The bookkeeping is kept however far the round got: what was agreed stays agreed.
    let taken = take_all(app, &library, server, &mut ledger).await;
    super::keep_ledger(&ledger);
    taken?;
    // One read of the store after taking: sending changes no stored revision.
    let (local, sharing) = local_and_shared(&library, sharing).await?;
    let sent = send_all(&library, server, &mut ledger, &local, &sharing).await;
    super::keep_ledger(&ledger);
    sent?;
    Ok(ledger.waiting(&local, &sharing))
}

/// Every stored journey's id and revision, and the sharing choice by journey (a workshop
/// chosen whole names its journeys).
async fn local_and_shared(
    library: &Library,
    sharing: &Sharing,
) -> Result<(Vec<(Id, u64)>, Sharing), StorageError> {
    let (summaries, revisions): (Vec<_>, Vec<_>) = library.listing().await?.into_iter().unzip();
    let sharing = sharing.by_journey(&summaries);
    let local = summaries.into_iter().map(|s| s.id).zip(revisions).collect();
    Ok((local, sharing))
}

/// How many changes wait to be sent, from the bookkeeping alone (the server may be away).
pub async fn waiting(app: AppState, server: &Server, sharing: &Sharing) -> usize {
    let Some(library) = app.library() else {
        return 0;
    };
    match local_and_shared(&library, sharing).await {
        Ok((local, sharing)) => super::ledger(&server.place()).waiting(&local, &sharing),
        Err(_) => 0,
    }
}

/// Takes the team's changes, a page at a time; the checkpoint moves only past a page that
/// was taken whole.
async fn take_all(
    app: AppState,
    library: &Library,
    server: &Server,
    ledger: &mut Ledger,
) -> Result<(), TeamError> {
    loop {
        let page = client::changes(server, ledger.checkpoint.as_deref()).await?;
        let mut new = Vec::new();
        for row in &page.results {
            new.extend(take(app, library, ledger, row).await?);
            for rev in row.conflicts() {
                keep_conflict(app, library, server, row, &rev).await?;
            }
        }
        // The team's journeys new here are shared from here too (a choice between versions, an
        // edit), until the user unticks one.
        app.team.share(&new);
        ledger.checkpoint = Some(page.checkpoint());
        super::keep_ledger(ledger);
        super::still_lead()?;
        if page.results.len() < BATCH {
            return Ok(());
        }
    }
}

/// The stored journey `id`, if this device has it.
async fn local(library: &Library, id: &Id) -> Result<Option<Stored>, StorageError> {
    match library.load(id).await {
        Ok(stored) => Ok(Some(stored)),
        Err(StorageError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Takes one change; the journey's id if it was new here.
async fn take(
    app: AppState,
    library: &Library,
    ledger: &mut Ledger,
    row: &ChangeRow,
) -> Result<Option<Id>, TeamError> {
    let (Some(id), Some(rev)) = (row.journey(), row.rev()) else {
        return Ok(None);
    };
    let theirs = match (row.deleted, row.doc.as_ref().map(journey_of)) {
        (false, Some(Ok(journey))) => Some(journey),
        (false, Some(Err(e))) => {
            // Refused and reported; the rest of the library goes on.
            refused(app, id.as_str(), &e);
            return Ok(None);
        }
        _ => None,
    };
    let mine = local(library, &id).await?;
    let seen = mine.as_ref().map(|s| s.revision);
    let same = match (&mine, &theirs) {
        (Some(m), Some(t)) => to_json(&m.journey) == to_json(t),
        _ => false,
    };
    match (ledger.incoming(&id, seen, rev, row.deleted, same), theirs) {
        (Incoming::Take, Some(theirs)) => {
            let stored = library
                .save(&theirs, Expect::after(seen.unwrap_or(0)))
                .await?;
            ledger.agree(&id, rev, stored);
            app.told(&id, stored);
            if seen.is_none() {
                return Ok(Some(id));
            }
        }
        (Incoming::Adopt, _) => ledger.agree(&id, rev, seen.unwrap_or(0)),
        (Incoming::Delete, _) => {
            library
                .delete(&id, Expect::after(seen.unwrap_or(0)))
                .await?;
            ledger.forget(&id);
            app.told(&id, 0);
        }
        (Incoming::KeepMine, _) => ledger.saw(&id, rev),
        (Incoming::Both, Some(theirs)) => {
            keep_both(app, library, theirs).await?;
            ledger.saw(&id, rev);
        }
        (Incoming::InStep, _) if row.deleted && mine.is_none() => ledger.forget(&id),
        _ => {}
    }
    Ok(None)
}

/// A revision CouchDB kept beside the winner (written on two servers, or through two servers,
/// without either seeing the other): kept here as a copy of its own, shared like the rest,
/// and then resolved on the server by deleting that revision, so it is kept once.
async fn keep_conflict(
    app: AppState,
    library: &Library,
    server: &Server,
    row: &ChangeRow,
    rev: &str,
) -> Result<(), TeamError> {
    let doc = client::revision(server, &row.id, rev).await?;
    match journey_of(&doc) {
        Ok(theirs) => keep_both(app, library, theirs).await?,
        Err(e) => refused(app, &row.id, &e),
    }
    let resolved = json!({ "_id": row.id, "_rev": rev, "_deleted": true }).to_string();
    client::send(server, &[resolved]).await.map(|_| ())
}

/// Says that a document from the team library was refused, and why, like a bad file.
fn refused(app: AppState, what: &str, e: &klantreis_core::format::RestoreError) {
    let why = crate::explain::restore_error(e, app.lang.get_untracked());
    app.notices
        .error(Msg::TeamRefused, vec![what.to_owned(), why]);
}

/// Keeps the team's version beside this device's, as another version of the journey
/// (shared too, so every device has both), and says so with a way to choose.
async fn keep_both(app: AppState, library: &Library, theirs: Journey) -> Result<(), TeamError> {
    let copy = other_version(&theirs, &theirs.id, new_id(), now_ms());
    let stored = library.save(&copy, Expect::Absent).await?;
    app.told(&copy.id, stored);
    app.team.share(std::slice::from_ref(&copy.id));
    let id = theirs.id.clone();
    let open = std::sync::Arc::new(move || app.navigate(Route::Journey(id.clone(), None)));
    app.notices.lasting(
        Msg::TeamBothKept,
        vec![theirs.title],
        Some((Msg::Open, open)),
    );
    Ok(())
}

/// Sends every shared journey changed here, and every deletion, a batch at a time. A
/// document the server refuses as a conflict is left: the next round takes the team's
/// version first.
async fn send_all(
    library: &Library,
    server: &Server,
    ledger: &mut Ledger,
    all: &[(Id, u64)],
    sharing: &Sharing,
) -> Result<(), TeamError> {
    for batch in ledger.to_send(all, sharing).chunks(BATCH) {
        // Deleted meanwhile: not among the envelopes, nothing to send.
        let stored = library.envelopes(batch).await?;
        let docs: Vec<String> = stored
            .iter()
            .map(|(id, _, json)| document_text(json, id, ledger.rev_of(id)))
            .collect();
        let sent_of: HashMap<String, (&Id, u64)> = stored
            .iter()
            .map(|(id, revision, _)| (doc_id(id), (id, *revision)))
            .collect();
        for sent in client::send(server, &docs).await? {
            if let (None, Some(rev), Some((id, revision))) =
                (sent.error, sent.rev, sent_of.get(&sent.id))
            {
                ledger.agree(id, &rev, *revision);
            }
        }
        super::still_lead()?;
    }
    for batch in ledger.deleted_here(all).chunks(BATCH) {
        let docs: Vec<String> = batch
            .iter()
            .map(|(id, rev)| {
                json!({ "_id": doc_id(id), "_rev": rev, "_deleted": true }).to_string()
            })
            .collect();
        for sent in client::send(server, &docs).await? {
            if let (None, Some(id)) = (sent.error, journey_id_of(&sent.id)) {
                ledger.forget(&id);
            }
        }
    }
    Ok(())
}
