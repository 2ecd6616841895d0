//! Prints a generated journey as stored JSON, for the benchmark:
//! `cargo run -q -p klantreis-core --example large_journey -- 200 12`
fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let touchpoints = args.next().and_then(Result::ok).unwrap_or(200);
    let agencies = args.next().and_then(Result::ok).unwrap_or(12);
    let journey = klantreis_core::generate::large_journey(touchpoints, agencies);
    println!("{}", klantreis_core::format::to_json(&journey));
}
