//! Word files for Klantreis, in plain Rust so the host tests read back what is written: an
//! interview's text from a .docx ([`interview`]), and the report and the gekanteld verslag as
//! .docx ([`report`]). The app reaches them through the worker in `src/bin`.

pub mod interview;
pub mod report;

/// Why a Word file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// Not a Word document we can read (another format, or damaged).
    #[error("not a readable Word document: {0}")]
    Read(String),
    #[error("the Word document could not be written: {0}")]
    Write(String),
}
