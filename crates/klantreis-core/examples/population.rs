//! Prints a library file of a seeded population (`generate::population`), for the patterns
//! end-to-end test and benchmark: `cargo run -p klantreis-core --example population -- SEED
//! JOURNEYS TOUCHPOINTS STORIES`.

fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .map(|a| {
            a.parse()
                .expect("numbers: seed journeys touchpoints stories")
        })
        .collect();
    let [seed, journeys, touchpoints, stories] = args[..] else {
        panic!("usage: population SEED JOURNEYS TOUCHPOINTS STORIES");
    };
    let list = klantreis_core::generate::population(
        seed,
        journeys as usize,
        touchpoints as usize,
        stories as usize,
    );
    println!("{}", klantreis_core::file::write(&list, 0));
}
