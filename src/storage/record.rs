//! The shape of one IndexedDB record: the journey JSON beside the fields the library lists, its
//! revision, writer and origin.

use js_sys::{Object, Reflect};
use klantreis_core::format::{SCHEMA_VERSION, to_json};
use klantreis_core::{Id, Journey, JourneySummary};
use wasm_bindgen::{JsCast, JsValue};

/// The shape of one IndexedDB record. Field names are part of the stored format.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub summary: JourneySummary,
    pub revision: u64,
    pub schema: u32,
    pub json: String,
    /// The page that wrote this revision (`storage::tab_id`).
    pub writer: Option<String>,
    /// The `updated_ms` of the version as it came from a file, if it did.
    pub received: Option<i64>,
}

/// A field of a stored record (also of the `pooled` and `sets` stores).
pub(super) fn get(value: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(value, &JsValue::from_str(key)).ok()
}

/// A fresh plain object with these fields, as a store keeps it.
pub(super) fn object(fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in fields {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

fn get_f64(value: &JsValue, key: &str) -> Option<f64> {
    get(value, key)?.as_f64()
}

fn get_string(value: &JsValue, key: &str) -> Option<String> {
    get(value, key)?.as_string()
}

impl Record {
    pub fn of(journey: &Journey, revision: u64, writer: &str, from_file: bool) -> Self {
        Self {
            summary: journey.summary(),
            revision,
            schema: SCHEMA_VERSION,
            json: to_json(journey),
            writer: Some(writer.to_owned()),
            received: from_file.then_some(journey.updated_ms),
        }
    }

    /// What is stored: the record (the listed fields and the journey's JSON) in `journeys`,
    /// and its listed fields alone in `summaries`, so the library is listed without IndexedDB
    /// handing over every journey. The fields are set once and copied (natively) into the
    /// record: setting them twice from here was a quarter of an autosave's own work.
    pub fn to_js(&self) -> (JsValue, JsValue) {
        let summary = self.listed();
        let record = Object::assign(&Object::new(), &summary);
        let _ = Reflect::set(&record, &"json".into(), &self.json.as_str().into());
        (record.into(), summary.into())
    }

    /// A stored record's listed fields, as they are (whatever the build that wrote it).
    pub fn summary_from(record: &JsValue) -> JsValue {
        let o = Object::assign(&Object::new(), record.unchecked_ref::<Object>());
        let _ = Reflect::delete_property(&o, &"json".into());
        o.into()
    }

    fn listed(&self) -> Object {
        let s = &self.summary;
        let (workshop_id, workshop, group) = match &s.workshop {
            Some((id, name, group)) => (
                JsValue::from_str(id.as_str()),
                JsValue::from_str(name),
                group.as_deref().map_or(JsValue::NULL, JsValue::from_str),
            ),
            None => (JsValue::NULL, JsValue::NULL, JsValue::NULL),
        };
        let fields: [(&str, JsValue); 15] = [
            ("id", s.id.as_str().into()),
            ("rev", (self.revision as f64).into()),
            ("schema", self.schema.into()),
            ("title", s.title.as_str().into()),
            ("persona", s.persona.as_str().into()),
            // Schema 8: the library persona, so a persona's journeys are listed unparsed.
            (
                "persona_id",
                s.persona_id
                    .as_ref()
                    .map_or(JsValue::NULL, |id| id.as_str().into()),
            ),
            ("updated", (s.updated_ms as f64).into()),
            // Schema 12: another version waiting for a choice, marked in the list unparsed.
            (
                "version_of",
                s.version_of
                    .as_ref()
                    .map_or(JsValue::NULL, |id| id.as_str().into()),
            ),
            ("touchpoints", (s.touchpoints as f64).into()),
            ("agencies", (s.agencies as f64).into()),
            // Schema 4: the workshop a journey belongs to, listed without parsing the JSON.
            ("workshop_id", workshop_id),
            ("workshop", workshop),
            ("group", group),
            (
                "writer",
                self.writer
                    .as_deref()
                    .map_or(JsValue::NULL, JsValue::from_str),
            ),
            (
                "received",
                self.received.map_or(JsValue::NULL, |ms| (ms as f64).into()),
            ),
        ];
        object(&fields)
    }

    /// The listed fields only, without touching the journey JSON.
    pub fn summary_of(value: &JsValue) -> Option<JourneySummary> {
        Some(JourneySummary {
            id: Id::new(get_string(value, "id")?),
            title: get_string(value, "title").unwrap_or_default(),
            persona: get_string(value, "persona").unwrap_or_default(),
            persona_id: get_string(value, "persona_id").map(Id::new),
            updated_ms: get_f64(value, "updated").unwrap_or(0.0) as i64,
            touchpoints: get_f64(value, "touchpoints").unwrap_or(0.0) as usize,
            agencies: get_f64(value, "agencies").unwrap_or(0.0) as usize,
            version_of: get_string(value, "version_of").map(Id::new),
            workshop: get_string(value, "workshop_id").map(|id| {
                (
                    Id::new(id),
                    get_string(value, "workshop").unwrap_or_default(),
                    get_string(value, "group"),
                )
            }),
        })
    }

    /// The journey's JSON alone, without copying the listed fields into wasm memory.
    pub fn json_of(value: &JsValue) -> Option<String> {
        get_string(value, "json")
    }

    /// The record's key (its journey id as stored), for reading on after it.
    pub fn key_of(value: &JsValue) -> JsValue {
        get(value, "id").unwrap_or(JsValue::UNDEFINED)
    }

    /// The revision alone, without copying the journey JSON into wasm memory.
    pub fn revision_of(value: &JsValue) -> Option<u64> {
        Some(get_f64(value, "rev")? as u64)
    }

    pub fn read(value: &JsValue) -> Option<Self> {
        Some(Self {
            summary: Self::summary_of(value)?,
            revision: Self::revision_of(value)?,
            schema: get_f64(value, "schema")? as u32,
            json: get_string(value, "json")?,
            // Absent in records written before these fields existed.
            writer: get_string(value, "writer"),
            received: get_f64(value, "received").map(|ms| ms as i64),
        })
    }
}
