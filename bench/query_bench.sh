#!/usr/bin/env bash
# The query benchmark: (a) parse + bind + plan time of every example of
# docs/query-language.md on the seed graph (target < 50 us each); (b) the
# sp and hop2 workloads of ../shared/bench written as queries, a statement
# per query and one UNWIND statement for all, run through the query engine
# beside the graph engine's batch mode (`kg path --batch`, `kg neighbours
# --batch`) on the same loaded graph, answers checked against the reference
# (target: query time <= 1.2x batch).
#
#   bench/query_bench.sh [small|large|wordnet] [BUILD_DIR]
#
# env: KG_SHARED_BENCH (default ../shared/bench), BENCH_WORK (default
#      /tmp/kgraph-bench): generated data and databases, shared with
#      bench/graph_bench.sh (run that first or let this script import).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DS=${1:-large}
BUILD=${2:-$ROOT/build}
SHARED=${KG_SHARED_BENCH:-$ROOT/../shared/bench}
WORK=${BENCH_WORK:-/tmp/kgraph-bench}
for program in "$BUILD/kg" "$BUILD/query_bench"; do
  [ -x "$program" ] || { echo "query_bench: $program missing; build the kg and query_bench targets" >&2; exit 2; }
done
[ -d "$SHARED" ] || { echo "query_bench: $SHARED not found (set KG_SHARED_BENCH)" >&2; exit 2; }

# (a) on the seed graph of the query tests.
SEED=$(mktemp -d)
trap 'rm -rf "$SEED"' EXIT
"$BUILD/kg" --db "$SEED/seed.db" -q import "$ROOT/tests/query/data/seed_graph.jsonl"
"$BUILD/query_bench" --prepare-db "$SEED/seed.db" --doc "$ROOT/docs/query-language.md" --runs 5000

# (b) the dataset, generated and imported as bench/graph_bench.sh does.
DATA=$WORK/data/$DS
DB=$WORK/kgraph/$DS/kg.db
TSV=$DATA/triples.tsv
mkdir -p "$DATA" "$(dirname "$DB")"
if [ ! -s "$TSV" ]; then
  case "$DS" in
    small|large) /usr/bin/python3 "$SHARED/gen_kg.py" --preset "$DS" --seed 42 --out "$TSV.tmp" ;;
    wordnet)     /usr/bin/python3 "$SHARED/wordnet_kg.py" --out "$TSV.tmp" ;;
    *) echo "query_bench: unknown dataset $DS" >&2; exit 2 ;;
  esac
  mv "$TSV.tmp" "$TSV"
fi
# Rebuilt too when this kg cannot read it as it is (made by an older kgraph).
if [ ! -s "$DB" ] || [ "$TSV" -nt "$DB" ] || ! "$BUILD/kg" --db "$DB" -q stats >/dev/null 2>&1; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$BUILD/kg" --db "$DB" -q import "$TSV"
fi
echo "dataset $DS:"
"$BUILD/query_bench" --db "$DB" --workload "$SHARED/workloads/$DS.tsv" \
  --expected "$SHARED/workloads/$DS.expected.tsv" --rounds 4
