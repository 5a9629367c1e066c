#!/usr/bin/env bash
# Throughput of the release CLI over a JSONL archive, with 1 job and with all
# jobs, against the targets of docs/PERFORMANCE.md ("The archive CLI"):
#
#   bash scripts/bench-archive.sh [MB]      # MB of archive, default 200
#
#   1. builds the release CLI (cargo build --release: the shipped profile)
#   2. writes an MB-megabyte archive (10^6 bytes a MB), one JSON object a line,
#      {"id": N, "text": "..."}, from the seed and fixture articles
#      (tests/seeds/*.txt, tests/fixtures/articles/*.txt), repeated in turn
#   3. runs `cakupan --input-jsonl ARCHIVE --jobs 1`, then `--jobs $(nproc)`,
#      each under /usr/bin/time -v, the output to a file
#   4. prints MB/s for each (archive bytes / wall-clock seconds), the ratio,
#      each run's peak resident memory ("Maximum resident set size"), and whether
#      the two outputs are byte-identical
#
# It fails (exit status 1) if a run fails, an archive line gets an error
# object, or the outputs differ; never on timing, which depends on the machine
# and its load. Needs GNU time (apt-get install time; scripts/setup.sh installs
# it). The files go to a temporary directory (BENCH_DIR to choose it; the
# outputs are about 2.4 times the archive), removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

mb=${1:-200}
case $mb in '' | *[!0-9]*) echo "usage: bash scripts/bench-archive.sh [MB]" >&2; exit 2 ;; esac
[ "$mb" -ge 1 ] || { echo "bench-archive: MB must be at least 1" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  echo "bench-archive: /usr/bin/time is missing (apt-get install time, or bash scripts/setup.sh)" >&2
  exit 1
fi
export LC_ALL=C

cargo build --release --quiet --bin cakupan
bin=target/release/cakupan
cores=$(nproc)

dir=$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/cakupan-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
archive=$dir/archive.jsonl

# Each article as the body of a JSON string, one a line: backslash, quote, tab
# and CR escaped, line ends as \n, other control characters dropped (none of
# the articles has any). The CLI itself checks the result: a line it cannot
# read would get an error object, and this script fails on that below.
texts=(tests/seeds/*.txt tests/fixtures/articles/*.txt)
for f in "${texts[@]}"; do
  tr -d '\000-\010\013\014\016-\037' < "$f" | awk '
    { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t"); gsub(/\r/, "\\r")
      printf "%s%s", (NR > 1 ? "\\n" : ""), $0 }
    END { print "" }'
done > "$dir/bodies"
awk -v target=$((mb * 1000000)) '
  { body[NR] = $0 }
  END {
    total = 0; id = 0
    while (total < target)
      for (i = 1; i <= NR && total < target; i++) {
        line = sprintf("{\"id\":%d,\"text\":\"%s\"}", ++id, body[i])
        print line; total += length(line) + 1
      }
  }' "$dir/bodies" > "$archive"
bytes=$(wc -c < "$archive")
lines=$(wc -l < "$archive")
printf 'archive: %s bytes (%s MB), %s articles from %s texts; %s cores (nproc)\n' \
  "$bytes" "$mb" "$lines" "${#texts[@]}" "$cores"

# run JOBS: the CLI over the archive; sets secs and rss_kb.
run() {
  local jobs=$1 start end status=0
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$dir/time.$jobs" "$bin" --input-jsonl "$archive" --jobs "$jobs" \
    > "$dir/out.$jobs" 2> "$dir/err.$jobs" || status=$?
  end=$(date +%s.%N)
  if [ "$status" -ne 0 ]; then
    echo "bench-archive: --jobs $jobs failed (exit status $status):" >&2
    head -5 "$dir/err.$jobs" >&2
    exit 1
  fi
  secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time.$jobs")
}

run 1
secs1=$secs rss1=$rss_kb
run "$cores"
secsn=$secs rssn=$rss_kb

if cmp -s "$dir/out.1" "$dir/out.$cores"; then same=yes; else same=NO; fi
out_lines=$(wc -l < "$dir/out.1")
[ "$out_lines" -eq "$lines" ] || { echo "bench-archive: $out_lines reports for $lines lines" >&2; exit 1; }

awk -v b="$bytes" -v s1="$secs1" -v sn="$secsn" -v r1="$rss1" -v rn="$rssn" -v n="$cores" \
    -v same="$same" -v mb="$mb" -v out="$(wc -c < "$dir/out.1")" '
  BEGIN {
    t1 = b / 1e6 / s1; tn = b / 1e6 / sn; ratio = tn / t1
    printf "\n| jobs | wall (s) | MB/s | peak RSS (MB) |\n|---:|---:|---:|---:|\n"
    printf "| 1 | %.2f | %.2f | %.1f |\n", s1, t1, r1 / 1024
    printf "| %d | %.2f | %.2f | %.1f |\n", n, sn, tn, rn / 1024
    printf "\nratio (%d jobs / 1 job): %.2fx; output %d bytes, identical: %s\n\n", n, ratio, out, same
    want = (n >= 2 ? 1.8 : 1)
    printf "target: %d jobs at least %.1fx 1 job over 200 MB: %s (%.2fx%s)\n", n, want,
      (ratio >= want ? "MET" : "MISSED"), ratio, (mb < 200 ? ", but measured over " mb " MB" : "")
    peak = (r1 > rn ? r1 : rn) / 1024
    printf "target: peak memory under 100 MB: %s (%.1f MB)\n", (peak < 100 ? "MET" : "MISSED"), peak
    printf "target: output identical: %s\n", (same == "yes" ? "MET" : "MISSED")
  }'
[ "$same" = yes ]
