#!/usr/bin/env bash
# Fails when a dependency rule of docs/architecture.md is broken:
#  - core includes nothing from app/, drivers/, sync/ and no Qt Gui/Widgets header;
#  - drivers and sync never include each other, nor app/; drivers include no
#    Qt Gui/Widgets header outside drivers/simulator;
#  - app/ui (every widget) sees drivers and sync only through app/ui's own
#    status values; only app/main.cpp may include drivers/ or sync/;
#  - each third-party header appears only in the module that wraps it
#    (libqrencode only in the printer simulator).
# Usage: check_dependencies.sh SOURCE_ROOT QT_INCLUDE_DIR [CORE_LINK_LIBRARIES]
set -u
root="$1"
qt_include="$2"
core_links="${3:-}"
failures=0

report() { echo "dependency rule broken: $*"; failures=$((failures + 1)); }

# includes_in DIR PATTERN: "file:line: text" of every #include matching PATTERN (ERE).
includes_in() {
  local dir="$1" pattern="$2"
  [ -d "$root/$dir" ] || return 0
  grep -rnE --exclude-dir=fixtures --exclude-dir='build*' --exclude-dir=demo-out --exclude-dir=.git --include='*.h' --include='*.cpp' "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($pattern)" "$root/$dir" || true
}

while IFS= read -r hit; do [ -n "$hit" ] && report "core must not see app/drivers/sync: $hit"; done \
  < <(includes_in core 'app/|drivers/|sync/')

# Every public header of QtGui and QtWidgets, by name (QWidget, QImage, ...).
gui_headers=$( (ls "$qt_include/QtGui" "$qt_include/QtWidgets" 2>/dev/null) | grep -E '^Q[A-Za-z0-9]+$' | sort -u | paste -sd'|' -)
if [ -z "$gui_headers" ]; then
  echo "cannot list Qt Gui/Widgets headers under $qt_include"; exit 2
fi
while IFS= read -r hit; do [ -n "$hit" ] && report "core must not use Qt Gui/Widgets: $hit"; done \
  < <(includes_in core "QtGui|QtWidgets|($gui_headers)>")

while IFS= read -r hit; do [ -n "$hit" ] && report "drivers must not see sync or app: $hit"; done \
  < <(includes_in drivers 'sync/|app/')
# The hardware layer stays UI-free: pictures reach it as bytes (MonoBitmap)
# from app/printing. Only the simulators render images (receipt PNGs).
while IFS= read -r hit; do [ -n "$hit" ] && report "drivers stay UI-free (simulators may render images): $hit"; done \
  < <(includes_in drivers "QtGui|QtWidgets|($gui_headers)>" | grep -v "/drivers/simulator/")
while IFS= read -r hit; do [ -n "$hit" ] && report "sync must not see drivers or app: $hit"; done \
  < <(includes_in sync 'drivers/|app/')

while IFS= read -r hit; do [ -n "$hit" ] && report "widgets see drivers and sync only through interfaces: $hit"; done \
  < <(includes_in app/ui 'drivers/|sync/')

# Third-party headers stay inside their wrapper.
check_wrapped() {
  local header="$1" allowed="$2"
  while IFS= read -r hit; do
    [ -z "$hit" ] && continue
    local file="${hit%%:*}"
    file="${file#"$root"/}"
    file="${file#./}"
    local ok=0 pattern
    IFS='|' read -ra patterns <<< "$allowed"
    for pattern in "${patterns[@]}"; do
      # shellcheck disable=SC2053  # the pattern is a glob on purpose
      [[ "$file" == $pattern ]] && ok=1
    done
    [ "$ok" -eq 1 ] || report "$header is wrapped by $allowed only: $hit"
  done < <(includes_in . "$header")
}
check_wrapped 'spdlog/' 'core/logging/*'
check_wrapped 'sqlite3\.h' 'core/db/*|sync/server/db/*|tests/bench/*'
# retailos-server: Boost only in the HTTP layer (decision 0006), libpq only in the
# storage back end and the private test instance, nlohmann/json only in sync/protocol.
check_wrapped 'boost/' 'sync/server/http/*'
check_wrapped 'libpq-fe\.h|postgresql/' 'sync/server/db/*|tests/support/*'
check_wrapped 'nlohmann/' 'sync/protocol/*'
check_wrapped 'csv\.h' 'core/csv/*'
check_wrapped 'curl/' 'sync/*'
check_wrapped 'libusb' 'drivers/*'
check_wrapped 'cups/' 'drivers/*|tests/drivers/*'
check_wrapped 'qrencode\.h' 'drivers/simulator/*'

if [ -n "$core_links" ]; then
  case ";$core_links;" in
    *Gui*|*Widgets*) report "retailos_core links $core_links" ;;
  esac
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures dependency rule(s) broken"
  exit 1
fi
echo "dependency rules hold"
