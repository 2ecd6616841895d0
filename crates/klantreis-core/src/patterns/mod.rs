//! Patterns over many journeys: touchpoints and stories pooled by their signifier answers
//! (`pool`; one journey as pooling reads it, kept beside it: `pooled`), selections of them (`selection`), what the page draws (`views`), and the tests
//! that compare two selections or every pair of questions (`compare`, `stats`, `composition`).

pub mod compare;
pub mod composition;
pub mod figure;
pub mod pool;
pub mod pooled;
pub mod selection;
pub mod stats;
pub mod views;

pub use compare::{Comparison, Outcome, Pair, Subject, compare, pairs};
pub use pool::{Pool, Source};
pub use selection::Selection;
