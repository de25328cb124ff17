#!/usr/bin/env bash
# Builds the query fuzzer with clang + ASan/UBSan and runs it for a bounded
# time (default 60 s). Exits non-zero when it finds a crash or a hang.
#
#   tests/fuzz/run_fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_BUDGET=${1:-60}
BUILD=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKG_SANITIZE=ON \
  -DKG_BUILD_FUZZERS=ON >/dev/null
cmake --build "$BUILD" -j "$(nproc)" --target query_fuzzer
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# One seed statement per file, so the fuzzer starts from valid queries.
split -l 1 tests/fuzz/corpus/seed_queries.txt "$WORK/seed-"
"$BUILD/tests/fuzz/query_fuzzer" -max_total_time="$SECONDS_BUDGET" -timeout=10 -max_len=2048 \
  -artifact_prefix="$WORK/" "$WORK"
echo "run_fuzz.sh: no crash in ${SECONDS_BUDGET} s"
