#!/usr/bin/env bash
# Import speed: `kg import` of the benchmark's large triples file (2M
# triples, 200k entities) into a fresh database, next to the sqlite3
# shell's `.import` of the same file into a plain three-column table,
# measured in the same run. Prints triples/s, peak memory and the ratio
# (target: kg import <= 2x the .import time). The two alternate, RUNS times
# each (default 3), and the best time of each side is compared: on a shared
# machine a single pair of runs swings by a third either way.
#
#   [RUNS=3] bench/import_bench.sh [TRIPLES.tsv] [KG_BINARY]
# Without a file it generates one with ../shared/bench/gen_kg.py (about 9 s)
# under $BENCH_WORK (default /tmp/kgraph-bench).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/kgraph-bench}
mkdir -p "$work"
tsv=${1:-}
kg=${2:-$root/build/kg}
if [ -z "$tsv" ]; then
  tsv=$work/large.tsv
  gen=$root/../shared/bench/gen_kg.py
  [ -f "$tsv" ] || python3 "$gen" --preset large --seed 42 --out "$tsv"
fi
[ -x "$kg" ] || { echo "import_bench: $kg is not built (cmake --build build)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "import_bench: needs the sqlite3 shell" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "import_bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

lines=$(($(wc -l <"$tsv") - 1))
db=$work/import_bench.db
base=$work/import_bench_sqlite.db

# Prints "wall_seconds cpu_seconds peak_kib" for a command. CPU time
# (user + sys) is printed beside wall time because the machine is shared:
# under load, wall time measures the neighbours as much as the program.
measure() {
  local log=$work/time.log
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >/dev/null 2>"$work/cmd.err" ||
    { cat "$work/cmd.err" >&2; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$log"
}

runs=${RUNS:-3}
load=$(cut -d' ' -f1 /proc/loadavg)
kg_s=; sq_s=; per_run=
for run in $(seq "$runs"); do
  rm -f "$base" "$db" "$db-wal" "$db-shm"
  read -r s1 c1 k1 < <(measure sqlite3 "$base" ".mode tabs" ".import $tsv triples")
  read -r s2 c2 k2 < <(measure "$kg" --db "$db" --quiet import "$tsv")
  per_run="$per_run $(awk -v a="$s2" -v b="$s1" 'BEGIN { printf "%.2f (%.2f/%.2f s)", a / b, a, b }')"
  if [ -z "$sq_s" ] || awk -v a="$s1" -v b="$sq_s" 'BEGIN { exit !(a < b) }'; then
    sq_s=$s1 sq_cpu=$c1 sq_kib=$k1
  fi
  if [ -z "$kg_s" ] || awk -v a="$s2" -v b="$kg_s" 'BEGIN { exit !(a < b) }'; then
    kg_s=$s2 kg_cpu=$c2 kg_kib=$k2
  fi
done

stored=$(sqlite3 "$db" "SELECT count(*) FROM triples")
entities=$(sqlite3 "$db" "SELECT count(*) FROM entities")
indexes=$(sqlite3 "$db" "SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'triples' AND type = 'index'")
awk -v f="$tsv" -v n="$lines" -v s="$stored" -v e="$entities" -v i="$indexes" \
    -v ks="$kg_s" -v kk="$kg_kib" -v ss="$sq_s" -v sk="$sq_kib" -v kc="$kg_cpu" -v sc="$sq_cpu" \
    -v load="$load" -v runs="$runs" -v per_run="$per_run" 'BEGIN {
  printf "file              %s (%d triples)\n", f, n
  printf "load average      %s (1 min, before the runs)\n", load
  printf "kg import         %6.2f s (cpu %6.2f s)  %9.0f triples/s  peak %4.0f MiB  (%d triples, %d entities, %d triple indexes)\n", ks, kc, n / ks, kk / 1024, s, e, i
  printf "sqlite3 .import   %6.2f s (cpu %6.2f s)  %9.0f triples/s  peak %4.0f MiB  (plain 3-column table, no index)\n", ss, sc, n / ss, sk / 1024
  printf "ratio             %6.2fx the .import time (target <= 2x: %s), best of %d runs each; cpu time %.2fx\n", ks / ss, (ks / ss <= 2 ? "met" : "NOT met"), runs, (sc > 0 ? kc / sc : 0)
  printf "ratio per run    %s\n", per_run
}'
rm -f "$base" "$db" "$db-wal" "$db-shm"
