#!/usr/bin/env bash
# Sets up what is missing, then runs every check: format, lints, host tests of the domain,
# browser tests (wasm-bindgen-test in headless Chromium), and end-to-end tests (Playwright)
# against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

# A clean clone's run writes about 4 GB (compiled crates for host and browser); say so plainly
# rather than fail later inside the compiler with "No space left on device".
free_kb=$(df -Pk . | awk 'NR==2 {print $4}')
if [ "${free_kb:-0}" -lt 4000000 ]; then
  echo "Less than 4 GB free on this disk ($((free_kb / 1024)) MB); the tests need about 4 GB." >&2
  echo "Free space first, for example: cargo clean" >&2
  exit 1
fi

step "format"
cargo fmt --all -- --check
step "lint"
# No two source files import each other, directly or around a circle.
python3 scripts/circles.py
# The README names every source file and folder.
python3 scripts/layout.py
# No function over 80 lines without a written reason.
python3 scripts/long_functions.py
cargo clippy -p klantreis-core -p klantreis-words -p klantreis-xlsx -p klantreis-docx --all-targets -- -D warnings
cargo clippy -p klantreis -p klantreis-xlsx -p klantreis-docx -p klantreis-worker --target wasm32-unknown-unknown --all-targets -- -D warnings
# The release build's parts fetched on first use (src/lazy.rs) compile only with this feature.
cargo clippy -p klantreis --target wasm32-unknown-unknown --features split -- -D warnings
step "domain tests (host)"
cargo test -p klantreis-core -p klantreis-words -p klantreis-xlsx -p klantreis-docx
step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test -p klantreis --target wasm32-unknown-unknown
step "release build"
trunk build --release
step "end-to-end tests (Playwright, headless Chromium)"
npx playwright test
