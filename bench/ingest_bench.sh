#!/usr/bin/env bash
# Ingest throughput: the whole Wikinews corpus (../shared/corpus/wikinews,
# ~216,000 words) into a fresh database, one thread, storage included.
# Prints words/s and peak memory, next to baselines measured in the same run:
#   - wc -w over the same files (the cost of merely reading the bytes);
#   - kg ingest with a lexicon folder holding only the abbreviation list, so
#     that reading + segmentation + storage are measured without extraction
#     (skipped with a note if the extractor refuses to load without its lexicons).
#
#   bench/ingest_bench.sh [BUILD_DIR]      (default: build)
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
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

now() { date +%s.%N; }
calc() { awk "BEGIN { print $* }"; }
seconds() { calc "$2 - $1"; }

# words as kg counts them: the "text" fields, white-space separated.
start=$(now)
wc -w "${CORPUS[@]}" >/dev/null
wc_s=$(seconds "$start" "$(now)")

# One run of kg ingest: prints "seconds words peak_kib".
ingest() {  # ingest DB [extra args...]
  local db=$1; shift
  /usr/bin/time -v -o "$TMP/time.txt" "$KG" --db "$db" ingest "$@" "${CORPUS[@]}" 2>"$TMP/err.txt" || {
    local rc=$?; [ $rc -eq 3 ] || { cat "$TMP/err.txt" >&2; return $rc; }; }
  local summary words secs kib
  summary=$(grep '^kg: ingested' "$TMP/err.txt" | tail -1)
  words=$(sed -E 's/.* ([0-9]+) words in.*/\1/' <<<"$summary")
  secs=$(sed -E 's/.* words in ([0-9.]+) s.*/\1/' <<<"$summary")
  kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TMP/time.txt")
  echo "$secs $words $kib"
}

read -r full_s words full_kib < <(ingest "$TMP/full.db")
mkdir -p "$TMP/lex"
cp ingest/lexicons/abbreviations.json "$TMP/lex/"
if base=$(ingest "$TMP/base.db" --lexicons "$TMP/lex" 2>/dev/null); then
  read -r base_s _ base_kib <<<"$base"
else
  base_s=""
fi

rate() { awk "BEGIN { printf \"%.0f\", $1 / $2 }"; }
echo "corpus                 ${CORPUS[*]} ($words words)"
printf "wc -w                  %8.3f s  %10s words/s  (baseline: reading only)\n" "$wc_s" "$(rate "$words" "$wc_s")"
if [ -n "$base_s" ]; then
  printf "read+segment+store     %8.3f s  %10s words/s  peak %s KiB  (no extraction)\n" \
    "$base_s" "$(rate "$words" "$base_s")" "$base_kib"
else
  echo "read+segment+store     n/a (the extractor does not load without its lexicons)"
fi
printf "kg ingest (whole)      %8.3f s  %10s words/s  peak %s KiB\n" "$full_s" "$(rate "$words" "$full_s")" "$full_kib"
if [ -n "$base_s" ]; then
  printf "share of the whole     segmentation+storage %.0f%%, extraction %.0f%%; whole = %.1fx wc -w\n" \
    "$(calc "100 * $base_s / $full_s")" "$(calc "100 - 100 * $base_s / $full_s")" \
    "$(calc "$full_s / $wc_s")"
fi
