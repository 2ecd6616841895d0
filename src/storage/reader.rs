//! The readers of stored and imported JSON (migrations, field paths, validation): fetched on
//! first use, so the first screen of a library does not carry them until a journey, a persona
//! or a file is read.

use super::StorageError;
use klantreis_core::file::Contents;
use klantreis_core::{Journey, Persona};

crate::split!(reader pub fn journey(json: String) -> Result<Journey, StorageError> {
    klantreis_core::format::restore(&json).map_err(StorageError::Unreadable)
});

crate::split!(reader pub fn persona(json: String) -> Result<Persona, StorageError> {
    klantreis_core::persona::restore(&json).map_err(StorageError::Unreadable)
});

crate::split!(reader pub fn contents(text: String) -> Result<Contents, StorageError> {
    klantreis_core::file::read_contents(&text).map_err(StorageError::Unreadable)
});
