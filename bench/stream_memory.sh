#!/usr/bin/env bash
# Peak memory of `kg query` as the row count grows: rows are streamed
# (query/row_sink.h), so the peak resident size must stay flat however many
# rows a statement returns. Prints one line per run: format, what, rows,
# peak KiB (/usr/bin/time -f %M). Figures, not assertions.
#
#   bench/stream_memory.sh [BUILD_DIR]
#
# Runs: a two-hop pattern on a star graph (a hub with K spokes gives
# K*(K-1) rows) for K = 317 and 1001 (100k and 1M rows) in csv, json and
# table, and UNWIND range(1, N) AS x RETURN x for N = 500,000 and 5,000,000.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
KG=$BUILD/kg
[ -x "$KG" ] || { echo "stream_memory: $KG missing; build the kg target" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "stream_memory: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Runs kg with the arguments, output to /dev/null; prints the peak KiB.
peak() {
  /usr/bin/time -f %M -o "$WORK/peak" "$KG" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  cat "$WORK/peak"
}

printf '%-6s %-22s %10s %10s\n' format what rows peak_KiB
for k in 317 1001; do
  for i in $(seq 0 $((k - 1))); do printf 'spoke%d\tlinks\thub\n' "$i"; done >"$WORK/star$k.tsv"
  "$KG" --db "$WORK/star$k.db" -q import "$WORK/star$k.tsv"
  for format in csv json table; do
    kib=$(peak --db "$WORK/star$k.db" query --max-rows 0 --timeout 0 --format "$format" \
      'MATCH (a)-[:links]->(h)<-[:links]-(b) RETURN a.name, b.name')
    printf '%-6s %-22s %10d %10s\n' "$format" "two-hop, star of $k" $((k * (k - 1))) "$kib"
  done
done
for n in 500000 5000000; do
  for format in csv json table; do
    kib=$(peak --db "$WORK/star317.db" query --max-rows 0 --timeout 0 --format "$format" \
      "UNWIND range(1, $n) AS x RETURN x")
    printf '%-6s %-22s %10d %10s\n' "$format" "one integer a row" "$n" "$kib"
  done
done
