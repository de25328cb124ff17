#!/usr/bin/env bash
# Cold start (issue 16): whole-process `kg path A B`, `kg neighbours A
# --depth 2` and `kg query "MATCH p = shortestPath(...) RETURN length(p)"` on
# the large store of ../shared/bench, each
#   cold: the first call after a write (the data version raised, so the
#         snapshot is stale: the call loads from SQLite and rewrites it), and
#   warm: the calls after it (the snapshot mapped, the page cache filled),
# median of RUNS (default 20), next to, in the same run: `kg --no-snapshot`
# (the load from SQLite every process paid before snapshots), `sqlite3 STORE
# 'select count(*) from triples'`, and Kùzu's open + the same shortest path
# in one Node process (bench/kuzu_one_path.js on a database the shared peer
# built; skipped, saying why, without node or the kuzu module).
# Prints the figures, their ratios and one PASS/MISS line per target:
#   warm kg path <= 30 ms and <= 60 MB peak; snapshot build <= the load;
#   snapshot size <= 1.5x the graph in memory. Exits 1 when an answer from
#   the snapshot differs from the answer loaded from SQLite.
#
#   [RUNS=20] bench/cold_bench.sh [BUILD_DIR]
# env: KG_SHARED_BENCH (default ../shared/bench), BENCH_WORK (default
#      /tmp/kgraph-bench): the generated triples and the store;
#      KUZU_MODULE (default $BENCH_WORK/peers/kuzu/node_modules/kuzu, as
#      ../shared/bench/install_peers.sh installs it).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
SHARED=${KG_SHARED_BENCH:-$ROOT/../shared/bench}
WORK=${BENCH_WORK:-/tmp/kgraph-bench}
RUNS=${RUNS:-20}
KG=$BUILD/kg
[ -d "$SHARED" ] || { echo "cold_bench: skipped: $SHARED not found (set KG_SHARED_BENCH)"; exit 0; }
[ -x "$KG" ] || { echo "cold_bench: $KG missing; build the kg target" >&2; exit 2; }
for tool in sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "cold_bench: needs $tool" >&2; exit 2; }
done

mkdir -p "$WORK/data/large" "$WORK/cold"
TSV=$WORK/data/large/triples.tsv
if [ ! -s "$TSV" ]; then
  /usr/bin/python3 "$SHARED/gen_kg.py" --preset large --seed 42 --out "$TSV.tmp"
  mv "$TSV.tmp" "$TSV"
fi
DB=$WORK/cold/kg.db
if [ ! -s "$DB" ] || [ "$TSV" -nt "$DB" ] || ! "$KG" --db "$DB" -q stats >/dev/null 2>&1; then
  rm -f "$DB" "$DB"-* "$DB".*.graph
  "$KG" --db "$DB" -q --no-snapshot import "$TSV"
fi
# The first shortest-path and the first two-hop query of the shared workload.
IFS=$'\t' read -r A B < <(awk -F'\t' '$2 == "sp" { print $3 "\t" $4; exit }' "$SHARED/workloads/large.tsv")
IFS=$'\t' read -r H < <(awk -F'\t' '$2 == "hop2" { print $3; exit }' "$SHARED/workloads/large.tsv")
QUERY="MATCH p = shortestPath((a {name: '$A'})-[*]-(b {name: '$B'})) RETURN length(p)"

# Runs a command once; appends "microseconds peak_kib" to the file $1.
# The clock is bash's own $EPOCHREALTIME, read without a fork, so the time
# is the command's plus one exec of /usr/bin/time (which reports the peak);
# `harness` below measures that floor on /bin/true in the same run.
LOG=$WORK/cold/time.log
once() {
  local into=$1
  shift
  local t0=${EPOCHREALTIME/[.,]/}
  /usr/bin/time -f "%M" -o "$LOG" "$@" >"$WORK/cold/out.txt" 2>"$WORK/cold/err.txt" ||
    { cat "$WORK/cold/err.txt" >&2; exit 1; }
  local t1=${EPOCHREALTIME/[.,]/}
  echo "$((10#$t1 - 10#$t0)) $(tail -1 "$LOG")" >>"$into"
}
# Raises the data version as any writer does (schema/migrations/004_store_version.sql).
write() { sqlite3 "$DB" 'UPDATE store_version SET data_version = data_version + 1'; }
median() { sort -n -k1,1 "$1" | awk '{ t[NR] = $1; m[NR] = $2 } END { i = int((NR + 1) / 2); printf "%.1f %.1f\n", t[i] / 1000, m[i] / 1024 }'; }

declare -A CMD
CMD[path]="path|$A|$B"
CMD[neighbours]="neighbours|$H|--depth|2"
CMD[query]="query|$QUERY"
status=0
for name in path neighbours query; do
  IFS='|' read -r -a args <<<"${CMD[$name]}"
  rm -f "$WORK/cold/$name".{cold,warm,load}
  for _ in $(seq 1 "$RUNS"); do
    write
    once "$WORK/cold/$name.cold" "$KG" --db "$DB" "${args[@]}"
    once "$WORK/cold/$name.warm" "$KG" --db "$DB" "${args[@]}"
    cp "$WORK/cold/out.txt" "$WORK/cold/$name.snapshot.out"
    once "$WORK/cold/$name.load" "$KG" --db "$DB" --no-snapshot "${args[@]}"
  done
  if ! cmp -s "$WORK/cold/$name.snapshot.out" "$WORK/cold/out.txt"; then
    echo "cold_bench: kg $name answers differently from the snapshot and from SQLite" >&2
    diff "$WORK/cold/$name.snapshot.out" "$WORK/cold/out.txt" >&2 || true
    status=1
  fi
done
rm -f "$WORK/cold/sqlite" "$WORK/cold/harness"
for _ in $(seq 1 "$RUNS"); do once "$WORK/cold/sqlite" sqlite3 "$DB" 'select count(*) from triples'; done
for _ in $(seq 1 "$RUNS"); do once "$WORK/cold/harness" /bin/true; done

KUZU_MODULE=${KUZU_MODULE:-$WORK/peers/kuzu/node_modules/kuzu}
kuzu=""
if ! command -v node >/dev/null; then
  kuzu="skipped: node not found"
elif [ ! -d "$KUZU_MODULE" ]; then
  kuzu="skipped: no kuzu module at $KUZU_MODULE (../shared/bench/install_peers.sh installs it)"
else
  # The shared peer builds the Kùzu database from the triples (once; it
  # reloads every time it runs), then each timed process opens that
  # database read-only and answers the one shortest path, as `kg path` does.
  if [ ! -e "$WORK/cold/kuzu.db" ] || [ "$TSV" -nt "$WORK/cold/kuzu.db" ]; then
    printf 'qid\tkind\ta\tb\nsp000\tsp\t%s\t%s\n' "$A" "$B" >"$WORK/cold/one.tsv"
    node "$SHARED/peer_kuzu.js" --triples "$TSV" --workload "$WORK/cold/one.tsv" \
      --answers "$WORK/cold/kuzu.answers.tsv" --db "$WORK/cold/kuzu.db" --dataset large --no-hop2-alt \
      --kuzu-module "$KUZU_MODULE" >/dev/null
  fi
  rm -f "$WORK/cold/kuzu"
  for _ in $(seq 1 "$RUNS"); do
    once "$WORK/cold/kuzu" node "$ROOT/bench/kuzu_one_path.js" "$KUZU_MODULE" "$WORK/cold/kuzu.db" "$A" "$B"
  done
  kuzu_answer=$(cat "$WORK/cold/out.txt")
  kuzu=$(median "$WORK/cold/kuzu")
fi

snapshot_bytes=$(stat -c %s "$DB.actor.graph")
read -r load_ms load_mb < <(median "$WORK/cold/path.load")
read -r sqlite_ms _ < <(median "$WORK/cold/sqlite")
read -r harness_ms _ < <(median "$WORK/cold/harness")
echo "cold_bench: large store, $(sqlite3 "$DB" 'select count(*) from triples') triples; median of $RUNS; ms and peak MB"
printf '%-12s %10s %8s %10s %8s %12s %8s %9s\n' command cold_ms cold_MB warm_ms warm_MB no_snapshot no_sn_MB warm/load
for name in path neighbours query; do
  read -r c cm < <(median "$WORK/cold/$name.cold")
  read -r w wm < <(median "$WORK/cold/$name.warm")
  read -r l lm < <(median "$WORK/cold/$name.load")
  printf '%-12s %10s %8s %10s %8s %12s %8s %9s\n' "$name" "$c" "$cm" "$w" "$wm" "$l" "$lm" \
    "$(awk -v w="$w" -v l="$l" 'BEGIN { printf "%.3f", w / l }')"
done
read -r warm_ms warm_mb < <(median "$WORK/cold/path.warm")
read -r cold_ms _ < <(median "$WORK/cold/path.cold")
echo "harness floor (/usr/bin/time /bin/true, included in every figure): $harness_ms ms"
echo "sqlite3 count(*): $sqlite_ms ms; warm kg path / sqlite3 count(*) = $(awk -v w="$warm_ms" -v s="$sqlite_ms" 'BEGIN { printf "%.2f", w / s }')"
if [ -n "${kuzu%%skipped*}" ]; then
  read -r k km <<<"$kuzu"
  echo "kuzu open + shortest path (one Node process, length $kuzu_answer): $k ms, $km MB; kuzu / warm kg path = $(awk -v k="$k" -v w="$warm_ms" 'BEGIN { printf "%.1f", k / w }')x"
else
  echo "kuzu: $kuzu"
fi
build_ms=$(awk -v c="$cold_ms" -v l="$load_ms" 'BEGIN { printf "%.1f", c - l }')
echo "snapshot: $snapshot_bytes bytes; build (cold kg path - no-snapshot kg path) $build_ms ms; load from SQLite $load_ms ms"
verdict() { if awk "BEGIN { exit !($1) }"; then echo "PASS $2"; else echo "MISS $2"; fi; }
verdict "$warm_ms <= 30" "warm kg path $warm_ms ms <= 30 ms"
verdict "$warm_mb <= 60" "warm kg path peak $warm_mb MB <= 60 MB"
verdict "$build_ms <= $load_ms" "snapshot build $build_ms ms <= load $load_ms ms"
# The graph in memory: the peak of a process that loads it, less what the
# same process has without it (the warm one maps the graph, touching little).
graph_mb=$(awk -v l="$load_mb" -v w="$warm_mb" 'BEGIN { printf "%.1f", l - w }')
verdict "$snapshot_bytes / 1048576 <= 1.5 * $graph_mb" \
  "snapshot $(awk -v b="$snapshot_bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MiB <= 1.5x the graph in memory (~$graph_mb MB: no-snapshot peak - warm peak)"
exit $status
