//! IndexedDB storage in a real browser (headless Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use klantreis::storage::persona::Shelf;
use klantreis::storage::{
    Expect, Idb, Library, Memory, Record, StorageError, Write, rescue, tab_id,
};
use klantreis_core::{Persona, examples, format};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Each test gets its own database, so tests do not see each other's records.
async fn fresh(name: &str) -> Idb {
    let _ = rexie::Rexie::builder(name).delete().await;
    Idb::open_named(name).await.expect("open")
}

#[wasm_bindgen_test]
async fn save_load_list_and_delete() {
    let db = fresh("t-crud").await;
    let jan = examples::jan();
    let x = examples::x();
    assert_eq!(db.save(&jan, Expect::Absent).await, Ok(1));
    assert_eq!(db.save(&x, Expect::Absent).await, Ok(1));

    let loaded = db.load(&jan.id).await.expect("load");
    assert_eq!(loaded.journey, jan);
    assert_eq!(loaded.revision, 1);

    let mut list = db.list().await.expect("list");
    list.sort_by(|a, b| a.title.cmp(&b.title));
    assert_eq!(list, vec![jan.summary(), x.summary()]);

    db.delete(&jan.id, Expect::Revision(1))
        .await
        .expect("delete");
    assert_eq!(db.load(&jan.id).await, Err(StorageError::NotFound));
    assert_eq!(db.list().await.expect("list").len(), 1);
}

#[wasm_bindgen_test]
async fn the_record_carries_the_schema_version_and_the_envelope() {
    let db = fresh("t-schema").await;
    let jan = examples::jan();
    db.save(&jan, Expect::Absent).await.expect("save");
    let raw = db.raw(&jan.id).await.expect("raw").expect("present");
    let record = Record::read(&raw).expect("record");
    assert_eq!(record.schema, format::SCHEMA_VERSION);
    let envelope = format!(
        r#"{{"format":"klantreis/journey","schema":{},"#,
        format::SCHEMA_VERSION
    );
    assert!(record.json.starts_with(&envelope), "{}", &record.json[..60]);
    assert_eq!(record.summary.touchpoints, jan.touchpoints.len());
}

#[wasm_bindgen_test]
async fn a_write_on_a_stale_revision_is_refused() {
    let db = fresh("t-conflict").await;
    let mut jan = examples::jan();
    db.save(&jan, Expect::Absent).await.expect("save");
    // Tab A writes revision 2 ...
    jan.title = "Tab A".into();
    assert_eq!(db.save(&jan, Expect::Revision(1)).await, Ok(2));
    // ... so tab B, still on revision 1, must not overwrite it.
    jan.title = "Tab B".into();
    assert_eq!(
        db.save(&jan, Expect::Revision(1)).await,
        Err(StorageError::Conflict {
            stored: Some(2),
            expected: 1
        })
    );
    assert_eq!(db.load(&jan.id).await.expect("load").journey.title, "Tab A");
    // Nor its listed fields: the refused write's summary was undone with its record.
    let listed = db.list().await.expect("list");
    assert_eq!(
        listed.iter().map(|s| s.title.as_str()).collect::<Vec<_>>(),
        ["Tab A"]
    );
    // A journey deleted elsewhere is a conflict too, not a silent re-creation.
    db.delete(&jan.id, Expect::Revision(2))
        .await
        .expect("delete");
    assert_eq!(
        db.save(&jan, Expect::Revision(2)).await,
        Err(StorageError::Conflict {
            stored: None,
            expected: 2
        })
    );
}

/// Writes a record as an older build (or a damaged disk) would have left it.
async fn put_raw(db_name: &str, record: &Record) {
    let rexie = rexie::Rexie::builder(db_name).build().await.expect("open");
    let tx = rexie
        .transaction(&["journeys"], rexie::TransactionMode::ReadWrite)
        .expect("tx");
    let store = tx.store("journeys").expect("store");
    store.put(&record.to_js().0, None).await.expect("put");
    tx.done().await.expect("done");
    rexie.close();
}

#[wasm_bindgen_test]
async fn a_record_of_schema_1_is_migrated_when_read() {
    let db = fresh("t-schema1").await;
    let json = include_str!("../crates/klantreis-core/tests/fixtures/schema-1.json");
    let old = format::restore(json).expect("fixture");
    let mut record = Record::of(&old, 4, "t", false);
    record.schema = 1;
    record.json = json.to_owned();
    put_raw("t-schema1", &record).await;

    let loaded = db.load(&old.id).await.expect("load");
    assert_eq!(loaded.revision, 4);
    assert_eq!(
        loaded.journey.touchpoint_set,
        klantreis_core::signifier::default_set()
    );
    // Saving it again writes the current schema.
    db.save(&loaded.journey, Expect::Revision(4))
        .await
        .expect("save");
    let raw = db.raw(&old.id).await.expect("raw").expect("present");
    assert_eq!(
        Record::read(&raw).expect("record").schema,
        format::SCHEMA_VERSION
    );
}

#[wasm_bindgen_test]
async fn an_unreadable_record_is_an_error_not_a_panic() {
    let db = fresh("t-broken").await;
    let jan = examples::jan();
    let mut record = Record::of(&jan, 1, "t", false);
    record.json = format::to_json(&jan).replacen(r#""emotion":-1"#, r#""emotion":9"#, 1);
    put_raw("t-broken", &record).await;

    match db.load(&jan.id).await {
        Err(StorageError::Unreadable(e)) => assert!(e.to_string().contains("emotion"), "{e}"),
        other => panic!("{other:?}"),
    }
    // The broken record still lists, so the user can see it and delete it.
    assert_eq!(db.list().await.expect("list").len(), 1);
    // Reading many skips it by name instead of failing them all (the patterns page once went
    // blank over one such record).
    let library = Library::Idb(db);
    library
        .save(&examples::x(), Expect::Absent)
        .await
        .expect("x");
    let list = library.list().await.expect("list");
    let (read, skipped) = library.load_readable(&list, |_| {}).await.expect("read");
    assert_eq!(read, vec![examples::x()]);
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].title, jan.title);
    // The same in one read of the whole library, as the patterns page reads it.
    let mut seen = Vec::new();
    let (every, skipped) = library
        .load_every(|n, of| seen.push((n, of)))
        .await
        .expect("read every");
    assert_eq!(every, vec![examples::x()]);
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].title, jan.title);
    assert_eq!(
        seen.last(),
        Some(&(2, 2)),
        "progress ends at the whole library"
    );
    // Every record is listed with its revision, the unreadable one too: the team library
    // must never take a record it cannot read for one deleted here.
    let listing = library.listing().await.expect("listing");
    let mut revisions: Vec<_> = listing.into_iter().map(|(s, rev)| (s.id, rev)).collect();
    revisions.sort();
    let mut expected = vec![(jan.id.clone(), 1), (examples::x().id, 1)];
    expected.sort();
    assert_eq!(revisions, expected);
    // What the team library sends: the stored envelope as it is, for journeys still there.
    let x = examples::x();
    let gone = klantreis_core::Id::new("nowhere");
    let sent = library
        .envelopes(&[x.id.clone(), gone])
        .await
        .expect("envelopes");
    assert_eq!(sent, vec![(x.id.clone(), 1, format::to_json(&x))]);
    // And a damaged record can still be deleted.
    let rev = library.revision(&jan.id).await.expect("revision");
    library
        .delete(&jan.id, Expect::after(rev))
        .await
        .expect("delete");
}

fn stash(id: &klantreis_core::Id, base: u64, tab: &str, journey: &klantreis_core::Journey) {
    assert!(rescue::stash(
        id,
        &rescue::Rescued {
            base,
            tab: tab.into(),
            json: format::to_json(journey),
        },
    ));
}

async fn recover(library: &Library) -> Vec<rescue::Recovered> {
    let mut n = 0;
    rescue::recover(
        library,
        move || {
            n += 1;
            klantreis_core::Id::new(format!("hersteld-{n}"))
        },
        |j| format!("Herstelde versie van {}", j.title),
        99,
    )
    .await
    .expect("recover")
}

#[wasm_bindgen_test]
async fn a_copy_rescued_at_page_close_is_taken_back_at_start_up() {
    let library = Library::Idb(fresh("t-rescue").await);
    let jan = examples::jan();
    library.save(&jan, Expect::Absent).await.expect("save");
    let mut edited = jan.clone();
    edited.outcome = "Getypt vlak voor het herladen".into();
    stash(&jan.id, 1, "gesloten-tab", &edited);

    // Reading never writes: the copy waits for the start-up step.
    assert_eq!(library.load(&jan.id).await.expect("load").revision, 1);
    assert!(recover(&library).await.is_empty());
    let loaded = library.load(&jan.id).await.expect("load");
    assert_eq!(loaded.journey.outcome, "Getypt vlak voor het herladen");
    assert_eq!(loaded.revision, 2, "the rescued copy is written back");
    assert!(rescue::peek(&jan.id).is_none(), "and used only once");
}

/// The bug: a page-close write used to overwrite whatever was stored, and a rescued copy
/// could replace one later write by another tab (the old rule was `stored <= base + 1`).
#[wasm_bindgen_test]
async fn a_rescued_copy_never_replaces_one_write_it_has_not_seen() {
    let library = Library::Idb(fresh("t-rescue-gap").await);
    let mut jan = examples::jan();
    library.save(&jan, Expect::Absent).await.expect("save");
    // Tab A has revision 1 and closes with unsaved work; its write does not land.
    let mut mine = jan.clone();
    mine.outcome = "Tab A, niet opgeslagen".into();
    stash(&jan.id, 1, "tab-a", &mine);
    // Tab B saves revision 2 (one revision later: the gap the old rule let through).
    jan.title = "Tab B".into();
    assert_eq!(library.save(&jan, Expect::Revision(1)).await, Ok(2));

    let recovered = recover(&library).await;
    let stored = library.load(&jan.id).await.expect("load");
    assert_eq!(stored.journey.title, "Tab B", "B's save stays");
    assert_eq!(stored.revision, 2);
    assert_eq!(recovered.len(), 1);
    let copy = library.load(&recovered[0].copy).await.expect("copy");
    assert_eq!(
        copy.journey.outcome, "Tab A, niet opgeslagen",
        "A's work is kept too"
    );
    assert!(copy.journey.title.starts_with("Herstelde versie van"));
    assert_eq!(recovered[0].of, jan.id);
    assert!(rescue::peek(&jan.id).is_none());
}

#[wasm_bindgen_test]
async fn a_page_close_write_on_a_seen_revision_lands_and_on_an_unseen_one_is_refused() {
    let library = Library::Idb(fresh("t-leave").await);
    let mut jan = examples::jan();
    library.save(&jan, Expect::Absent).await.expect("save");
    jan.title = "Tab B".into();
    library.save(&jan, Expect::Revision(1)).await.expect("B");
    // Tab A still has revision 1: its closing write is refused, not stored over B's.
    jan.title = "Tab A".into();
    assert_eq!(
        library.save(&jan, Expect::Revision(1)).await,
        Err(StorageError::Conflict {
            stored: Some(2),
            expected: 1
        })
    );
    // Two tabs never hold one revision number for two versions.
    assert_eq!(
        library.load(&jan.id).await.expect("load").journey.title,
        "Tab B"
    );
}

#[wasm_bindgen_test]
async fn the_closing_pages_own_write_that_landed_is_replaced_by_its_fuller_copy() {
    let library = Library::Idb(fresh("t-own").await);
    let jan = examples::jan();
    library.save(&jan, Expect::Absent).await.expect("save");
    // This page's save of revision 2 was in flight and landed; its copy has more typing.
    let mut half = jan.clone();
    half.outcome = "Half".into();
    library.save(&half, Expect::Revision(1)).await.expect("own");
    let mut whole = jan.clone();
    whole.outcome = "Half getypt en af".into();
    stash(&jan.id, 1, &tab_id(), &whole);
    assert!(recover(&library).await.is_empty());
    let stored = library.load(&jan.id).await.expect("load");
    assert_eq!(stored.journey.outcome, "Half getypt en af");
    assert_eq!(stored.revision, 3);
}

#[wasm_bindgen_test]
async fn a_rescued_copy_of_a_journey_deleted_elsewhere_is_kept_as_a_recovered_journey() {
    let library = Library::Memory(Memory::default());
    let jan = examples::jan();
    library.save(&jan, Expect::Absent).await.expect("save");
    library
        .delete(&jan.id, Expect::Revision(1))
        .await
        .expect("delete");
    stash(&jan.id, 1, "tab-a", &jan);
    let recovered = recover(&library).await;
    assert_eq!(recovered.len(), 1);
    assert!(library.load(&recovered[0].copy).await.is_ok());
    assert_eq!(library.load(&jan.id).await, Err(StorageError::NotFound));
}

#[wasm_bindgen_test]
async fn a_batch_is_stored_all_or_nothing() {
    let library = Library::Idb(fresh("t-batch").await);
    let jan = examples::jan();
    library.save(&jan, Expect::Absent).await.expect("save");
    let write = |journey: klantreis_core::Journey, expect| Write {
        journey,
        expect,
        from_file: true,
    };
    // The third write expects a revision that is not stored: none of the three is kept.
    let batch = [
        write(examples::x(), Expect::Absent),
        write(examples::wmo(), Expect::Absent),
        write(jan.clone(), Expect::Revision(7)),
    ];
    assert!(matches!(
        library.save_all(&batch).await,
        Err(StorageError::Conflict { .. })
    ));
    assert_eq!(library.list().await.expect("list").len(), 1);
    // The same when the stale write comes after the first page of requests (250 journeys):
    // the pages already written are undone with it.
    let mut many: Vec<Write> = klantreis_core::generate::population(5, 300, 1, 0)
        .into_iter()
        .map(|j| write(j, Expect::Absent))
        .collect();
    many.push(write(jan.clone(), Expect::Revision(7)));
    assert!(matches!(
        library.save_all(&many).await,
        Err(StorageError::Conflict { .. })
    ));
    assert_eq!(library.list().await.expect("list").len(), 1);
    // Right, it is stored whole, and marked as it came from the file.
    let batch = [
        write(examples::x(), Expect::Absent),
        write(jan.clone(), Expect::Revision(1)),
    ];
    assert_eq!(library.save_all(&batch).await, Ok(vec![1, 2]));
    let stored = library.load(&jan.id).await.expect("load");
    assert!(!stored.edited_here());
    assert_eq!(stored.writer, Some(tab_id()));
    // A delete is refused on a revision it has not seen, like a write.
    assert!(library.delete(&jan.id, Expect::Revision(1)).await.is_err());
    assert!(library.delete(&jan.id, Expect::Revision(2)).await.is_ok());
}

#[wasm_bindgen_test]
fn records_without_the_listed_fields_are_skipped() {
    assert!(Record::summary_of(&JsValue::from_str("not a record")).is_none());
    assert!(Record::read(&js_sys::Object::new().into()).is_none());
}

#[wasm_bindgen_test]
async fn the_list_names_a_journey_s_workshop_and_group_without_reading_its_json() {
    use klantreis_core::workshop::{package, start};
    let db = fresh("t-workshop").await;
    let mut template = start(examples::x(), "ws".into(), "Bootcamp", 1);
    template.id = "ws-sjabloon".into();
    template.workshop.as_mut().unwrap().groups = vec!["Rood".into()];
    let group = package(&template, 0, 2).unwrap();
    for j in [&template, &group, &examples::jan()] {
        db.save(j, Expect::Absent).await.expect("save");
    }
    let list = db.list().await.expect("list");
    let of = |id: &str| list.iter().find(|s| s.id.as_str() == id).cloned().unwrap();
    assert_eq!(
        of("ws-sjabloon").workshop,
        Some(("ws".into(), "Bootcamp".into(), None))
    );
    assert_eq!(
        of(group.id.as_str()).workshop,
        Some(("ws".into(), "Bootcamp".into(), Some("Rood".into())))
    );
    assert_eq!(of("voorbeeld-jan").workshop, None);
    // What the list says is what the journey says.
    assert_eq!(of(group.id.as_str()), group.summary());
}

#[wasm_bindgen_test]
async fn every_journey_is_read_page_by_page_newest_first() {
    let library = Library::Idb(fresh("t-every").await);
    let mut journeys: Vec<_> = (0..600)
        .map(|n| {
            let mut j = examples::wmo();
            j.id = klantreis_core::Id::new(format!("j{n:03}"));
            j.updated_ms = (n * 7 % 600) as i64;
            j
        })
        .collect();
    let writes: Vec<Write> = journeys
        .iter()
        .map(|j| Write {
            journey: j.clone(),
            expect: Expect::Absent,
            from_file: false,
        })
        .collect();
    library.save_all(&writes).await.expect("store");
    let mut steps = Vec::new();
    let (every, skipped) = library
        .load_every(|n, of| steps.push((n, of)))
        .await
        .expect("read every");
    assert!(skipped.is_empty());
    journeys.sort_by_key(|j| std::cmp::Reverse(j.updated_ms));
    assert_eq!(every, journeys, "all of them, in the library's order");
    // Progress counts up to the whole (told along the way where a slice ran 50 ms).
    assert_eq!(steps.last(), Some(&(600, 600)));
    assert!(steps.windows(2).all(|w| w[0].0 <= w[1].0));
}

/// A database as version 1 of its layout left it: one store, keyed by `id`.
async fn version_1(name: &str, store: &str) -> rexie::Rexie {
    rexie::Rexie::builder(name)
        .version(1)
        .add_object_store(rexie::ObjectStore::new(store).key_path("id"))
        .build()
        .await
        .expect("version 1")
}

/// What the `summaries` store holds, as listed fields.
async fn summaries_of(db_name: &str) -> Vec<JsValue> {
    records_in(db_name, "summaries").await
}

/// Every record of one store, as stored.
async fn records_in(db_name: &str, store: &str) -> Vec<JsValue> {
    let rexie = rexie::Rexie::builder(db_name).build().await.expect("open");
    let tx = rexie
        .transaction(&[store], rexie::TransactionMode::ReadOnly)
        .expect("tx");
    let all = tx.store(store).expect("store");
    let all = all.get_all(None, None).await.expect("all");
    rexie.close();
    all
}

#[wasm_bindgen_test]
async fn the_list_comes_from_summaries_written_with_each_journey() {
    let db = fresh("t-summaries").await;
    let (mut jan, x) = (examples::jan(), examples::x());
    db.save(&jan, Expect::Absent).await.expect("save");
    db.save(&x, Expect::Absent).await.expect("save");
    jan.title = "Jan, later".into();
    db.save(&jan, Expect::Revision(1)).await.expect("save");
    // A refused write changes neither store.
    let mut stale = jan.clone();
    stale.title = "Unseen".into();
    assert!(db.save(&stale, Expect::Revision(1)).await.is_err());
    let listed = summaries_of("t-summaries").await;
    assert_eq!(listed.len(), 2);
    let of = |id: &str| {
        listed
            .iter()
            .find(|v| Record::summary_of(v).is_some_and(|s| s.id.as_str() == id))
            .cloned()
            .expect("listed")
    };
    assert_eq!(
        Record::summary_of(&of(jan.id.as_str())),
        Some(jan.summary())
    );
    assert_eq!(Record::revision_of(&of(jan.id.as_str())), Some(2));
    // Without the journey: listing must not hand over the JSON.
    let json = js_sys::Reflect::get(&of(x.id.as_str()), &"json".into()).expect("get");
    assert!(json.is_undefined());
    db.delete(&x.id, Expect::Revision(1)).await.expect("delete");
    assert_eq!(summaries_of("t-summaries").await.len(), 1);
    assert_eq!(db.list().await.expect("list"), vec![jan.summary()]);
}

#[wasm_bindgen_test]
async fn a_library_of_layout_1_is_listed_whole_after_the_upgrade() {
    let name = "t-layout1";
    let _ = rexie::Rexie::builder(name).delete().await;
    version_1(name, "journeys").await.close();
    for (n, j) in [examples::jan(), examples::x()].iter().enumerate() {
        put_raw(name, &Record::of(j, n as u64 + 3, "t", false)).await;
    }
    let db = Idb::open_named(name).await.expect("upgraded");
    let mut listing = Library::Idb(db.clone()).listing().await.expect("listing");
    listing.sort_by_key(|a| a.1);
    let expected = vec![(examples::jan().summary(), 3), (examples::x().summary(), 4)];
    assert_eq!(listing, expected);
    // Made once: the store now holds them, and a journey put by hand later is listed too.
    assert_eq!(summaries_of(name).await.len(), 2);
    put_raw(name, &Record::of(&examples::wmo(), 1, "t", false)).await;
    assert_eq!(db.list().await.expect("list").len(), 3);
    assert_eq!(
        db.load(&examples::jan().id).await.expect("load").revision,
        3
    );
}

/// A fresh personas' database of its own name.
async fn fresh_shelf(name: &str) -> Shelf {
    let _ = rexie::Rexie::builder(name).delete().await;
    let (shelf, problem) = Shelf::open_named(name).await;
    assert_eq!(problem, None);
    assert!(matches!(shelf, Shelf::Idb(_)));
    shelf
}

fn mevrouw_x() -> Persona {
    let mut p = Persona::new("p-x".into(), "Mevrouw X", 1);
    p.empathy.feels = vec!["bang voor de post".into()];
    p
}

#[wasm_bindgen_test]
async fn personas_are_stored_listed_and_deleted_under_the_revision_rule() {
    let shelf = fresh_shelf("t-personas").await;
    let mut x = mevrouw_x();
    assert_eq!(shelf.save(&x, Expect::Absent, true).await, Ok(1));
    // A second "new" persona under the same id would replace one unseen.
    assert!(matches!(
        shelf.save(&x, Expect::Absent, false).await,
        Err(StorageError::Conflict {
            stored: Some(1),
            ..
        })
    ));
    let (list, unreadable) = shelf.list().await.expect("list");
    assert!(unreadable.is_empty());
    assert_eq!(list[0].persona, x);
    assert_eq!(list[0].received, Some(1));
    assert!(!list[0].edited_here());
    x.name = "Mevrouw Y".into();
    x.updated_ms = 2;
    assert_eq!(shelf.save(&x, Expect::Revision(1), false).await, Ok(2));
    assert!(shelf.list().await.expect("list").0[0].edited_here());
    // A stale revision neither writes nor deletes.
    assert!(shelf.save(&x, Expect::Revision(1), false).await.is_err());
    assert!(shelf.delete(&x.id, Expect::Revision(1)).await.is_err());
    assert_eq!(
        shelf.list().await.expect("list").0[0].persona.name,
        "Mevrouw Y"
    );
    shelf
        .delete(&x.id, Expect::Revision(2))
        .await
        .expect("delete");
    assert!(shelf.list().await.expect("list").0.is_empty());
}

#[wasm_bindgen_test]
async fn a_persona_record_that_does_not_read_is_named_not_hidden() {
    let name = "t-personas-bad";
    let shelf = fresh_shelf(name).await;
    shelf
        .save(&mevrouw_x(), Expect::Absent, false)
        .await
        .expect("save");
    shelf.close();
    let db = version_1(name, "personas").await;
    let tx = db
        .transaction(&["personas"], rexie::TransactionMode::ReadWrite)
        .expect("tx");
    let bad = js_sys::Object::new();
    for (k, v) in [
        ("id", "p-bad"),
        (
            "json",
            r#"{"format":"klantreis/persona","schema":8,"persona":{"id":"p-bad","name":"x","age":"oud"}}"#,
        ),
    ] {
        js_sys::Reflect::set(&bad, &k.into(), &v.into()).expect("set");
    }
    tx.store("personas")
        .expect("store")
        .put(&bad.into(), None)
        .await
        .expect("put");
    tx.done().await.expect("done");
    db.close();
    let (shelf, _) = Shelf::open_named(name).await;
    let (list, unreadable) = shelf.list().await.expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(unreadable, vec!["p-bad".to_owned()]);
}

#[wasm_bindgen_test]
async fn a_journey_s_persona_link_is_listed_without_reading_its_json() {
    let db = fresh("t-persona-link").await;
    let mut jan = examples::jan();
    jan.persona.id = Some("p-jan".into());
    db.save(&jan, Expect::Absent).await.expect("save");
    let list = db.list().await.expect("list");
    assert_eq!(
        list[0].persona_id.as_ref().map(|id| id.as_str()),
        Some("p-jan")
    );
}

#[wasm_bindgen_test]
fn one_tab_at_a_time_leads_the_team_rounds() {
    use klantreis::browser::{now_ms, pref, set_pref};
    use klantreis::team::{lead, release, still_lead};
    let lease = "team-lease";
    let me = tab_id();
    // Another tab holds the lease: this one neither takes it nor goes on with a round.
    set_pref(lease, &format!("other-tab {}", now_ms() + 10_000));
    assert!(!lead());
    assert!(still_lead().is_err());
    // Releasing is only ever for the holder: this tab cannot end the other's lease.
    release();
    assert!(pref(lease).is_some_and(|l| l.starts_with("other-tab ")));
    // Run out: taken over, and renewed past a request's longest wait (30 s).
    set_pref(lease, &format!("other-tab {}", now_ms() - 1));
    assert!(lead());
    let until = |l: String| l.split_once(' ').and_then(|(_, u)| u.parse::<i64>().ok());
    let held = pref(lease).expect("held");
    assert!(held.starts_with(&format!("{me} ")), "{held}");
    assert!(until(held).is_some_and(|u| u > now_ms() + 30_000));
    assert!(still_lead().is_ok());
    // Given up when the tab closes: another tab may lead at once.
    release();
    assert_eq!(pref(lease), None);
}

#[wasm_bindgen_test]
fn a_settings_change_starts_from_what_is_stored_not_from_what_this_tab_saw() {
    use klantreis::browser::{pref, remove_pref, set_pref};
    use klantreis::state::team::{SETTINGS_PREF, Team};
    use klantreis_core::Id;
    use klantreis_core::team::{Settings, Sharing};
    use leptos::prelude::GetUntracked;
    let settings = |ids: &[&str]| Settings {
        address: "/couchdb".into(),
        database: "team".into(),
        user: "anna".into(),
        sharing: Sharing::Chosen(ids.iter().map(|i| Id::new(*i)).collect()),
    };
    let stored = || pref(SETTINGS_PREF).and_then(|j| serde_json::from_str::<Settings>(&j).ok());
    set_pref(
        SETTINGS_PREF,
        &serde_json::to_string(&settings(&[])).unwrap(),
    );
    let team = Team::new();
    // Another tab ticks a journey; this tab, which has not seen it, shares one it took.
    set_pref(
        SETTINGS_PREF,
        &serde_json::to_string(&settings(&["a"])).unwrap(),
    );
    team.share(&[Id::new("b")]);
    assert_eq!(stored(), Some(settings(&["a", "b"])));
    assert_eq!(team.settings.get_untracked(), Some(settings(&["a", "b"])));
    // Another tab turned the team library off: nothing is written back, and this tab follows.
    remove_pref(SETTINGS_PREF);
    team.share(&[Id::new("c")]);
    assert_eq!(pref(SETTINGS_PREF), None);
    assert_eq!(team.settings.get_untracked(), None);
}

/// The pool the patterns page builds from what `pooled_every` read.
fn pool_of(read: &klantreis::storage::pooled::PoolRead) -> klantreis_core::patterns::Pool {
    use klantreis_core::patterns::Pool;
    let mut pool = Pool::asking_sets(
        read.pooled
            .iter()
            .filter(|p| p.pooled)
            .flat_map(|p| read.sets_of(p).expect("sets")),
    );
    for p in &read.pooled {
        pool.add_pooled(p.clone(), read.sets_of(p).expect("sets"));
    }
    pool
}

#[wasm_bindgen_test]
async fn patterns_read_kept_entries_until_their_journey_is_saved_again() {
    use klantreis_core::patterns::Pool;
    let db = fresh("t-pooled").await;
    let library = Library::Idb(db.clone());
    let mut journeys = examples::all();
    for (n, j) in journeys.iter_mut().enumerate() {
        j.updated_ms = 1_000 + n as i64;
        db.save(j, Expect::Absent).await.expect("save");
    }
    journeys.reverse();
    let first = library.pooled_every(|_, _| ()).await.expect("read");
    assert_eq!(
        first.made.len(),
        journeys.len(),
        "nothing kept yet: made from the journeys"
    );
    assert_eq!(pool_of(&first), Pool::new(&journeys));
    assert_eq!(
        first.with_ideas.len(),
        journeys.iter().filter(|j| !j.ideas.is_empty()).count()
    );
    library.keep_pooled(&first).await.expect("keep");
    assert_eq!(records_in("t-pooled", "pooled").await.len(), journeys.len());

    let again = library.pooled_every(|_, _| ()).await.expect("read");
    assert!(
        again.made.is_empty(),
        "every entry kept is as fresh as its journey"
    );
    assert_eq!(pool_of(&again), Pool::new(&journeys));

    // A journey saved again is read from itself, as it is now.
    journeys[0].title = "Later".into();
    db.save(&journeys[0], Expect::Revision(1))
        .await
        .expect("save");
    let edited = library.pooled_every(|_, _| ()).await.expect("read");
    assert_eq!(edited.made.len(), 1);
    assert_eq!(pool_of(&edited), Pool::new(&journeys));

    // An entry whose journey was saved after it was made is not kept.
    journeys[0].title = "Later still".into();
    db.save(&journeys[0], Expect::Revision(2))
        .await
        .expect("save");
    library
        .keep_pooled(&edited)
        .await
        .expect("left undone, not an error");
    let after = library.pooled_every(|_, _| ()).await.expect("read");
    assert_eq!(after.made.len(), 1, "made again, not read stale");
    assert_eq!(pool_of(&after), Pool::new(&journeys));

    // Deleting a journey deletes its entry.
    library.keep_pooled(&after).await.expect("keep");
    let gone = journeys.remove(0);
    db.delete(&gone.id, Expect::Revision(3))
        .await
        .expect("delete");
    let ids: Vec<_> = records_in("t-pooled", "pooled")
        .await
        .iter()
        .filter_map(Record::summary_of)
        .map(|s| s.id)
        .collect();
    assert!(!ids.contains(&gone.id));
    assert_eq!(ids.len(), journeys.len());
    assert_eq!(
        pool_of(&library.pooled_every(|_, _| ()).await.expect("read")),
        Pool::new(&journeys)
    );
}

#[wasm_bindgen_test]
async fn a_journey_that_does_not_read_is_named_by_the_patterns_read() {
    let db = fresh("t-pooled-bad").await;
    let library = Library::Idb(db.clone());
    db.save(&examples::jan(), Expect::Absent)
        .await
        .expect("save");
    let mut bad = Record::of(&examples::x(), 1, "tab", false);
    bad.json = "{not json".into();
    put_raw("t-pooled-bad", &bad).await;
    let read = library.pooled_every(|_, _| ()).await.expect("read");
    assert_eq!(read.pooled.len(), 1);
    assert_eq!(read.unreadable.len(), 1);
    assert_eq!(read.unreadable[0].id, examples::x().id);
}

#[wasm_bindgen_test]
async fn journeys_stored_together_are_kept_ready_for_the_patterns_page() {
    use klantreis_core::patterns::Pool;
    let db = fresh("t-pooled-written").await;
    let library = Library::Idb(db);
    let mut journeys = examples::all();
    for (n, j) in journeys.iter_mut().enumerate() {
        j.updated_ms = 1_000 + n as i64;
    }
    let writes: Vec<Write> = journeys
        .iter()
        .map(|j| Write {
            journey: j.clone(),
            expect: Expect::Absent,
            from_file: true,
        })
        .collect();
    let revisions = library.save_all(&writes).await.expect("store");
    let written = journeys.iter().cloned().zip(revisions).collect();
    klantreis::storage::pooled::keep_written(library.clone(), written)
        .await
        .expect("fetched")
        .await
        .expect("keep");
    let read = library.pooled_every(|_, _| ()).await.expect("read");
    assert!(read.made.is_empty(), "every entry was ready");
    journeys.reverse();
    assert_eq!(pool_of(&read), Pool::new(&journeys));
}

#[wasm_bindgen_test]
async fn an_import_learns_which_of_its_journeys_are_here_in_one_read() {
    let db = fresh("t-stored-ids").await;
    let library = Library::Idb(db.clone());
    let (jan, x) = (examples::jan(), examples::x());
    db.save(&jan, Expect::Absent).await.expect("save");
    let ids = [jan.id.clone(), x.id.clone()];
    let here = library.stored_ids(&ids).await.expect("read");
    assert_eq!(here, std::collections::HashSet::from([jan.id.clone()]));
    db.delete(&jan.id, Expect::Revision(1))
        .await
        .expect("delete");
    assert!(library.stored_ids(&ids).await.expect("read").is_empty());
}
