//! The patterns page's parts: selection forms, figures with their tables, the evidence list,
//! and the statistics between selections and between questions.

mod cross;
mod evidence;
mod figure;
mod open;
mod selection;
mod statistics;
mod table_buttons;

pub use cross::CrossTable;
pub use evidence::EvidencePanel;
pub use figure::{DataTable, FigurePane};
pub use open::open_item;
pub use selection::SelectionForm;
pub use statistics::{ComparisonTable, PairsList};
pub use table_buttons::TableButtons;
