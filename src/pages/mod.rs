pub mod journey;
pub mod library;
pub mod patterns;
pub mod present;
pub mod privacy;
pub mod workshop;
