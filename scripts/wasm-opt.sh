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
"$opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue "$1" -o "$1.opt"
mv "$1.opt" "$1"
