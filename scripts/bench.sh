#!/usr/bin/env bash
# Builds and runs the full benchmarks (1,000,000-item catalogue). Each prints
# JSON lines: a figure beside a reference measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
export CCACHE_DIR="${CCACHE_DIR:-${HOME:-/tmp}/.cache/ccache}"
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default -L bench --verbose "$@" | grep -E '^[0-9]+: \{' | sed -E 's/^[0-9]+: //'
