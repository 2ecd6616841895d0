pub mod journey;
pub mod library;
