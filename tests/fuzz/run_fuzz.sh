#!/usr/bin/env bash
# Builds query_fuzzer (libFuzzer over lexer + parser + binder) with clang +
# ASan/UBSan in its own build folder and runs it for a bounded time. Exits
# non-zero on any crash, leak, timeout (an input taking over 5 s) or
# out-of-memory (over 2 GiB), leaving the input that did it in the build
# folder's fuzz-artifacts/.
#
#   tests/fuzz/run_fuzz.sh                     # 60 s
#   KG_FUZZ_SECONDS=600 tests/fuzz/run_fuzz.sh
#   KG_FUZZ_BUILD=/tmp/fuzz tests/fuzz/run_fuzz.sh   # build folder (default build-fuzz)
#
# The seeds are every statement of the data-driven query files
# (tests/query/cases/*.test) plus tests/fuzz/corpus/seed_queries.txt (one
# statement a line); query.dict gives the fuzzer the language's words.
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_BUDGET=${KG_FUZZ_SECONDS:-60}
BUILD=${KG_FUZZ_BUILD:-build-fuzz}

# Lean build: only the fuzzer and the libraries it links. -O1 keeps ASan
# fast enough to fuzz; fuzzer-no-link gives the libraries the coverage
# instrumentation that guides libFuzzer (the target itself adds -fsanitize=fuzzer).
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" \
  -DKG_SANITIZE=ON -DKG_BUILD_FUZZERS=ON "${launcher[@]}" >/dev/null
cmake --build "$BUILD" -j "$(nproc)" --target query_fuzzer

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/corpus" "$BUILD/fuzz-artifacts"
# One statement per seed file: each .test case's lines between `query` and
# `----`, and each line of seed_queries.txt.
awk -v dir="$WORK/corpus" '
  FNR == 1 { inq = 0 }
  /^query/ { inq = 1; n++; next }
  /^----$/ { if (inq) close(file); inq = 0; next }
  inq { file = sprintf("%s/case-%04d", dir, n); print > file }
' tests/query/cases/*.test
awk -v dir="$WORK/corpus" '
  NF { file = sprintf("%s/seed-%04d", dir, NR); printf "%s", $0 > file; close(file) }
' tests/fuzz/corpus/seed_queries.txt
echo "run_fuzz.sh: $(ls "$WORK/corpus" | wc -l) seed statements, ${SECONDS_BUDGET} s"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
LOG="$WORK/fuzz.log"
status=0
"$BUILD/tests/fuzz/query_fuzzer" -max_total_time="$SECONDS_BUDGET" -timeout=5 \
  -rss_limit_mb=2048 -max_len=2048 -dict=tests/fuzz/query.dict -print_final_stats=1 \
  -artifact_prefix="$BUILD/fuzz-artifacts/" "$WORK/corpus" >"$LOG" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  tail -n 60 "$LOG"
  echo "run_fuzz.sh: the fuzzer failed (exit $status); inputs in $BUILD/fuzz-artifacts/" >&2
  exit 1
fi
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$LOG")
secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$LOG")
echo "run_fuzz.sh: ${runs:-?} executions in ${secs:-?} s, no crash, leak or timeout"
