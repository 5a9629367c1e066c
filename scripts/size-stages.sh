#!/usr/bin/env bash
# What each stage of the pipeline adds to the WebAssembly module, gzip -9
# (docs/PERFORMANCE.md, "Size by stage"). Builds a copy of the crate (in /tmp;
# the work tree is not touched) once per cut: the `analyze` export runs the
# pipeline up to a stage and hands its results to `black_box` (so that the
# optimiser keeps them and nothing after them), the `regions` and `recheck`
# exports are left out until the last two cuts. Each build is made the way
# scripts/build.sh makes the shipped one (release, wasm-bindgen, wasm-opt -Oz).
# Prints one line per cut: its size and what it adds to the cut before; code
# shared by two stages counts for the first one that uses it.
#   bash scripts/size-stages.sh            # every cut (about 15 LTO builds: slow)
#   bash scripts/size-stages.sh 8 13       # only these cuts (numbers below)
#   NAMED=/tmp/cuts bash scripts/size-stages.sh 2 3   # and keep a copy of each
#       with function names, then: twiggy diff /tmp/cuts/cut2.wasm /tmp/cuts/cut3.wasm
# The stage list mirrors `analyze_with` in src/lib.rs: when that changes, the
# probe below must follow (the build fails if a stage's signature changed).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=${TMPDIR:-/tmp}/cakupan-size-stages
export CARGO_TARGET_DIR=$work/target
mkdir -p "$work"

names=(
  [0]="nothing (version() only)"
  [1]="normalize + segment"
  [2]="dates"
  [3]="furniture"
  [4]="language"
  [5]="periods"
  [6]="quantities"
  [7]="regions (scan)"
  [8]="facts"
  [9]="unread numbers"
  [10]="checks + explain"
  [11]="coverage"
  [12]="report (build)"
  [13]="report to JS (serde-wasm-bindgen): the analyze export"
  [14]="+ the regions export"
  [15]="+ the recheck export (the shipped module)"
)
cuts=("$@")
[ ${#cuts[@]} -gt 0 ] || cuts=(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)

measure() { # $1: cut; prints the gzip size
  local cut=$1 crate=$work/crate out=$work/out
  rm -rf "$crate" "$out" && mkdir -p "$crate"
  cp -r Cargo.toml Cargo.lock src "$crate/"
  # .cargo/config.toml: the wasm32 target's rustflags (inline threshold).
  cp -r .cargo "$crate/"
  [ -d benches ] && cp -r benches "$crate/"
  python3 - "$crate" "$cut" <<'EOF'
import re, sys
crate, cut = sys.argv[1], int(sys.argv[2])
w = open(f"{crate}/src/wasm.rs").read()
def drop(src, start, end):
    i = src.index(start); j = src.index(end)
    return src[:i] + src[j:]
if cut < 15:
    w = drop(w, "/// Recomputes a report's checks", "/// Every place the gazetteer knows")
if cut < 14:
    w = drop(w, "/// Every place the gazetteer knows", "/// The version of cakupan.")
if cut < 13:
    w = re.sub(r"let report = crate::analyze\(&text\);.*?\n}\n",
               "crate::__probe(&text);\n    Ok(JsValue::NULL)\n}\n", w, count=1, flags=re.S)
open(f"{crate}/src/wasm.rs", "w").write(w)
l = open(f"{crate}/src/lib.rs").read()
l += f"""
#[doc(hidden)]
pub fn __probe(text: &str) {{
    use std::hint::black_box as bb;
    const CUT: u32 = {cut};
    if CUT == 0 {{ bb(text); return; }}
    let norm = normalize::normalize(text);
    let segments = segment::segment(&norm.text);
    if CUT == 1 {{ bb((&norm.text, &segments)); return; }}
    let dates = dates::scan(&norm.text);
    if CUT == 2 {{ bb((&norm.text, &segments, &dates)); return; }}
    let layout = furniture::classify(&norm.text, &segments, &dates);
    if CUT == 3 {{ bb((&norm.text, &segments, &dates, &layout)); return; }}
    let language = language::detect(&norm.text);
    if CUT == 4 {{ bb((&norm.text, &segments, &dates, &layout, &language)); return; }}
    let periods = dates::scan_periods(&norm.text);
    if CUT == 5 {{ bb((&norm.text, &segments, &dates, &layout, &language, &periods)); return; }}
    let quantities = quantities::scan_with(&norm.text, language == Some(language::Language::En), &dates, &periods);
    if CUT == 6 {{ bb((&norm.text, &segments, &dates, &layout, &periods, &quantities)); return; }}
    let regions = regions::scan(&norm.text);
    if CUT == 7 {{ bb((&norm.text, &segments, &dates, &layout, &periods, &quantities, &regions)); return; }}
    let input = facts::Input {{
        text: &norm.text, segments: &segments, layout: &layout, quantities: &quantities,
        dates: &dates, periods: &periods, regions: &regions,
    }};
    let ex = facts::extract(&input);
    if CUT == 8 {{ bb((&norm.text, &segments, &dates, &layout, &quantities, &periods, &ex.facts, &ex.passed)); return; }}
    let numbers = unread::list(&input, &ex.facts, &ex.passed);
    if CUT == 9 {{ bb((&norm.text, &layout, &dates, &ex.facts, &numbers)); return; }}
    let (checks, derived) = checks::run(&ex.facts, &dates);
    if CUT == 10 {{ bb((&norm.text, &layout, &ex.facts, &numbers, &checks, &derived)); return; }}
    let coverage = coverage::rows(&ex.facts, &derived, &checks);
    if CUT == 11 {{ bb((&norm.text, &layout, &ex.facts, &numbers, &checks, &derived, &coverage)); return; }}
    bb(analyze(bb(text)));
}}
"""
open(f"{crate}/src/lib.rs", "w").write(l)
EOF
  (cd "$crate" && cargo build --lib --release --target wasm32-unknown-unknown --quiet 2>/dev/null)
  wasm-bindgen --target web --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/cakupan.wasm"
  if [ -n "${NAMED:-}" ]; then
    # A copy with the function names kept, for `twiggy diff` between cuts.
    mkdir -p "$NAMED"
    wasm-bindgen --target web --keep-debug --out-dir "$work/named" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/cakupan.wasm"
    cp "$work/named/cakupan_bg.wasm" "$NAMED/cut$cut.wasm"
    WASM_OPT_ARGS=-g bash "$repo/scripts/wasm-opt.sh" "$NAMED/cut$cut.wasm"
  fi
  bash "$repo/scripts/wasm-opt.sh" "$out/cakupan_bg.wasm"
  gzip -9c "$out/cakupan_bg.wasm" | wc -c
}

prev=
printf '%-4s %-58s %9s %9s\n' cut stage gzip adds
for cut in "${cuts[@]}"; do
  size=$(measure "$cut")
  printf '%-4s %-58s %9d %9s\n' "$cut" "${names[$cut]}" "$size" "${prev:+$((size - prev))}"
  prev=$size
done
