#!/usr/bin/env bash
# The graph benchmark: imports a dataset of ../shared/bench into a kgraph
# store, loads the graph, runs the workload (200 sp + 200 hop2), checks every
# answer against the reference, runs the bare C++ floor (bfs_floor.cpp) in
# the same run, and prints the figures and their ratios to the floor.
#
#   bench/graph_bench.sh [small|wordnet|large] [BUILD_DIR]
#
# env: KG_SHARED_BENCH (default ../shared/bench), BENCH_WORK (default
#      /tmp/kgraph-bench): generated data, databases and the floor binary.
# Targets (large): workload time <= 1.5x the floor's for sp and for hop2,
# load >= 2M edges/s, peak RSS <= 2x the floor's.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DS=${1:-small}
BUILD=${2:-$ROOT/build}
SHARED=${KG_SHARED_BENCH:-$ROOT/../shared/bench}
WORK=${BENCH_WORK:-/tmp/kgraph-bench}
PY=/usr/bin/python3
DATA=$WORK/data/$DS
OUT=$WORK/kgraph/$DS
mkdir -p "$DATA" "$OUT" "$WORK/data/bin"
[ -d "$SHARED" ] || { echo "graph_bench: $SHARED not found (set KG_SHARED_BENCH)" >&2; exit 2; }
for program in "$BUILD/kg" "$BUILD/graph_bench"; do
  [ -x "$program" ] || { echo "graph_bench: $program missing; build the kg and graph_bench targets" >&2; exit 2; }
done

TSV=$DATA/triples.tsv
WL=$SHARED/workloads/$DS.tsv
EXPECTED=$SHARED/workloads/$DS.expected.tsv
if [ ! -s "$TSV" ]; then
  case "$DS" in
    small|large) $PY "$SHARED/gen_kg.py" --preset "$DS" --seed 42 --out "$TSV.tmp" ;;
    wordnet)     $PY "$SHARED/wordnet_kg.py" --out "$TSV.tmp" ;;
    *) echo "graph_bench: unknown dataset $DS" >&2; exit 2 ;;
  esac
  mv "$TSV.tmp" "$TSV"
fi

FLOOR=$WORK/data/bin/bfs_floor
if [ ! -x "$FLOOR" ] || [ "$SHARED/bfs_floor.cpp" -nt "$FLOOR" ]; then
  g++ -O2 -std=c++17 -o "$FLOOR" "$SHARED/bfs_floor.cpp"
fi

DB=$OUT/kg.db
if [ ! -s "$DB" ] || [ "$TSV" -nt "$DB" ]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  t0=$(date +%s.%N)
  "$BUILD/kg" --db "$DB" -q import "$TSV"
  t1=$(date +%s.%N)
  echo "import: $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s for $DS" >&2
fi

# Each program runs under /usr/bin/time -v for its peak RSS.
/usr/bin/time -v -o "$OUT/floor.time" "$FLOOR" --triples "$TSV" --workload "$WL" --dataset "$DS" \
  --answers "$OUT/floor.answers.tsv" > "$OUT/floor.json"
/usr/bin/time -v -o "$OUT/kgraph.time" "$BUILD/graph_bench" --db "$DB" --workload "$WL" --dataset "$DS" \
  --answers "$OUT/kgraph.answers.tsv" > "$OUT/kgraph.json"
# The CLI batch modes must give the same answers (not timed here).
"$BUILD/kg" --db "$DB" path --batch "$WL" --out "$OUT/cli.sp.tsv"
"$BUILD/kg" --db "$DB" neighbours --batch "$WL" --out "$OUT/cli.hop2.tsv"

$PY - "$OUT" "$EXPECTED" "$DS" <<'PYEOF'
import json, re, sys
out, expected_path, ds = sys.argv[1:4]

def answers(path):
    rows = [l.rstrip("\n").split("\t") for l in open(path)][1:]
    return {q: a for q, a in rows}

def peak_rss_mb(path):
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(path).read())
    return int(m.group(1)) / 1024.0

expected = answers(expected_path)
mine = answers(f"{out}/kgraph.answers.tsv")
cli = {**answers(f"{out}/cli.sp.tsv"), **answers(f"{out}/cli.hop2.tsv")}
floor = json.load(open(f"{out}/floor.json"))
kg = json.load(open(f"{out}/kgraph.json"))
bad = sorted(q for q in expected if mine.get(q) != expected[q])
bad_cli = sorted(q for q in expected if cli.get(q) != expected[q])
floor_rss, kg_rss = peak_rss_mb(f"{out}/floor.time"), peak_rss_mb(f"{out}/kgraph.time")

print(f"dataset {ds}: {kg['n_entities']} entities, {kg['n_triples']} edges")
print(f"answers: {len(expected) - len(bad)}/{len(expected)} identical to the reference"
      f" (kg path/neighbours --batch: {len(expected) - len(bad_cli)}/{len(expected)})")
print(f"{'':14}{'kgraph':>12}{'floor':>12}{'ratio':>8}")
def row(name, a, b, unit, fmt="{:.4f}"):
    ratio = a / b if b else float("inf")
    print(f"{name:14}{fmt.format(a):>10}{unit:>2}{fmt.format(b):>10}{unit:>2}{ratio:>8.2f}")
row("load", kg["load_s"], floor["load_s"], " s", "{:.3f}")
print(f"{'load rate':14}{kg['load_edges_per_s'] / 1e6:>10.2f} M edges/s from the store, wall clock (target >= 2)")
print(f"{'load rate':14}{kg['load_edges_per_cpu_s'] / 1e6:>10.2f} M edges per CPU second ({kg['load_cpu_s']:.3f} s CPU;"
      " the wall clock counts other programs on a busy machine)")
row("sp total", kg["sp_total_s"] * 1e3, floor["sp_total_s"] * 1e3, "ms")
row("sp p50", kg["sp_p50_ms"], floor["sp_p50_ms"], "ms")
row("sp p99", kg["sp_p99_ms"], floor["sp_p99_ms"], "ms")
row("hop2 total", kg["hop2_total_s"] * 1e3, floor["hop2_total_s"] * 1e3, "ms")
row("hop2 p50", kg["hop2_p50_ms"], floor["hop2_p50_ms"], "ms")
row("hop2 p99", kg["hop2_p99_ms"], floor["hop2_p99_ms"], "ms")
row("peak RSS", kg_rss, floor_rss, "MB", "{:.1f}")
ok = not bad and not bad_cli
targets = [("sp time <= 1.5x floor", kg["sp_total_s"] <= 1.5 * floor["sp_total_s"]),
           ("hop2 time <= 1.5x floor", kg["hop2_total_s"] <= 1.5 * floor["hop2_total_s"]),
           ("load >= 2M edges/s (wall)", kg["load_edges_per_s"] >= 2e6),
           ("load >= 2M edges per CPU second", kg["load_edges_per_cpu_s"] >= 2e6),
           ("peak RSS <= 2x floor", kg_rss <= 2 * floor_rss)]
for name, met in targets:
    print(f"target {name}: {'met' if met else 'NOT met'}")
if bad:
    print("mismatched:", ", ".join(f"{q} (got {mine.get(q)}, want {expected[q]})" for q in bad[:10]))
sys.exit(0 if ok else 1)
PYEOF
