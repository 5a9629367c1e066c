#!/usr/bin/env bash
# What the regions stage (the gazetteer: its data and its matching code) adds
# to the WebAssembly module, gzip -9, against issue 5's limit of 15 KB
# (15 360 bytes) raised by the 1 329 bytes the English names and roles add
# (measured with this script on the stage with and without them, at the
# commit that raised it): 16 689 bytes. Builds a copy of the crate in /tmp twice, the same way as
# scripts/build.sh (release, wasm-bindgen, wasm-opt -Oz): once as it is, once
# with scripts/size-probe/regions_stub.rs (the same public items and types,
# no places) in place of src/regions/mod.rs. The work tree is not touched. Prints both sizes
# and the difference; exits 1 if the difference is over the limit.
# Slow: two LTO builds (about two minutes each on a shared core).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
LIMIT=${LIMIT:-16689}
work=${TMPDIR:-/tmp}/cakupan-size-regions
export CARGO_TARGET_DIR=$work/target
mkdir -p "$work"

measure() { # $1: label, $2: "stub" or "full"; prints the gzip size
  local crate=$work/crate out=$work/out
  rm -rf "$crate" "$out" && mkdir -p "$crate"
  cp -r Cargo.toml Cargo.lock src "$crate/"
  # .cargo/config.toml: the wasm32 target's rustflags (inline threshold).
  cp -r .cargo "$crate/"
  [ -d benches ] && cp -r benches "$crate/"
  if [ "$2" = stub ]; then
    rm "$crate/src/regions/table.rs"
    cp scripts/size-probe/regions_stub.rs "$crate/src/regions/mod.rs"
  fi
  (cd "$crate" && cargo build --lib --release --target wasm32-unknown-unknown --quiet 2>/dev/null)
  wasm-bindgen --target web --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/cakupan.wasm"
  bash "$repo/scripts/wasm-opt.sh" "$out/cakupan_bg.wasm"
  cp "$out/cakupan_bg.wasm" "$work/$1.wasm"
  gzip -9c "$work/$1.wasm" | wc -c
}

full=$(measure full full)
stub=$(measure stub stub)
diff=$((full - stub))
printf 'cakupan_bg.wasm gzip -9: %d with the gazetteer, %d without; the regions stage adds %d bytes (limit %d)\n' \
  "$full" "$stub" "$diff" "$LIMIT"
[ "$diff" -le "$LIMIT" ] || { echo "size-regions: over the limit by $((diff - LIMIT)) bytes" >&2; exit 1; }
