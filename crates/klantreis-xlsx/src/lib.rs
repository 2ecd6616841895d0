//! The journeys as an XLSX workbook: one sheet each for journeys, touchpoints, stories,
//! signifier questions, ideas and (when there are any) personas, with the same columns as
//! the CSV exports (`klantreis_core::export::table`).

use klantreis_core::export::table::{self, Cell, Table};
use klantreis_core::{Journey, Persona};
use klantreis_words::Lang;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

/// The most characters Excel keeps in one cell; longer text is cut, with an ellipsis.
const MAX_CELL_CHARS: usize = 32_767;

#[derive(Debug, thiserror::Error)]
#[error("the workbook could not be written: {0}")]
pub struct WorkbookError(#[from] XlsxError);

/// The workbook's bytes.
pub fn workbook(
    journeys: &[Journey],
    personas: &[Persona],
    lang: Lang,
) -> Result<Vec<u8>, WorkbookError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    for sheet in table::workbook(journeys, personas, lang) {
        write_sheet(book.add_worksheet(), &sheet, &bold)?;
    }
    Ok(book.save_to_buffer()?)
}

fn write_sheet(ws: &mut Worksheet, t: &Table, bold: &Format) -> Result<(), XlsxError> {
    ws.set_name(t.name)?;
    for (c, h) in t.headers.iter().enumerate() {
        ws.write_string_with_format(0, col(c), fit(h), bold)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, cell) in row.iter().enumerate() {
            match cell {
                Cell::Empty => {}
                Cell::Text(s) => {
                    ws.write_string(r, col(c), fit(s))?;
                }
                Cell::Number(n) => {
                    ws.write_number(r, col(c), *n)?;
                }
            }
        }
    }
    // The header row stays in view while scrolling, and the columns open wide enough to read.
    ws.set_freeze_panes(1, 0)?;
    ws.set_autofit_max_width(60 * 7).autofit();
    Ok(())
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

fn fit(text: &str) -> String {
    if text.chars().count() <= MAX_CELL_CHARS {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(MAX_CELL_CHARS - 1).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use klantreis_core::examples;
    use std::io::Read;

    fn part(bytes: &[u8], name: &str) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
        let mut text = String::new();
        zip.by_name(name)
            .unwrap_or_else(|_| panic!("{name} in the workbook"))
            .read_to_string(&mut text)
            .expect("utf-8");
        text
    }

    #[test]
    fn four_named_sheets_with_text_and_numbers() {
        let bytes = workbook(&examples::all(), &[], Lang::Nl).unwrap();
        let book = part(&bytes, "xl/workbook.xml");
        for name in ["Reizen", "Contactmomenten", "Verhalen", "Duidingsvragen"] {
            assert!(book.contains(&format!("name=\"{name}\"")), "sheet {name}");
        }
        let strings = part(&bytes, "xl/sharedStrings.xml");
        assert!(strings.contains("Aanmelden aan de balie"));
        // Waiting time 45 minutes is a number cell on the touchpoint sheet, not a string.
        let touchpoints = part(&bytes, "xl/worksheets/sheet2.xml");
        assert!(touchpoints.contains("<v>45</v>"));
    }

    #[test]
    fn markup_in_text_is_escaped_and_long_text_is_cut() {
        let mut j = examples::intake();
        j.title = "<script>alert(1)</script>".into();
        j.touchpoints[0].what = "x".repeat(40_000);
        let bytes = workbook(&[j], &[], Lang::En).unwrap();
        let strings = part(&bytes, "xl/sharedStrings.xml");
        assert!(strings.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!strings.contains("<script>"));
        assert!(strings.contains(&format!("{}…", "x".repeat(MAX_CELL_CHARS - 1))));
        assert!(!strings.contains(&"x".repeat(MAX_CELL_CHARS)));
    }
}
