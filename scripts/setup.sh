#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Klantreis, from the package
# registries only (crates.io, npm, Debian). Idempotent: a second run checks and returns.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION="0.22.0-beta.1" # 0.22.1 declares rust-version 1.96.1; this machine has 1.95
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
# Must equal the crate in Cargo.lock, or trunk (offline) refuses to build. Not --locked: its
# lock file pins a webpki-roots release the registry no longer serves.
if ! wasm-bindgen --version 2>/dev/null | grep -qF " $WASM_BINDGEN_VERSION"; then
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
# Splits the app's wasm into parts fetched on first use (scripts/wasm.mjs). 0.2.4 reads what
# the wasm_split_helpers 0.2 in Cargo.lock (through leptos) writes; it has no --version flag.
WASM_SPLIT_VERSION="0.2.4"
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:" \
  || ! command -v wasm-split-cli >/dev/null; then
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  as_root apt-get update
  as_root apt-get install -y chromium chromium-driver
fi
# LibreOffice without a GUI: the end-to-end tests open the exported XLSX (Calc) and the Word
# files (Writer) with it, and Writer makes the .docx interview they open.
if ! command -v soffice >/dev/null || ! dpkg -s libreoffice-writer-nogui >/dev/null 2>&1; then
  as_root apt-get update
  as_root apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui
fi
# wasm-opt (npm binaryen), Playwright, and pouchdb-server (a CouchDB-compatible server for the
# team library's tests); the lock file pins them.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] \
  || [ ! -x node_modules/.bin/pouchdb-server ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
