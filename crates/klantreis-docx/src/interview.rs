//! An interview's text from a Word document: its paragraphs in order (table cells too), one
//! per line, tabs and line breaks kept. Deleted text of tracked changes is left out, inserted
//! text is read.

use crate::DocxError;
use docx_rs::{
    DocumentChild, InsertChild, ParagraphChild, RunChild, TableCellContent, TableChild,
    TableRowChild,
};

/// The text of the .docx in `bytes`.
pub fn text_of(bytes: &[u8]) -> Result<String, DocxError> {
    let docx = docx_rs::read_docx(bytes).map_err(|e| DocxError::Read(e.to_string()))?;
    let mut lines = Vec::new();
    for child in &docx.document.children {
        match child {
            DocumentChild::Paragraph(p) => lines.push(paragraph(&p.children)),
            DocumentChild::Table(t) => table(t, &mut lines),
            _ => {}
        }
    }
    Ok(lines.join("\n").trim_end().to_owned())
}

fn table(t: &docx_rs::Table, lines: &mut Vec<String>) {
    for TableChild::TableRow(row) in &t.rows {
        for TableRowChild::TableCell(cell) in &row.cells {
            for content in &cell.children {
                match content {
                    TableCellContent::Paragraph(p) => lines.push(paragraph(&p.children)),
                    TableCellContent::Table(inner) => table(inner, lines),
                    _ => {}
                }
            }
        }
    }
}

fn paragraph(children: &[ParagraphChild]) -> String {
    let mut out = String::new();
    for child in children {
        match child {
            ParagraphChild::Run(r) => run(&r.children, &mut out),
            ParagraphChild::Insert(i) => {
                for c in &i.children {
                    if let InsertChild::Run(r) = c {
                        run(&r.children, &mut out);
                    }
                }
            }
            ParagraphChild::Hyperlink(h) => out.push_str(&paragraph(&h.children)),
            _ => {}
        }
    }
    out
}

fn run(children: &[RunChild], out: &mut String) {
    for child in children {
        match child {
            RunChild::Text(t) => out.push_str(&t.text),
            RunChild::Tab(_) | RunChild::PTab(_) => out.push('\t'),
            RunChild::Break(_) | RunChild::CarriageReturn(_) => out.push('\n'),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_document_reads_back_paragraph_by_paragraph() {
        use docx_rs::{Docx, Paragraph, Run};
        let mut buf = std::io::Cursor::new(Vec::new());
        Docx::new()
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text("Interview met Jan")))
            .add_paragraph(
                Paragraph::new()
                    .add_run(Run::new().add_text("Ik belde de "))
                    .add_run(Run::new().add_text("gemeente").bold())
                    .add_run(Run::new().add_tab().add_text("€ 40 & <meer>")),
            )
            .build()
            .pack(&mut buf)
            .unwrap();
        assert_eq!(
            text_of(buf.get_ref()).unwrap(),
            "Interview met Jan\nIk belde de gemeente\t€ 40 & <meer>"
        );
    }

    #[test]
    fn something_else_is_refused_with_a_reason() {
        assert!(matches!(text_of(b"plain text"), Err(DocxError::Read(_))));
    }
}
