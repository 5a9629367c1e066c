#!/usr/bin/env bash
# Builds the WebAssembly module into www/pkg/ (the page loads it from there).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --lib --release --target wasm32-unknown-unknown --quiet
wasm-bindgen --target web --out-dir www/pkg target/wasm32-unknown-unknown/release/cakupan.wasm
