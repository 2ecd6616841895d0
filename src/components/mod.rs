pub mod detail;
pub mod dialog;
pub mod emotion;
pub mod field;
pub mod journey_header;
pub mod list_editor;
pub mod map;
pub mod notices;
