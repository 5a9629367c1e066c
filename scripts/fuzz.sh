#!/usr/bin/env bash
# Runs the cargo-fuzz (libFuzzer) targets for a bounded time each, on the
# stable toolchain (`--sanitizer none`: no nightly needed; see docs/FUZZING.md).
#   bash scripts/fuzz.sh [SECONDS=45] [TARGET...]      (default: every target)
# New inputs go to a scratch corpus under fuzz/target/corpus/, so the small
# corpus kept in the repo (fuzz/corpus/) is only read. The full libFuzzer output
# is kept in fuzz/target/TARGET.log. A crash stops the run, leaves the input
# under fuzz/artifacts/TARGET/ and exits non-zero.
set -uo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-45}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(analyze quantities)
for t in "${targets[@]}"; do
  mkdir -p "target/corpus/$t"
  log=target/$t.log
  printf '[fuzz] %s for %ss (log: fuzz/%s)\n' "$t" "$seconds" "$log"
  # Built as release with debug assertions and overflow checks (cargo-fuzz's default).
  cargo fuzz run --sanitizer none "$t" "target/corpus/$t" "corpus/$t" -- \
    -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=2048 \
    -dict=cakupan.dict -print_final_stats=1 >"$log" 2>&1
  status=$?
  grep -aE '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|peak_rss_mb)|^Done [0-9]+ runs' "$log"
  if [ "$status" -ne 0 ]; then
    grep -aE 'panicked|SUMMARY|==[0-9]+==|Test unit written' "$log" | head -20
    printf '[fuzz] %s FAILED (exit %s); the input is under fuzz/artifacts/%s/\n' "$t" "$status" "$t"
    exit 1
  fi
done
