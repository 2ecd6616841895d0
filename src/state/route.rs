//! The screens, addressed by the URL hash (`#/`, `#/patronen`, `#/privacy`, `#/team`,
//! `#/workshop/<id>`,
//! `#/persona/<id>`,
//! `#/presentatie/<id>[/<id>]`, `#/reis/<id>`, and
//! `#/reis/<id>/contact/<id>` or `/verhaal/<id>` for evidence opened from the patterns), so
//! a reload reopens the same place and the app works from any static host.

use klantreis_core::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Library,
    Patterns,
    /// What is stored where, and how to erase it (for the user and the municipality's DPIA).
    Privacy,
    /// A journey, optionally with one touchpoint or story brought into view.
    Journey(Id, Option<Focus>),
    /// A workshop, by its template journey.
    Workshop(Id),
    /// A journey on the projector, step by step; with a second one side by side.
    Present(Id, Option<Id>),
    /// A persona of the library with its empathy map and journeys.
    Persona(Id),
    /// The team library (CouchDB): settings, what is shared, how it is going.
    Team,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Focus {
    Touchpoint(Id),
    Story(Id),
}

fn decode(part: &str) -> Id {
    Id::new(
        js_sys::decode_uri_component(part)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| part.to_owned()),
    )
}

fn encode(id: &Id) -> String {
    js_sys::encode_uri_component(id.as_str()).into()
}

pub fn parse(hash: &str) -> Route {
    let path = hash.trim_start_matches('#');
    if path == "/patronen" {
        return Route::Patterns;
    }
    if path == "/privacy" {
        return Route::Privacy;
    }
    if path == "/team" {
        return Route::Team;
    }
    if let Some(id) = path.strip_prefix("/workshop/").filter(|id| !id.is_empty()) {
        return Route::Workshop(decode(id));
    }
    if let Some(id) = path.strip_prefix("/persona/").filter(|id| !id.is_empty()) {
        return Route::Persona(decode(id));
    }
    if let Some(rest) = path.strip_prefix("/presentatie/") {
        let mut parts = rest.split('/').filter(|p| !p.is_empty());
        if let Some(first) = parts.next() {
            return Route::Present(decode(first), parts.next().map(decode));
        }
    }
    let Some(rest) = path.strip_prefix("/reis/") else {
        return Route::Library;
    };
    let mut parts = rest.split('/');
    let id = match parts.next() {
        Some(id) if !id.is_empty() => decode(id),
        _ => return Route::Library,
    };
    let focus = match (parts.next(), parts.next()) {
        (Some("contact"), Some(t)) if !t.is_empty() => Some(Focus::Touchpoint(decode(t))),
        (Some("verhaal"), Some(s)) if !s.is_empty() => Some(Focus::Story(decode(s))),
        _ => None,
    };
    Route::Journey(id, focus)
}

pub fn to_hash(route: &Route) -> String {
    match route {
        Route::Library => "#/".into(),
        Route::Patterns => "#/patronen".into(),
        Route::Privacy => "#/privacy".into(),
        Route::Team => "#/team".into(),
        Route::Workshop(id) => format!("#/workshop/{}", encode(id)),
        Route::Persona(id) => format!("#/persona/{}", encode(id)),
        Route::Present(a, b) => match b {
            None => format!("#/presentatie/{}", encode(a)),
            Some(b) => format!("#/presentatie/{}/{}", encode(a), encode(b)),
        },
        Route::Journey(id, focus) => {
            let tail = match focus {
                None => String::new(),
                Some(Focus::Touchpoint(t)) => format!("/contact/{}", encode(t)),
                Some(Focus::Story(s)) => format!("/verhaal/{}", encode(s)),
            };
            format!("#/reis/{}{tail}", encode(id))
        }
    }
}

pub fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    parse(&hash)
}

pub fn go(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&to_hash(route));
    }
}
