//! CSV for Excel and LibreOffice with Dutch settings: UTF-8 with a byte-order mark, `;` as
//! separator, decimal commas in Dutch, one row per touchpoint (or story) and one column per
//! signifier answer (three for a triad). Retired questions keep their columns.

use super::table::{self, Table};
use crate::journey::Journey;
use klantreis_words::Lang;

/// Makes Excel read the file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// Text that a spreadsheet would take for a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`)
/// is written with a leading apostrophe, as OWASP recommends against CSV injection: Excel and
/// LibreOffice then show it as text. Numbers are typed cells and never pass through here, so
/// an emotion of -1 stays a number.
pub fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

fn write(table: &Table, lang: Lang, delimiter: u8) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing into a Vec cannot fail. Headers hold question wording the user typed.
    let _ = w.write_record(table.headers.iter().map(|h| inert(h).into_owned()));
    for row in &table.rows {
        let _ = w.write_record(row.iter().map(|c| match c {
            table::Cell::Text(t) => inert(t).into_owned(),
            other => other.render(lang),
        }));
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Any table as CSV text for a file.
pub fn render(table: &Table, lang: Lang) -> String {
    format!("{BOM}{}", write(table, lang, b';'))
}

/// Any table as tab-separated text, as spreadsheets and word processors paste it.
pub fn for_clipboard(table: &Table, lang: Lang) -> String {
    write(table, lang, b'\t')
}

/// One row per touchpoint of every journey.
pub fn touchpoints(journeys: &[Journey], lang: Lang) -> String {
    render(&table::touchpoints(journeys, lang), lang)
}

/// One row per story of every journey.
pub fn stories(journeys: &[Journey], lang: Lang) -> String {
    render(&table::stories(journeys, lang), lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;
    use crate::signifier::Answer;

    fn parse(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
        let body = text.strip_prefix(BOM).expect("starts with a BOM");
        let mut r = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(body.as_bytes());
        let head = r.headers().unwrap().iter().map(str::to_owned).collect();
        let rows = r
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        (head, rows)
    }

    fn col(head: &[String], name: &str) -> usize {
        head.iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    }

    #[test]
    fn text_that_a_spreadsheet_would_run_is_written_as_text_and_numbers_stay_numbers() {
        let mut jan = examples::jan();
        jan.touchpoints[0].title = "=HYPERLINK(\"http://x\";\"klik\")".into();
        jan.touchpoints[1].title = "+cmd|' /C calc'!A0".into();
        jan.touchpoints[2].title = "@SUM(1+1)".into();
        jan.touchpoints[3].title = "\t=1+1".into();
        jan.touchpoints[4].title = "-2+3".into();
        jan.touchpoint_set.questions[0].prompt.nl = "=1+1 vraag".into();
        let (head, rows) = parse(&touchpoints(&[jan.clone()], Lang::Nl));
        let titles: Vec<&str> = rows
            .iter()
            .map(|r| r[col(&head, "titel")].as_str())
            .collect();
        assert_eq!(titles[0], "'=HYPERLINK(\"http://x\";\"klik\")");
        assert_eq!(titles[1], "'+cmd|' /C calc'!A0");
        assert_eq!(titles[2], "'@SUM(1+1)");
        assert_eq!(titles[3], "'\t=1+1");
        assert_eq!(titles[4], "'-2+3");
        assert!(
            head.iter().any(|h| h.starts_with("'=1+1 vraag")),
            "{head:?}"
        );
        // A negative emotion is a number, not text.
        let emotion = col(&head, "beleving");
        assert!(rows.iter().any(|r| r[emotion] == "-1"), "{rows:?}");
        // Ordinary text is untouched.
        assert_eq!(inert("Aanmelden"), "Aanmelden");
        assert_eq!(inert(""), "");
    }

    #[test]
    fn one_row_per_touchpoint_with_signifier_columns() {
        let journeys = [examples::jan(), examples::x()];
        let (head, rows) = parse(&touchpoints(&journeys, Lang::Nl));
        assert_eq!(rows.len(), 8 + 6);
        // 25 fixed columns, then 7 questions of which one triad (3 columns).
        assert_eq!(head.len(), 25 + 9);
        assert_eq!(rows[2][col(&head, "fase")], "Aanvraag");
        assert_eq!(
            rows[2][col(&head, "principes geschonden")],
            "Snel | Persoonlijk | Transparant"
        );
        let kept = col(&head, "principes waargemaakt");
        assert_eq!(rows[3][kept], "Persoonlijk | Betrokken | Transparant");
        assert_eq!(rows[8 + 1][col(&head, "fase")], "");
        let row = &rows[1]; // Jan, "Aanmelden aan de balie"
        assert_eq!(row[col(&head, "titel")], "Aanmelden aan de balie");
        assert_eq!(row[col(&head, "instantie")], "Gemeente");
        assert_eq!(row[col(&head, "beleving")], "-1");
        assert_eq!(row[col(&head, "wachttijd (minuten)")], "45");
        assert_eq!(
            row[col(&head, "knelpunten")],
            "Formulier vraagt gegevens die Jan niet paraat heeft"
        );
        assert_eq!(
            row[col(
                &head,
                "In dit contact ging het vooral om… de regels en procedures"
            )],
            "0,7"
        );
        assert_eq!(row[col(&head, "Ik voelde me…")], "20");
        assert_eq!(row[col(&head, "Wie nam het initiatief?")], "ik zelf");
        assert_eq!(row[col(&head, "verhaal")], "Interview met Jan");
    }

    #[test]
    fn english_uses_english_headers_and_decimal_points() {
        let (head, rows) = parse(&touchpoints(&[examples::jan()], Lang::En));
        assert_eq!(
            rows[1][col(
                &head,
                "This contact was mostly about… the rules and procedures"
            )],
            "0.7"
        );
        assert_eq!(rows[1][col(&head, "Who took the initiative?")], "I did");
        assert_eq!(rows[1][col(&head, "channel")], "desk");
    }

    #[test]
    fn separators_quotes_and_newlines_in_text_survive() {
        let mut j = examples::intake();
        j.touchpoints[0].quote = "Hij zei: \"ja; nee\"\nen ging".into();
        let (head, rows) = parse(&touchpoints(&[j], Lang::Nl));
        assert_eq!(
            rows[0][col(&head, "citaat")],
            "Hij zei: \"ja; nee\"\nen ging"
        );
    }

    #[test]
    fn not_applicable_and_retired_questions_have_their_columns() {
        let mut j = examples::jan();
        j.touchpoints[1]
            .answers
            .insert("seen".into(), Answer::NotApplicable);
        j.touchpoint_set.questions[1].retired = true;
        let (head, rows) = parse(&touchpoints(&[j], Lang::Nl));
        assert_eq!(rows[1][col(&head, "Ik voelde me…")], "n.v.t.");
        assert_eq!(rows[2][col(&head, "Ik voelde me…")], "10");
    }

    #[test]
    fn the_clipboard_gets_tabs_and_no_byte_order_mark() {
        let t = crate::export::table::journeys(&[examples::jan()], Lang::Nl);
        let text = for_clipboard(&t, Lang::Nl);
        assert!(text.starts_with("reis-id\treis\tpersona"));
        assert!(text.contains("\tJan: van schulden naar werk\t"));
        assert_eq!(text.lines().count(), 2);
    }

    #[test]
    fn stories_get_their_own_file() {
        let (head, rows) = parse(&stories(&examples::all(), Lang::Nl));
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][col(&head, "verteld door")], "client");
        assert!(rows[0][col(&head, "tekst")].starts_with("Ik lag elke nacht wakker"));
    }
}
