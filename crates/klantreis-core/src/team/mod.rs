//! The team library: journeys shared through a CouchDB database the organisation runs
//! itself. This module is the part that needs no browser: where the server is, what a
//! journey looks like as a CouchDB document, and the bookkeeping that decides, for every
//! change, whether to take it, send it, or keep both versions. The app does the HTTP.
//!
//! The app is a client of CouchDB, not a replica: it keeps one version of each journey (the
//! one in IndexedDB) and the server's `_rev` it was last in step with. Every write names that
//! `_rev`, so CouchDB refuses a write over a version this device has not seen; a version
//! changed on both sides is kept twice, never dropped.

mod document;
mod ledger;
mod server;
pub mod versions;

pub use document::{
    ChangeRow, ChangesPage, doc_id, document_text, journey_id_of, journey_of, to_document,
};
pub use ledger::{BATCH, Incoming, Ledger, Tracked};
pub use server::{AddressError, Server, Settings, Sharing};
