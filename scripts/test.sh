#!/usr/bin/env bash
# README command 2: runs every test, in layers, and fails if any layer fails.
#   1. formatting and lints (cargo fmt --check, clippy with warnings denied)
#   2. the WASM build the page uses (wasm-opt included), its size budget
#      (scripts/size.sh) and what the regions stage adds to it
#      (scripts/size-regions.sh), and dist/: the npm package, the static site and the
#      file:// build (scripts/package.mjs)
#   3. the JS boundary under wasm-bindgen-test in headless Chromium
#   4. the page end to end in headless Chromium (node --test, playwright-core)
#   5. the native benchmark in quick mode, the heaviest hostile inputs in
#      release, and each fuzz target for 30 s (cargo-fuzz, stable toolchain)
#   5b. the release CLI scored on the development corpus beside the project
#      (../shared/corpus): fails below its F1 floor, with a false alarm too
#      many or a figure read from furniture (scripts/corpus-score.sh)
#   6. the native tests (unit tests, case files, seed fixtures), last, so the
#      output ends with cargo test's own summary lines
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1

failed=()
step() {
  local name=$1; shift
  printf '\n=== %s\n' "$name"
  "$@" || failed+=("$name")
}

export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
step "cargo fmt --check" cargo fmt --check
step "clippy (native)" cargo clippy --all-targets --quiet -- -D warnings
step "clippy (wasm32)" cargo clippy --lib --tests --target wasm32-unknown-unknown --quiet -- -D warnings
step "wasm build" bash scripts/build.sh
step "size budget" bash scripts/size.sh
step "gazetteer size (scripts/size-regions.sh limit)" bash scripts/size-regions.sh
step "package (dist/)" node scripts/package.mjs
step "wasm-bindgen-test (Chromium)" cargo test --target wasm32-unknown-unknown --test 'wasm*'
step "end-to-end (Chromium)" node --test --test-reporter=spec tests/e2e/
step "benchmark (quick)" cargo bench --bench analyze -- --quick
# The 10 MB and 17 MB hostile inputs, too slow for the debug build.
step "hostile input (release)" cargo test --release --test hostile -- --include-ignored
step "fuzz (30 s per target)" bash scripts/fuzz.sh 30
step "corpus score (release CLI)" bash scripts/corpus-score.sh
step "native tests" cargo test

if [ ${#failed[@]} -gt 0 ]; then
  printf '\nFAILED layers: %s\n' "${failed[*]}" >&2
  exit 1
fi
