//! Two screens, addressed by the URL hash (`#/` and `#/reis/<id>`), so a reload reopens the
//! same journey and the app works from any static host without server-side fallbacks.

use klantreis_core::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Library,
    Journey(Id),
}

pub fn parse(hash: &str) -> Route {
    let path = hash.trim_start_matches('#');
    match path.strip_prefix("/reis/") {
        Some(id) if !id.is_empty() => {
            let id = js_sys::decode_uri_component(id)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_else(|| id.to_owned());
            Route::Journey(Id::new(id))
        }
        _ => Route::Library,
    }
}

pub fn to_hash(route: &Route) -> String {
    match route {
        Route::Library => "#/".into(),
        Route::Journey(id) => {
            let id: String = js_sys::encode_uri_component(id.as_str()).into();
            format!("#/reis/{id}")
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
