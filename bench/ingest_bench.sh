#!/usr/bin/env bash
# Ingest throughput: the whole Wikinews corpus (../shared/corpus/wikinews,
# ~216,000 words) into a fresh database, storage included, on one core and
# on all cores. Prints words/s and peak memory next to baselines measured in
# the same run, and issue 14's targets beside the figures:
#   - wc -w over the same files (the cost of merely reading the bytes);
#   - the parse alone: `kg parse` over the same files (read, segment, tag,
#     parse; CoNLL-U to /dev/null), what extraction and storage add to;
#   - kg ingest --jobs 1 and --jobs $(nproc): the whole ingest (read, segment,
#     tag, parse, extract, store); the two databases must be identical.
#
#   bench/ingest_bench.sh [BUILD_DIR]      (default: build)
#
# Each figure is the fastest of KG_BENCH_RUNS runs (default 3): on a shared
# machine the slower runs measure the neighbours.
#
# env: KG_SHARED_DIR (default: ../shared beside the project root), the shared
#      data folder. The corpus is never part of the project: without it the
#      benchmark says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
KG=$BUILD/kg
SHARED=${KG_SHARED_DIR:-../shared}
CORPUS=("$SHARED/corpus/wikinews/wikinews-2019.jsonl" "$SHARED/corpus/wikinews/wikinews-2020.jsonl")
for file in "${CORPUS[@]}"; do
  [ -f "$file" ] || { echo "ingest_bench: skipped: $file not found (the corpus lives in the shared data folder, not in the project; set KG_SHARED_DIR)"; exit 0; }
done
[ -x "$KG" ] || { echo "ingest_bench: $KG not found; build first (.ci/setup.sh $BUILD)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "ingest_bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "ingest_bench: needs sqlite3 (apt-get install sqlite3)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

now() { date +%s.%N; }
calc() { awk "BEGIN { print $* }"; }
seconds() { calc "$2 - $1"; }

CORES=$(nproc)

# words as kg counts them: the "text" fields, white-space separated.
start=$(now)
wc -w "${CORPUS[@]}" >/dev/null
wc_s=$(seconds "$start" "$(now)")

# The wall time of a command (its process, loading included), then its peak
# memory: prints "seconds peak_kib"; its stderr is left in $TMP/err.txt.
timed() {
  local start rc=0
  start=$(now)
  /usr/bin/time -v -o "$TMP/time.txt" "$@" 2>"$TMP/err.txt" || rc=$?
  local secs; secs=$(seconds "$start" "$(now)")
  # kg ingest exits 3 when a document of the corpus was skipped.
  [ $rc -eq 0 ] || [ $rc -eq 3 ] || { cat "$TMP/err.txt" >&2; return $rc; }
  echo "$secs $(awk -F': ' '/Maximum resident set size/ {print $2}' "$TMP/time.txt")"
}

ingest() {  # ingest DB JOBS: prints "seconds peak_kib", into a fresh DB
  rm -f "$1" "$1-wal" "$1-shm"
  timed "$KG" --db "$1" ingest --jobs "$2" "${CORPUS[@]}"
}
# The faster of two "seconds peak_kib" lines.
faster() { if [ -z "$1" ] || awk "BEGIN { exit !(${2%% *} < ${1%% *}) }"; then echo "$2"; else echo "$1"; fi; }

# Taken in turns, so that a slow spell of the machine slows each a little:
# the parse alone (one core, as kg parse runs), then the whole ingest on one
# core and on all.
RUNS=${KG_BENCH_RUNS:-3}
parse="" one="" all=""
for ((run = 0; run < RUNS; run++)); do
  parse=$(faster "$parse" "$(timed sh -c 'exec "$0" parse "$@" --format conllu >/dev/null' "$KG" "${CORPUS[@]}")")
  one=$(faster "$one" "$(ingest "$TMP/one.db" 1)")
  words=$(grep '^kg: ingested' "$TMP/err.txt" | tail -1 | sed -E 's/.* ([0-9]+) words in.*/\1/')
  all=$(faster "$all" "$(ingest "$TMP/all.db" "$CORES")")
done
read -r parse_s parse_kib <<<"$parse"
read -r one_s one_kib <<<"$one"
read -r all_s all_kib <<<"$all"

# Same database whatever the number of threads, but for the time each
# document was stored and store_version's random id.
dump() {
  sqlite3 "$1" "UPDATE documents SET ingested_at = ''"
  sqlite3 "$1" .dump | grep -v 'INSERT INTO store_version'
}
if [ "$(dump "$TMP/one.db" | sha256sum)" = "$(dump "$TMP/all.db" | sha256sum)" ]; then
  same="identical"
else
  same="DIFFERENT"
fi

rate() { awk "BEGIN { printf \"%.0f\", $1 / $2 }"; }
verdict() { awk "BEGIN { print ($1) ? \"PASS\" : \"MISS\" }"; }
one_rate=$(rate "$words" "$one_s")
speedup=$(calc "$one_s / $all_s")
added=$(calc "100 * ($one_s - $parse_s) / $parse_s")
echo "corpus                 ${CORPUS[*]} ($words words), $CORES cores, best of $RUNS runs"
printf "wc -w                  %8.3f s  %10s words/s  (baseline: reading only)\n" "$wc_s" "$(rate "$words" "$wc_s")"
printf "parse alone, 1 core    %8.3f s  %10s words/s  peak %s KiB  (kg parse: read, segment, tag, parse)\n" \
  "$parse_s" "$(rate "$words" "$parse_s")" "$parse_kib"
printf "ingest --jobs 1        %8.3f s  %10s words/s  peak %s KiB  target >= 25000 words/s: %s\n" \
  "$one_s" "$one_rate" "$one_kib" "$(verdict "$one_rate >= 25000")"
printf "ingest --jobs %-2s       %8.3f s  %10s words/s  peak %s KiB\n" \
  "$CORES" "$all_s" "$(rate "$words" "$all_s")" "$all_kib"
printf "all cores / one core   %8.2fx  target >= 1.8x on two cores: %s\n" "$speedup" "$(verdict "$speedup >= 1.8")"
printf "extraction + storage   %+7.0f%% of the parse's time  target <= 40%%: %s\n" "$added" \
  "$(verdict "$added <= 40")"
echo "databases              --jobs 1 and --jobs $CORES: $same"
[ "$same" = identical ]
