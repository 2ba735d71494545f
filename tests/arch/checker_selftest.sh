#!/usr/bin/env bash
# Runs the dependency checker over a fixture tree with one violation of each
# kind and requires every one of them to be reported, so a rule that stops
# working cannot hide behind another that reports twice.
# Usage: checker_selftest.sh CHECKER FIXTURE_ROOT QT_INCLUDE_DIR
set -u
output=$("$1" "$2" "$3" "Qt6::Core;Qt6::Widgets")
code=$?
failures=0
expect() {
  if grep -qF -- "$1" <<<"$output"; then echo "PASS: reports $1"; else echo "FAIL: does not report $1"; failures=$((failures + 1)); fi
}
[ "$code" -eq 1 ] || { echo "FAIL: exit code $code, expected 1"; failures=$((failures + 1)); }
expect "core must not use Qt Gui/Widgets: $2/core/widget_in_core.cpp"
expect "drivers must not see sync or app: $2/drivers/sync_in_drivers.cpp"
expect "sync must not see drivers or app: $2/sync/drivers_in_sync.cpp"
expect "curl/ is wrapped by sync/* only"
expect "widgets see drivers and sync only through interfaces: $2/app/ui/driver_in_widget.cpp"
expect "retailos_core links Qt6::Core;Qt6::Widgets"
expect "drivers stay UI-free (simulators may render images): $2/drivers/image_in_drivers.cpp"
expect "boost/ is wrapped by sync/server/http/* only"
expect "8 dependency rule(s) broken"
echo "$((9 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
