//! Answer widgets for signifier questions: one per question kind, and [`AnswerInput`], which
//! picks the widget and adds "not applicable" where the question allows it.

mod change;
mod choice;
mod input;
mod list;
mod slider;
mod triad;

pub use change::{AnswerChange, use_english};
pub use input::AnswerInput;
pub use list::{AnswerList, QuestionChange, apply_change};
pub use slider::SliderInput;
pub use triad::TriadInput;
