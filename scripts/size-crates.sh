#!/usr/bin/env bash
# The shipped WebAssembly module's code by crate and its data, raw and
# compressed (scripts/size-crates.py explains how functions are counted).
# Builds the module as scripts/build.sh does, but keeps the function names
# (wasm-bindgen --keep-debug, wasm-opt -g) in a copy under /tmp; www/pkg is not
# touched. The named copy is left for twiggy:
#   bash scripts/size-crates.sh
#   twiggy top -n 30 /tmp/cakupan-size-crates/named.wasm
#   twiggy diff OLD.wasm /tmp/cakupan-size-crates/named.wasm
set -euo pipefail
cd "$(dirname "$0")/.."
work=${TMPDIR:-/tmp}/cakupan-size-crates
rm -rf "$work" && mkdir -p "$work"
cargo build --lib --release --target wasm32-unknown-unknown --quiet
wasm-bindgen --target web --keep-debug --out-dir "$work/pkg" target/wasm32-unknown-unknown/release/cakupan.wasm
mv "$work/pkg/cakupan_bg.wasm" "$work/named.wasm"
WASM_OPT_ARGS=-g bash scripts/wasm-opt.sh "$work/named.wasm"
python3 scripts/size-crates.py "$work/named.wasm"
