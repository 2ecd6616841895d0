pub mod journey;
pub mod library;
pub mod patterns;
pub mod present;
pub mod workshop;
