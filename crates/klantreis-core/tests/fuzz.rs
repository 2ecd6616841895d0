//! 10,000 mutated library files through the importer: never a panic, every error about the
//! content names where it is, and whatever is accepted writes and reads back the same.
//!
//! The mutations are seeded, so a failure repeats. A sample of the mutated files is kept in
//! `tests/fixtures/malformed/` as regression fixtures; write it again with
//! `KLANTREIS_WRITE_CORPUS=1 cargo test -p klantreis-core --test fuzz`.

use klantreis_core::examples;
use klantreis_core::file::{read, write};
use klantreis_core::format::RestoreError;
use serde_json::{Map, Number, Value, json};
use std::path::Path;

const RUNS: usize = 10_000;
const SEED: u64 = 0x6b6c_616e_7472_6569;
/// Every so many mutated files one is kept as a fixture.
const KEEP_EVERY: usize = 250;

fn corpus_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/malformed")
}

/// Edge values a field may be retyped to.
fn odd_value(rng: &mut fastrand::Rng) -> Value {
    match rng.usize(0..14) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(i64::MAX),
        3 => json!(i64::MIN),
        4 => json!(u64::MAX),
        5 => Number::from_f64(f64::MAX).map_or(Value::Null, Value::Number),
        6 => Number::from_f64(f64::MIN_POSITIVE).map_or(Value::Null, Value::Number),
        7 => json!(-0.0),
        8 => json!(""),
        9 => json!("x".repeat(rng.usize(500..5_000))),
        10 => json!([]),
        11 => json!({}),
        12 => json!("\u{202E}\u{0}<script>alert(1)</script>"),
        _ => json!(1e-300),
    }
}

/// Every place in the tree, as a path of keys and indexes.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn places(value: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                at.push(Step::Key(k.clone()));
                places(v, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                at.push(Step::Index(i));
                places(v, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get_mut(k),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// One mutation of the tree: delete, retype, duplicate, swap, nest or lengthen a field.
fn mutate_tree(root: &mut Value, rng: &mut fastrand::Rng) {
    let mut all = Vec::new();
    places(root, &mut Vec::new(), &mut all);
    let path = all[rng.usize(0..all.len())].clone();
    let (parent_path, last) = match path.split_last() {
        Some((last, parent)) => (parent.to_vec(), Some(last.clone())),
        None => (Vec::new(), None),
    };
    match rng.usize(0..6) {
        // Delete the field or item.
        0 => {
            if let (Some(parent), Some(last)) = (at_mut(root, &parent_path), last) {
                match (parent, last) {
                    (Value::Object(m), Step::Key(k)) => {
                        m.remove(&k);
                    }
                    (Value::Array(a), Step::Index(i)) if i < a.len() => {
                        a.remove(i);
                    }
                    _ => {}
                }
            }
        }
        // Retype it to an edge value.
        1 => {
            if let Some(v) = at_mut(root, &path) {
                *v = odd_value(rng);
            }
        }
        // Duplicate an item in its list (duplicate ids), or a key under a new name.
        2 => {
            if let (Some(parent), Some(last)) = (at_mut(root, &parent_path), last) {
                match (parent, last) {
                    (Value::Array(a), Step::Index(i)) if i < a.len() => {
                        let copy = a[i].clone();
                        a.insert(i, copy);
                    }
                    (Value::Object(m), Step::Key(k)) => {
                        if let Some(v) = m.get(&k).cloned() {
                            m.insert(format!("{k}_"), v);
                        }
                    }
                    _ => {}
                }
            }
        }
        // Swap it with another place's value.
        3 => {
            let other = all[rng.usize(0..all.len())].clone();
            let a = at_mut(root, &path).cloned();
            let b = at_mut(root, &other).cloned();
            if let (Some(a), Some(b)) = (a, b) {
                if let Some(v) = at_mut(root, &path) {
                    *v = b;
                }
                if let Some(v) = at_mut(root, &other) {
                    *v = a;
                }
            }
        }
        // Wrap it in deep nesting.
        4 => {
            if let Some(v) = at_mut(root, &path) {
                let mut wrapped = v.take();
                for _ in 0..rng.usize(1..200) {
                    let mut m = Map::new();
                    m.insert("x".into(), wrapped);
                    wrapped = Value::Object(m);
                }
                *v = wrapped;
            }
        }
        // A long string or a number at the edge where there was a string or number.
        _ => {
            if let Some(v) = at_mut(root, &path) {
                *v = match v {
                    Value::String(s) => json!(s.repeat(rng.usize(2..400))),
                    Value::Number(_) => odd_value(rng),
                    _ => odd_value(rng),
                };
            }
        }
    }
}

/// A mutated file: tree mutations, sometimes a cut at a random point of the text.
fn mutated(base: &Value, rng: &mut fastrand::Rng) -> String {
    let mut tree = base.clone();
    for _ in 0..rng.usize(1..4) {
        mutate_tree(&mut tree, rng);
    }
    let text = tree.to_string();
    if rng.usize(0..10) == 0 {
        let mut cut = rng.usize(0..text.len().max(1));
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        return text[..cut].to_owned();
    }
    text
}

/// The property every input must have.
fn check(text: &str) -> Result<(), String> {
    match read(text) {
        Ok(journeys) => {
            let again = read(&write(&journeys, 0)).map_err(|e| format!("no round trip: {e}"))?;
            if again != journeys {
                return Err("read back differently".into());
            }
            Ok(())
        }
        Err(RestoreError::Shape { path, .. }) if path.is_empty() => {
            Err("a shape error without a path".into())
        }
        Err(RestoreError::Invalid(errors)) if errors.0.iter().any(|e| e.path.is_empty()) => {
            Err(format!("a validation error without a path: {errors}"))
        }
        Err(_) => Ok(()),
    }
}

#[test]
fn ten_thousand_mutated_files_never_panic_and_errors_name_a_path() {
    let base: Value = serde_json::from_str(&write(
        &[examples::intake(), examples::x()],
        1_700_000_000_000,
    ))
    .unwrap();
    let write_corpus = std::env::var_os("KLANTREIS_WRITE_CORPUS").is_some();
    if write_corpus {
        let _ = std::fs::remove_dir_all(corpus_dir());
        std::fs::create_dir_all(corpus_dir()).unwrap();
    }
    let mut rng = fastrand::Rng::with_seed(SEED);
    let (mut accepted, mut refused) = (0, 0);
    for run in 0..RUNS {
        let text = mutated(&base, &mut rng);
        if let Err(why) = check(&text) {
            panic!("run {run}: {why}\n{}", &text[..text.len().min(2_000)]);
        }
        match read(&text) {
            Ok(_) => accepted += 1,
            Err(_) => refused += 1,
        }
        if write_corpus && run % KEEP_EVERY == 0 {
            std::fs::write(corpus_dir().join(format!("mutated-{run:05}.json")), &text).unwrap();
        }
    }
    // Both kinds must occur, or the mutations test nothing.
    assert!(
        accepted > 100 && refused > 1_000,
        "{accepted} accepted, {refused} refused"
    );
}

#[test]
fn the_kept_malformed_corpus_still_holds() {
    let mut files: Vec<_> = std::fs::read_dir(corpus_dir())
        .expect("tests/fixtures/malformed/ exists")
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 40, "the corpus has {} files", files.len());
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        if let Err(why) = check(&text) {
            panic!("{}: {why}", path.display());
        }
    }
}
