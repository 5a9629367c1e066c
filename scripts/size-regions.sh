#!/usr/bin/env bash
# What the regions stage (the gazetteer: its data and its matching code) adds
# to the WebAssembly module, gzip -9. Builds a copy of the crate in /tmp twice,
# the same way as scripts/build.sh (release, wasm-bindgen, wasm-opt): once as it
# is, once with scripts/size-probe/regions_stub.rs (the same public items and
# types, no places) in place of src/regions/mod.rs. The work tree is not
# touched. Prints both sizes and the difference; exits 1 if the difference is
# over the limit. Slow: two LTO builds (about two minutes each on a shared core).
#
# The limit: issue 5's 15 KB (15 360 bytes), raised by the 1 329 bytes the
# English names and roles add (16 689), then to 17 700 at the size work of
# issue 17, where it measured 16 962 at facts 00d661b (the regions commits
# since 16 689 was set) and 17 623 after the size work: the wasm32 inline
# threshold (.cargo/config.toml) inlines more of the stage's helpers (+1.9 KB
# of raw code in the stage) while the whole module shrank by 4.9 KB. Then to
# 19 100 (18 545 measured plus 3 %) when the size work was merged with the
# later regions rules of issue 13 (venues, datelines, offices, DKI's cities by
# their full names; zlib of the sections apart: 18 014). Then to 20 000
# (19 423 measured plus 3 %): an office's area after the institution's name
# (`Kantor Wilayah BPJS Ketenagakerjaan Bali, Nusa Tenggara, dan Papua`),
# Sulama's area written as a list, and the stage's words sliced from one
# lowercased copy of the text (faster, and a little more code).
#
# The difference of two gzipped modules moves by a few hundred bytes when code
# elsewhere changes shape (where deflate's blocks fall), so the script also
# prints the difference with the code and data sections compressed apart
# (zlib -9), which moves less with the rest of the module: 17 489 and 17 354
# for the two pairs above. The limit applies to the gzip figure, what a
# browser downloads.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
LIMIT=${LIMIT:-20000}
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
python3 - "$work/full.wasm" "$work/stub.wasm" <<'EOF'
import sys, zlib
def sections(path):  # code (10) and data (11) sections of a module
    b, i, out = open(path, "rb").read(), 8, {}
    while i < len(b):
        sid, n, shift, i = b[i], 0, 0, i + 1
        while True:
            x = b[i]; i += 1; n |= (x & 0x7F) << shift; shift += 7
            if x < 0x80: break
        out[sid] = b[i:i + n]; i += n
    return sum(len(zlib.compress(out.get(k, b""), 9)) for k in (10, 11))
full, stub = (sections(p) for p in sys.argv[1:])
print(f"code and data sections compressed apart (zlib -9): {full} and {stub}; the stage adds {full - stub}")
EOF
[ "$diff" -le "$LIMIT" ] || { echo "size-regions: over the limit by $((diff - LIMIT)) bytes" >&2; exit 1; }
