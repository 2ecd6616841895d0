//! The components, one folder or file per family; pages compose them.

pub mod detail;
pub mod dialog;
pub mod emotion;
pub mod field;
pub mod ideas;
pub mod journey_header;
pub mod list_editor;
pub mod map;
pub mod notices;
pub mod page_bar;
pub mod patterns;
pub mod persona;
pub mod report;
pub mod safekeeping;
pub mod set_editor;
pub mod shadow;
pub mod signifier;
pub mod stories;
pub mod team;
pub mod transfer;
pub mod variant;
pub mod versions;
pub mod vertelpunt;
pub mod workshop;
