//! The team library on screen: the status line every page shows while it is on (`status`),
//! the rounds that run while the app is open (`sync`), and its page: sign-in and settings
//! (`settings`) and the choice of what is shared (`sharing`).

pub mod settings;
pub mod sharing;
pub mod status;
pub mod sync;
