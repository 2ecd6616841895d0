//! The screens, one file each, reached by the URL hash (state::route).

pub mod journey;
pub mod library;
pub mod patterns;
pub mod persona;
pub mod present;
pub mod privacy;
pub mod team;
pub mod workshop;
