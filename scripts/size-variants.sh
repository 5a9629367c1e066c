#!/usr/bin/env bash
# Weighs `regex` feature sets for the WebAssembly build: for each set, builds a
# copy of the crate (in /tmp; the work tree is not touched) with only that
# `regex` feature list, runs wasm-bindgen (and wasm-opt unless NO_OPT=1), and
# prints raw and gzip -9 sizes and the timings of scripts/wasm-time.mjs.
#   bash scripts/size-variants.sh 'std,perf,unicode-case,unicode-perl' 'std,unicode-case,unicode-perl'
# Slow (one LTO build per set, about two minutes each on a shared core).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=${TMPDIR:-/tmp}/cakupan-size-variants
export CARGO_TARGET_DIR=$work/target
mkdir -p "$work"
for features in "$@"; do
  crate=$work/crate
  rm -rf "$crate" && mkdir -p "$crate"
  cp -r Cargo.toml Cargo.lock src "$crate/"
  # .cargo/config.toml: the wasm32 target's rustflags (inline threshold).
  cp -r .cargo "$crate/"
  [ -d benches ] && cp -r benches "$crate/"
  list=$(printf '"%s", ' ${features//,/ }); list=${list%, }
  # Every `regex = {...}` line gets this feature list (native and wasm alike:
  # only the wasm build is measured here).
  sed -i -E "s/^(regex = \{[^}]*features = )\[[^]]*\]/\1[$list]/" "$crate/Cargo.toml"
  (cd "$crate" && cargo build --lib --release --target wasm32-unknown-unknown --quiet)
  out=$work/out
  rm -rf "$out"
  wasm-bindgen --target web --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/cakupan.wasm"
  raw0=$(wc -c <"$out/cakupan_bg.wasm"); gz0=$(gzip -9c "$out/cakupan_bg.wasm" | wc -c)
  opt="(no wasm-opt)"
  if [ "${NO_OPT:-}" != 1 ]; then
    bash "$repo/scripts/wasm-opt.sh" "$out/cakupan_bg.wasm"
    opt="wasm-opt -Oz: $(wc -c <"$out/cakupan_bg.wasm") raw, $(gzip -9c "$out/cakupan_bg.wasm" | wc -c) gzip"
  fi
  echo "[$features] wasm-bindgen: $raw0 raw, $gz0 gzip; $opt"
  echo "    $(node "$repo/scripts/wasm-time.mjs" "$out")"
done
