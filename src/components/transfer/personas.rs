//! The personas of an imported file: stored beside the library's own under the same rule as
//! journeys. New ones are added; a newer version replaces one not edited here since it came
//! from a file; any other difference keeps both (the file's as a copy). Nobody is asked: a
//! persona is small, and keeping both loses nothing.

use crate::browser::new_id;
use crate::i18n::{Lang, Msg};
use crate::state::AppState;
use crate::state::personas::Saved;
use crate::storage::Expect;
use klantreis_core::Persona;
use klantreis_core::recovery::{self, Arrival};

pub async fn arrive(app: AppState, personas: Vec<Persona>, language: Lang) {
    if personas.is_empty() {
        return;
    }
    let Some(shelf) = app.personas.shelf() else {
        return;
    };
    let stored = match shelf.list().await {
        Ok((list, _)) => list,
        Err(e) => {
            return app.notices.error(Msg::StorageFailed, vec![e.to_string()]);
        }
    };
    // Added, updated, kept as a copy.
    let mut counts = [0usize; 3];
    for persona in personas {
        let mine = stored.iter().find(|s| s.persona.id == persona.id);
        let arrival = recovery::arrival(&persona, mine.map(|s| (&s.persona, s.edited_here())));
        // A copy is this library's own from now on, not a version that came from the file.
        let (write, expect, from_file, kind) = match (arrival, mine) {
            (Arrival::Unchanged, _) => continue,
            (Arrival::New, _) => (persona, Expect::Absent, true, 0),
            (Arrival::Newer, Some(mine)) => (persona, mine.expect(), true, 1),
            _ => {
                let name =
                    language.text_with(Msg::PersonaFromFile, std::slice::from_ref(&persona.name));
                (
                    persona.separate_copy(new_id(), name),
                    Expect::Absent,
                    false,
                    2,
                )
            }
        };
        if let Saved::Stored(_) = app.personas.save(&write, expect, from_file).await {
            counts[kind] += 1;
        }
    }
    let [added, updated, copied] = counts;
    if added + updated + copied > 0 {
        app.notices.info(
            Msg::PersonasImported,
            vec![added.to_string(), updated.to_string(), copied.to_string()],
            None,
        );
    }
}
