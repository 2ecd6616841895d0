//! A journey as a CouchDB document, and the pages of CouchDB's `_changes` feed.
//!
//! A document is `{"_id": "journey:<id>", "_rev": …, "type": "journey", "klantreis": <the
//! versioned envelope of FORMAT.md>}`: the same envelope as a file, so everything that comes
//! in goes through `format::restore` (migrations and validation) like a file does.

use crate::format::{RestoreError, restore, to_json};
use crate::id::Id;
use crate::journey::Journey;
use serde::Deserialize;
use serde_json::Value;
#[cfg(test)]
use serde_json::json;

const PREFIX: &str = "journey:";

/// The document id of a journey.
pub fn doc_id(journey: &Id) -> String {
    format!("{PREFIX}{journey}")
}

/// The journey a document id names (none for other documents: design documents, notes).
pub fn journey_id_of(doc: &str) -> Option<Id> {
    doc.strip_prefix(PREFIX).map(Id::new)
}

/// The document for journey `id` as text, around its envelope as the stored record already
/// keeps it (`format::to_json`): sending never parses or serialises a whole journey again.
/// `rev` is the server revision this device last saw of it (none: new to the server).
pub fn document_text(envelope: &str, id: &Id, rev: Option<&str>) -> String {
    let named = Value::String(doc_id(id));
    let rev = rev
        .map(|r| format!(r#","_rev":{}"#, Value::String(r.to_owned())))
        .unwrap_or_default();
    format!(r#"{{"_id":{named}{rev},"type":"journey","klantreis":{envelope}}}"#)
}

/// The document for `journey`, as a value.
pub fn to_document(journey: &Journey, rev: Option<&str>) -> Value {
    let text = document_text(&to_json(journey), &journey.id, rev);
    // Our own envelope inside our own frame: it parses.
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// The journey in a document, checked as a file is. A document whose id does not name the
/// journey inside it is refused: taking it would overwrite another journey.
pub fn journey_of(doc: &Value) -> Result<Journey, RestoreError> {
    let shape = |message: &str| RestoreError::Shape {
        path: "klantreis".into(),
        message: message.into(),
    };
    let envelope = doc.get("klantreis").ok_or_else(|| shape("missing"))?;
    let journey = restore(&envelope.to_string())?;
    let named = doc.get("_id").and_then(Value::as_str);
    if named != Some(doc_id(&journey.id).as_str()) {
        return Err(RestoreError::Shape {
            path: "_id".into(),
            message: format!("does not name journey {}", journey.id),
        });
    }
    Ok(journey)
}

/// One row of `_changes`: a document's newest revision, whether it was deleted, the
/// document itself (`include_docs`), and the revisions in conflict with it (`conflicts`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ChangeRow {
    pub id: String,
    pub changes: Vec<RevOnly>,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub doc: Option<Value>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RevOnly {
    pub rev: String,
}

impl ChangeRow {
    /// The journey id, for a journey document (other documents in the database are left
    /// alone: design documents, a team's notes).
    pub fn journey(&self) -> Option<Id> {
        journey_id_of(&self.id)
    }

    /// The winning revision: the document's own, else the first listed.
    pub fn rev(&self) -> Option<&str> {
        self.doc
            .as_ref()
            .and_then(|d| d.get("_rev"))
            .and_then(Value::as_str)
            .or_else(|| self.changes.first().map(|c| c.rev.as_str()))
    }

    /// Revisions CouchDB keeps beside the winner after a conflict between two servers or
    /// clients that wrote without seeing each other.
    pub fn conflicts(&self) -> Vec<String> {
        let listed = self.doc.as_ref().and_then(|d| d.get("_conflicts"));
        listed
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|r| r.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// One page of `_changes`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ChangesPage {
    pub results: Vec<ChangeRow>,
    /// A number (CouchDB 1, PouchDB) or an opaque string (CouchDB 2 and later).
    pub last_seq: Value,
}

impl ChangesPage {
    pub fn parse(json: &str) -> Result<ChangesPage, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The checkpoint to ask from next time.
    pub fn checkpoint(&self) -> String {
        match &self.last_seq {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_journey_goes_out_and_comes_back_whole() {
        let jan = crate::examples::jan();
        let doc = to_document(&jan, Some("3-abc"));
        assert_eq!(doc["_id"], "journey:".to_owned() + jan.id.as_str());
        assert_eq!(doc["_rev"], "3-abc");
        assert_eq!(doc["klantreis"]["schema"], crate::format::SCHEMA_VERSION);
        assert_eq!(journey_of(&doc).unwrap(), jan);
        assert!(to_document(&jan, None).get("_rev").is_none());
        // Ids and revisions are escaped, not pasted: a quote cannot break out of the frame.
        let odd = Id::new(r#"a"b\c"#);
        let text = document_text("{}", &odd, Some(r#"1-"x""#));
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(doc["_id"], format!("journey:{odd}"));
        assert_eq!(doc["_rev"], r#"1-"x""#);
    }

    #[test]
    fn a_bad_document_is_refused_as_a_bad_file_is() {
        let jan = crate::examples::jan();
        let mut doc = to_document(&jan, None);
        doc["klantreis"]["journey"]["touchpoints"][0]["emotion"] = json!(7);
        assert!(journey_of(&doc).is_err());
        // A document under another journey's id.
        let mut doc = to_document(&jan, None);
        doc["_id"] = json!("journey:someone-else");
        assert!(matches!(journey_of(&doc), Err(RestoreError::Shape { .. })));
        assert!(journey_of(&json!({"_id": "journey:x"})).is_err());
    }

    #[test]
    fn changes_pages_of_couchdb_and_pouchdb_read_alike() {
        let pouch = r#"{"results":[{"id":"journey:a","changes":[{"rev":"1-x"}],"seq":1,
            "doc":{"_id":"journey:a","_rev":"1-x","_conflicts":["1-y"]}},
            {"id":"_design/v","changes":[{"rev":"1-d"}],"seq":2},
            {"id":"journey:b","changes":[{"rev":"2-z"}],"deleted":true,"seq":3}],"last_seq":3}"#;
        let page = ChangesPage::parse(pouch).unwrap();
        assert_eq!(page.checkpoint(), "3");
        assert_eq!(page.results[0].journey(), Some(Id::new("a")));
        assert_eq!(page.results[0].rev(), Some("1-x"));
        assert_eq!(page.results[0].conflicts(), vec!["1-y".to_owned()]);
        assert_eq!(page.results[1].journey(), None);
        assert!(page.results[2].deleted);
        assert_eq!(page.results[2].rev(), Some("2-z"));
        let couch = r#"{"results":[],"last_seq":"12-g1AAAA"}"#;
        assert_eq!(ChangesPage::parse(couch).unwrap().checkpoint(), "12-g1AAAA");
    }
}
