#!/usr/bin/env bash
# Builds the WebAssembly module into www/pkg/ (the page and the <cakupan-box>
# element load it from there):
#   1. cargo: release profile (opt-level "z", LTO, one codegen unit, panic abort)
#   2. wasm-bindgen --target web: cakupan.js (ES module glue with init/initSync),
#      cakupan_bg.wasm, cakupan.d.ts
#   3. wasm-opt -Oz from npm's `binaryen` (Debian's binaryen is too old for the
#      reference types rustc emits). It takes about a minute on one core and
#      saves about a seventh of the gzip size; SKIP_WASM_OPT=1 skips it while
#      iterating (scripts/size.sh then measures the unoptimised module).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --lib --release --target wasm32-unknown-unknown --quiet
wasm-bindgen --target web --out-dir www/pkg target/wasm32-unknown-unknown/release/cakupan.wasm

if [ "${SKIP_WASM_OPT:-}" = 1 ]; then
  echo "[build] SKIP_WASM_OPT=1: www/pkg/cakupan_bg.wasm is not optimised" >&2
else
  bash scripts/wasm-opt.sh www/pkg/cakupan_bg.wasm
fi
