//! IndexedDB storage in a real browser (headless Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use klantreis::storage::{Expect, Idb, Library, Memory, Record, StorageError, rescue};
use klantreis_core::{examples, format};
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
    assert_eq!(
        db.save(&jan, Expect::Overwrite { previous: 0 }).await,
        Ok(1)
    );
    assert_eq!(db.save(&x, Expect::Overwrite { previous: 0 }).await, Ok(1));

    let loaded = db.load(&jan.id).await.expect("load");
    assert_eq!(loaded.journey, jan);
    assert_eq!(loaded.revision, 1);

    let mut list = db.list().await.expect("list");
    list.sort_by(|a, b| a.title.cmp(&b.title));
    assert_eq!(list, vec![jan.summary(), x.summary()]);

    db.delete(&jan.id).await.expect("delete");
    assert_eq!(db.load(&jan.id).await, Err(StorageError::NotFound));
    assert_eq!(db.list().await.expect("list").len(), 1);
}

#[wasm_bindgen_test]
async fn the_record_carries_the_schema_version_and_the_envelope() {
    let db = fresh("t-schema").await;
    let jan = examples::jan();
    db.save(&jan, Expect::Overwrite { previous: 0 })
        .await
        .expect("save");
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
    db.save(&jan, Expect::Overwrite { previous: 0 })
        .await
        .expect("save");
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
    // A journey deleted elsewhere is a conflict too, not a silent re-creation.
    db.delete(&jan.id).await.expect("delete");
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
    store.put(&record.to_js(), None).await.expect("put");
    tx.done().await.expect("done");
    rexie.close();
}

#[wasm_bindgen_test]
async fn a_record_of_schema_1_is_migrated_when_read() {
    let db = fresh("t-schema1").await;
    let json = include_str!("../crates/klantreis-core/tests/fixtures/schema-1.json");
    let old = format::restore(json).expect("fixture");
    let mut record = Record::of(&old, 4);
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
    let mut record = Record::of(&jan, 1);
    record.json = format::to_json(&jan).replacen(r#""emotion":-1"#, r#""emotion":9"#, 1);
    put_raw("t-broken", &record).await;

    match db.load(&jan.id).await {
        Err(StorageError::Unreadable(e)) => assert!(e.to_string().contains("emotion"), "{e}"),
        other => panic!("{other:?}"),
    }
    // The broken record still lists, so the user can see it and delete it.
    assert_eq!(db.list().await.expect("list").len(), 1);
}

#[wasm_bindgen_test]
async fn a_copy_rescued_at_page_close_is_taken_back_on_load() {
    let library = Library::Idb(fresh("t-rescue").await);
    let jan = examples::jan();
    library
        .save(&jan, Expect::Overwrite { previous: 0 })
        .await
        .expect("save");
    let mut edited = jan.clone();
    edited.outcome = "Getypt vlak voor het herladen".into();
    rescue::stash(
        &jan.id,
        &rescue::Rescued {
            base: 1,
            json: format::to_json(&edited),
        },
    );

    let loaded = library.load(&jan.id).await.expect("load");
    assert_eq!(loaded.journey.outcome, "Getypt vlak voor het herladen");
    assert_eq!(loaded.revision, 2, "the rescued copy is written back");
    assert!(rescue::take(&jan.id).is_none(), "and used only once");
}

#[wasm_bindgen_test]
async fn a_rescued_copy_older_than_another_tabs_write_is_dropped() {
    let library = Library::Memory(Memory::default());
    let mut jan = examples::jan();
    library
        .save(&jan, Expect::Overwrite { previous: 0 })
        .await
        .expect("save");
    jan.title = "Later door een ander tabblad".into();
    library.save(&jan, Expect::Revision(1)).await.expect("save");
    library.save(&jan, Expect::Revision(2)).await.expect("save");
    let mut old = examples::jan();
    old.outcome = "Oud".into();
    rescue::stash(
        &jan.id,
        &rescue::Rescued {
            base: 1,
            json: format::to_json(&old),
        },
    );
    let loaded = library.load(&jan.id).await.expect("load");
    assert_eq!(loaded.journey.title, "Later door een ander tabblad");
    assert_eq!(loaded.revision, 3);
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
        db.save(j, Expect::Overwrite { previous: 0 })
            .await
            .expect("save");
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
