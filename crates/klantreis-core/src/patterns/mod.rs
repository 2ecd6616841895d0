//! Patterns over many journeys: touchpoints and stories pooled by their signifier answers,
//! selections of them, the views (triad, slider, choice, emotion) and the statistics that
//! compare two selections.

pub mod composition;
pub mod stats;
