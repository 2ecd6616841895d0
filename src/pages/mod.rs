pub mod journey;
pub mod library;
pub mod patterns;
