//! Prints the stored JSON of a small journey in the current schema, to freeze it as a fixture
//! under tests/fixtures/ before the schema changes: `cargo run -q --example schema_fixture`
fn main() {
    let mut j = klantreis_core::examples::jan();
    j.touchpoints.truncate(3);
    j.agencies
        .retain(|a| j.touchpoints.iter().any(|t| t.agency == a.id));
    println!("{}", klantreis_core::format::to_json(&j));
}
