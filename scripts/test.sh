#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with CTest.
# Usage: scripts/test.sh [--preset default|debug|asan] [ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."

preset=default
if [ "${1:-}" = "--preset" ]; then preset="$2"; shift 2; fi

./scripts/bootstrap.sh

# ccache keeps rebuilds cheap on the 2-core machines.
export CCACHE_DIR="${CCACHE_DIR:-${HOME:-/tmp}/.cache/ccache}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

# Benchmarks are built above but run by scripts/bench.sh, not here: their
# figures are printed beside a same-run reference, never asserted on.
# --verbose: every test's own output is shown (the crash and disk-full tests
# print their totals), not only that of failing ones.
ctest --preset "$preset" --output-on-failure --verbose -LE bench "$@"
