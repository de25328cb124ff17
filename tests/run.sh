#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every CTest
# suite in a normal build and again under AddressSanitizer + UBSan, then
# fuzzes the query front end (tests/fuzz/run_fuzz.sh).
# Exits non-zero on any failure. `.ci/run` runs exactly this.
#
#   tests/run.sh            # both builds
#   KG_TEST_FAST=1 tests/run.sh   # the normal build only (no ASan, no fuzzing)
set -euo pipefail
cd "$(dirname "$0")/.."

JOBS=$(nproc)
.ci/setup.sh build -DKG_WERROR=ON
(cd build && ctest --output-on-failure -j "$JOBS")

if [ "${KG_TEST_FAST:-0}" != 1 ]; then
  .ci/setup.sh build-asan -DKG_SANITIZE=ON -DKG_WERROR=ON -DCMAKE_BUILD_TYPE=Debug
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  (cd build-asan && ctest --output-on-failure -j "$JOBS")
  # libFuzzer over the query lexer + parser + binder for KG_FUZZ_SECONDS
  # (default 60) in its own lean clang build; fails on a crash, leak or hang.
  tests/fuzz/run_fuzz.sh
fi
echo "tests/run.sh: all suites passed"
