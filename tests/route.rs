//! The URL hash of every screen, read back (needs the browser's URI encoding).
#![cfg(target_arch = "wasm32")]

use klantreis::state::Route;
use klantreis::state::route::{Focus, parse, to_hash};
use klantreis_core::Id;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_route_survives_its_hash() {
    let odd = Id::new("reis met spatie/en#teken");
    let routes = [
        Route::Library,
        Route::Patterns,
        Route::Privacy,
        Route::Journey(odd.clone(), None),
        Route::Journey(odd.clone(), Some(Focus::Touchpoint(Id::new("t/1")))),
        Route::Journey(Id::new("j"), Some(Focus::Story(Id::new("s 1")))),
        Route::Workshop(odd.clone()),
        Route::Persona(odd.clone()),
        Route::Present(odd.clone(), None),
        Route::Present(Id::new("a"), Some(odd)),
    ];
    for r in routes {
        assert_eq!(parse(&to_hash(&r)), r, "{}", to_hash(&r));
    }
}

#[wasm_bindgen_test]
fn unknown_or_broken_hashes_go_to_the_library() {
    for hash in [
        "",
        "#",
        "#/",
        "#/onbekend",
        "#/reis/",
        "#/workshop/",
        "#/presentatie/",
    ] {
        assert_eq!(parse(hash), Route::Library, "{hash}");
    }
    assert_eq!(
        parse("#/reis/abc/contact/"),
        Route::Journey(Id::new("abc"), None)
    );
}
