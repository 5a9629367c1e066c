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

# The features rustc 1.8x+ enables by default for wasm32-unknown-unknown; the
# optimiser must accept them and must not introduce anything beyond them.
WASM_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
if [ "${SKIP_WASM_OPT:-}" = 1 ]; then
  echo "[build] SKIP_WASM_OPT=1: www/pkg/cakupan_bg.wasm is not optimised" >&2
elif [ -x node_modules/.bin/wasm-opt ]; then
  node_modules/.bin/wasm-opt -Oz "${WASM_FEATURES[@]}" \
    www/pkg/cakupan_bg.wasm -o www/pkg/cakupan_bg.opt.wasm
  mv www/pkg/cakupan_bg.opt.wasm www/pkg/cakupan_bg.wasm
else
  echo "[build] node_modules/.bin/wasm-opt missing (run scripts/setup.sh); wasm not optimised" >&2
  exit 1
fi
