#!/usr/bin/env bash
# Optimises a wasm-bindgen output for size, in place: wasm-opt -Oz from npm's
# `binaryen` (Debian's binaryen is too old for the reference types rustc
# emits). Used by build.sh, size-regions.sh and size-variants.sh, so that what
# they measure is built the same way.
#   bash scripts/wasm-opt.sh path/to/cakupan_bg.wasm
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
opt=$repo/node_modules/.bin/wasm-opt
[ -x "$opt" ] || { echo "wasm-opt: $opt missing (run scripts/setup.sh)" >&2; exit 1; }
# The features rustc 1.8x+ enables by default for wasm32-unknown-unknown; the
# optimiser must accept them and must not introduce anything beyond them.
# Beyond -Oz (gzip -9 of the shipped module, measured when they were added):
#   --merge-similar-functions, before -Oz: one function for functions that differ
#                          only in constants, which become a parameter (-2.5 KB)
#   --converge             runs the passes until the module stops shrinking (-1 KB, +10 s)
#   --low-memory-unused    folds constant offsets into loads and stores (-2.8 KB):
#                          Rust puts its stack below 1 MiB and its data above, so
#                          no address below 1024 is ever used unless the stack
#                          has already overflowed
#   --strip-producers, --strip-target-features: metadata no browser reads (-0.25 KB)
# Not -tnh (traps-never-happen): it would let the optimiser assume a panic
# never traps, and the module must trap, not run on, if one ever happens.
# WASM_OPT_ARGS adds arguments (scripts/size-stages.sh: -g to keep the names).
"$opt" --merge-similar-functions -Oz ${WASM_OPT_ARGS:-} --converge --low-memory-unused --strip-producers --strip-target-features \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue "$1" -o "$1.opt"
mv "$1.opt" "$1"
