//! Files for other tools: spreadsheets now; images and reports render from the same data.

pub mod csv;
pub mod summary;
pub mod svg;
pub mod table;
