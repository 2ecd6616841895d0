//! The workshop page's parts: its settings, the groups with their packages, the timer, and
//! the plenary summary.

mod banner;
mod groups;
mod settings;
mod summary;
mod timer;

pub use banner::WorkshopBanner;
pub use groups::GroupList;
pub use settings::WorkshopSettings;
pub use summary::WorkshopSummary;
pub use timer::{Timer, TimerBadge};
