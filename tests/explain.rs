//! Errors of bad files in the user's language, with the place kept: no English reader text
//! inside a Dutch message (it used to say "EOF while parsing", "unknown variant `bank`").
#![cfg(target_arch = "wasm32")]

use klantreis::explain::restore_error;
use klantreis::i18n::Lang;
use klantreis_core::examples;
use klantreis_core::file::{read, write};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn why(text: &str, lang: Lang) -> String {
    restore_error(&read(text).expect_err("a bad file"), lang)
}

#[wasm_bindgen_test]
fn bad_files_are_explained_in_dutch_and_in_english() {
    let good = write(&[examples::jan()], 0);
    let cut = &good[..good.len() / 2];
    assert_eq!(
        why(cut, Lang::Nl),
        "Het is geen geldig JSON-bestand (het bestand houdt halverwege op)."
    );
    let bank = good.replacen("\"channel\":\"balie\"", "\"channel\":\"bank\"", 1);
    let nl = why(&bank, Lang::Nl);
    assert!(nl.starts_with("Fout bij journeys[0].touchpoints["), "{nl}");
    assert!(
        nl.contains("].channel: “bank” is geen toegestane waarde (wel: "),
        "{nl}"
    );
    assert!(!nl.contains("unknown variant"), "{nl}");
    let en = why(&bank, Lang::En);
    assert!(en.contains("“bank” is not an allowed value"), "{en}");
    let emotion = good.replacen("\"emotion\":-1", "\"emotion\":7", 1);
    assert!(why(&emotion, Lang::Nl).ends_with(".emotion: 7 ligt buiten -2 tot en met 2"));
    // An answer that does not fit its question, in the user's words too.
    let slider = good.replacen("\"slider\":20", "\"slider\":120", 1);
    let nl = why(&slider, Lang::Nl);
    assert!(
        nl.contains(": vraag seen: 120 ligt buiten 0 tot en met 100"),
        "{nl}"
    );
    let mut broken = examples::jan();
    broken.touchpoints[2].agency = "nergens".into();
    assert_eq!(
        why(&write(&[broken], 0), Lang::Nl),
        "Fout bij journeys[0].touchpoints[2].agency: verwijst naar instantie “nergens”, die niet in deze reis staat"
    );
}

#[wasm_bindgen_test]
fn a_refused_edit_is_explained_in_dutch() {
    use klantreis_core::{Command, Editor, NaiveDate, Period};
    let mut editor = Editor::new(examples::jan());
    let reversed = Period {
        start: NaiveDate::from_ymd_opt(2025, 5, 1),
        end: NaiveDate::from_ymd_opt(2025, 1, 1),
    };
    let e = editor
        .apply(Command::SetPeriod(reversed))
        .expect_err("a reversed period is refused");
    let nl = klantreis::explain::refusal(&e, Lang::Nl);
    assert!(nl.starts_with("Fout bij period"), "{nl}");
    assert!(nl.contains("ligt na het einde"), "{nl}");
    let gone = editor
        .apply(Command::RemoveTouchpoint {
            id: "nergens".into(),
        })
        .expect_err("no such touchpoint");
    assert_eq!(
        klantreis::explain::refusal(&gone, Lang::Nl),
        "het onderdeel (nergens) bestaat niet meer in deze reis"
    );
}
