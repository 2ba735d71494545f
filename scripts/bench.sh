#!/usr/bin/env bash
# Builds and runs the full benchmarks (1,000,000-item catalogue). Each prints
# JSON lines: a figure beside a reference measured in the same run.
#   bench/catalogue   barcode look-up, name search, CSV import
#   bench/checkout    scan-to-line, sale commit
#   bench/lane_start  `retailos ui` process start → ready for the first scan, peak RSS
#   bench/lane_ui     wedge scan typed into the lane window → line painted
#   bench/devices     serial scan → code, receipt → printed over TCP, scale round trip
#   bench/server_sqlite, bench/server_postgresql
#                     retailos-server: steady-state polling, batched event ingest
#                     (stock moves, real sales), 1,000,000-product load and snapshot;
#                     the PostgreSQL run starts its own private PostgreSQL 15
# The lane benchmarks start their own Xvfb (installed by bootstrap.sh) and say
# in each line which display platform they measured on. Replicas are kept in
# build/default/bench-data between runs. Pass ctest arguments to pick, e.g.
#   scripts/bench.sh -R lane_
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
export CCACHE_DIR="${CCACHE_DIR:-${HOME:-/tmp}/.cache/ccache}"
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default -L bench --verbose "$@" | grep -E '^[0-9]+: \{' | sed -E 's/^[0-9]+: //'
