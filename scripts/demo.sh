#!/usr/bin/env bash
# The Retail OS demo. Installs what is missing, builds, and shows what works
# today: a generated catalogue in a lane replica answering look-ups and
# searches, a scripted sale on the headless lane, then the lane window on the
# demo store's catalogue with simulated printer, drawer, scanner, scale and
# customer display (with --headless, or without a display: a scripted shift
# through the real window, screenshots saved). Grows with every feature.
#   scripts/demo.sh [--items N] [--headless]
set -euo pipefail
cd "$(dirname "$0")/.."

items=100000
headless=0
while [ $# -gt 0 ]; do
  case "$1" in
    --items) items="$2"; shift 2 ;;
    --headless) headless=1; shift ;;
    *) echo "usage: scripts/demo.sh [--items N] [--headless]" >&2; exit 2 ;;
  esac
done

if [ "$items" -lt 1000 ]; then echo "demo.sh: --items must be at least 1000" >&2; exit 2; fi

./scripts/bootstrap.sh
export CCACHE_DIR="${CCACHE_DIR:-${HOME:-/tmp}/.cache/ccache}"
cmake --preset default >/dev/null
cmake --build --preset default --target retailos --target retailos-journal-verify --target retailos-printer-sim \
  --target retailos-scanner-sim --target retailos-scale-sim --target retailos-display-sim \
  --target retailos-server --target retailos-admin

out="$PWD/demo-out"
mkdir -p "$out"
db="$out/lane.db"
csv="$out/catalogue.csv"
rm -f "$db" "$db-wal" "$db-shm" "$out/lane-key.pem"
export RETAILOS_CONFIG="$out/retailos.json" RETAILOS_DATA_DIR="$out/data"
bin=build/default/app/retailos

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Generate a catalogue of $items items as CSV"
"$bin" catalogue generate --items "$items" --csv "$csv"
head -4 "$csv"

step "Create the lane replica and import the CSV"
"$bin" catalogue init --db "$db"
"$bin" catalogue import --db "$db" "$csv"

step "A file with bad rows is refused whole, each bad row named"
bad="$out/bad-rows.csv"
{
  echo "sku,name,department,tax_class,price,currency,barcodes"
  echo "D1,Demo Tea,pantry,reduced,1.99,EUR,4006381333931"
  echo "D2,Demo Coffee,pantry,reduced,\"4,99\",EUR,"
  echo "D3,Demo Cocoa,pantry,reduced,2.49,EUR,4006381333932"
} > "$bad"
"$bin" catalogue import --db "$db" "$bad" || echo "(refused as expected; nothing was imported)"

# Barcodes as scanners send them: EAN-13, the UPC-A of an item and its EAN-13
# form, a PLU, a case GTIN-14 and a code with a wrong check digit.
ean=$(sed -n '2p' "$csv" | cut -d, -f7 | cut -d'|' -f1)
upc=$(awk -F, 'NR>1 && length($7)==12 {print $7; exit}' "$csv" | cut -d'|' -f1)
plu=$(awk -F, 'NR>1 && $8!="" {print $8; exit}' "$csv")
step "Look-ups by barcode, UPC-A and its EAN-13 form, PLU"
"$bin" lookup --db "$db" "$ean" "$upc" "0$upc" "$plu"
step "A wrong check digit says which digit is right"
"$bin" lookup --db "$db" "${ean:0:12}$(( (${ean:12:1} + 1) % 10 ))" || true

step "Name search: prefixes, any word order, accents folded"
for q in "creme fra" "organic banan" "musli"; do
  # shellcheck disable=SC2086  # the words are separate arguments on purpose
  "$bin" search --db "$db" --limit 5 $q || true
done

step "The same messages in German (LANG=de_DE.UTF-8)"
LANG=de_DE.UTF-8 "$bin" lookup --db "$db" "${ean:0:12}$(( (${ean:12:1} + 1) % 10 ))" || true

step "Scheduled price changes: the price in force a week from now"
sched=$(awk -F, 'NR>1 && $12!="" {print $1","$7; exit}' "$csv")
code=$(echo "$sched" | cut -d, -f2 | cut -d'|' -f1)
"$bin" lookup --db "$db" "$code"
"$bin" lookup --db "$db" --at "$(date -u -d '+8 days' +%Y-%m-%dT%H:%M:%SZ)" "$code"

step "Staff: a cashier and a supervisor (PINs are stored only as salted PBKDF2 hashes)"
"$bin" staff add --db "$db" --code 1001 --name "Trinh Nguyen" --role cashier --pin 1234
"$bin" staff add --db "$db" --code 2001 --name "Sam Okafor" --role supervisor --pin 9876

step "A scripted sale on the headless lane, printed as a text receipt"
script="$out/sale.txt"
wine=$(awk -F, 'NR>1 && $10=="18" {print $7; exit}' "$csv" | cut -d'|' -f1)
cat > "$script" <<SCRIPT
# sign in, 3 x an item, a void approved by the supervisor, an age check,
# 5 % off, then card and cash; the receipt prints only after the commit
signin 1001 1234
qty 3
scan $ean
scan $upc
void-line 2 approve 2001 9876 WRONG_ITEM
scan $wine
age-ok
discount-sale 5% LOYAL_CUSTOMER
total
tender card 10.00 4242 A1B2C3 T-0001
tender cash 100.00
complete
copy 1
signout
SCRIPT
"$bin" lane --db "$db" --script "$script" | tee "$out/receipt-1.txt"

step "The journal verifies (hash chain and signatures)"
build/default/app/tools/journal_verify/retailos-journal-verify --db "$db" --lane lane-01

step "The central server: retailos-server on loopback with the demo chain"
# A throw-away TLS certificate for 127.0.0.1 (the server speaks HTTPS only);
# retailos-admin trusts exactly this certificate.
srv="$out/server"
rm -rf "$srv"
mkdir -p "$srv"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 7 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$srv/key.pem" -out "$srv/cert.pem" 2>/dev/null
cat > "$srv/server.json" <<JSON
{"server": {"listen": "127.0.0.1", "port": 0, "certificate": "cert.pem", "private_key": "key.pem"},
 "database": {"url": "server.db"},
 "log": {"level": "info", "file": "server.log"}}
JSON
server_bin=build/default/sync/server/app/retailos-server
"$server_bin" init --config "$srv/server.json" --tenant "Demo chain" > "$srv/init.json"
# The admin token goes into a file only its owner can read; it is never printed.
(umask 077; sed -n 's/.*"admin_token":"\([^"]*\)".*/\1/p' "$srv/init.json" > "$srv/admin-token")
rm -f "$srv/init.json"
"$server_bin" serve --config "$srv/server.json" > "$srv/serve.out" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
server_port=""
for _ in $(seq 100); do
  server_port=$(sed -n 's/.*"listening":\([0-9]*\).*/\1/p' "$srv/serve.out" 2>/dev/null | head -1)
  [ -n "$server_port" ] && break
  sleep 0.1
done
if [ -z "$server_port" ]; then echo "demo.sh: retailos-server did not start:" >&2; cat "$srv/serve.out" >&2; exit 1; fi
echo "retailos-server listens on https://127.0.0.1:$server_port (log: $srv/server.log)"
admin() {
  build/default/sync/admin/retailos-admin --server "https://127.0.0.1:$server_port" --ca-file "$srv/cert.pem" \
    --token-file "$srv/admin-token" "$@"
}

step "HQ sets up the chain with retailos-admin: a store, tax classes, the catalogue"
admin stores create --store store-001 --name "Demo Store" --currency EUR --time-zone Europe/Berlin
cat > "$srv/tax.json" <<JSON
{"tax_rates": [{"id": "de-19", "name": "VAT 19 %", "rate_ppm": 190000},
               {"id": "de-7", "name": "VAT 7 %", "rate_ppm": 70000}],
 "tax_classes": [{"id": "standard", "name": "Standard", "rate_ids": ["de-19"]},
                 {"id": "reduced", "name": "Reduced", "rate_ids": ["de-7"]}]}
JSON
admin catalogue post "$srv/tax.json"
admin catalogue import "$csv"

step "HQ schedules a price change for tomorrow 06:00 (it reaches the lanes now, applies then)"
{
  echo "sku,price"
  sed -n '2,4p' "$csv" | cut -d, -f1 | paste -d, - <(printf '0.99\n1.49\n2.29\n')
} > "$srv/price-change.csv"
cat "$srv/price-change.csv"
admin prices schedule "$srv/price-change.csv" --from "$(date -d tomorrow +%F) 06:00" --time-zone Europe/Berlin

step "HQ creates a terminal for lane 1 (its one-time enrolment code is for the lane)"
admin terminals create --store store-001 --lane lane-01 --name "Lane 1"
admin terminals list --store store-001
echo "The server's health and metrics:"
curl -s --cacert "$srv/cert.pem" "https://127.0.0.1:$server_port/healthz"; echo

step "The lane window on the demo store's catalogue"
store="$out/store.db"
rm -f "$store" "$store-wal" "$store-shm"
"$bin" catalogue init --db "$store" >/dev/null
"$bin" catalogue import --db "$store" resources/demo/catalogue.csv
"$bin" staff add --db "$store" --code 1001 --name "Trinh Nguyen" --role cashier --pin 1234 >/dev/null
"$bin" staff add --db "$store" --code 2001 --name "Sam Okafor" --role supervisor --pin 9876 >/dev/null
# The lane's devices, all simulated with their real wire protocols: the
# ESC/POS printer on a free loopback port (receipts saved as text and PNG; its
# drawer closes 3 s after a kick, as if the cashier pushed it shut), and the
# serial scanner, scale and customer display on ptys. The scanner and scale
# read their commands from named pipes (the scripted shift writes to them).
# All are stopped when the demo ends, however it ends.
printed="$out/printed"
rm -rf "$printed" "$out/scanner.fifo" "$out/scale.fifo"
mkfifo "$out/scanner.fifo" "$out/scale.fifo"
sim_pids=("$server_pid")
trap 'kill "${sim_pids[@]}" 2>/dev/null || true' EXIT
tools=build/default/app/tools
# start_sim LOG COMMAND...: starts a simulator in this shell (so the trap
# above knows its pid) with its JSON lines going to LOG.
start_sim() {
  local log="$1"; shift
  "$@" > "$log" 2>&1 &
  sim_pids+=("$!")
}
# sim_value LOG KEY: waits for the simulator's first JSON line with KEY and
# prints its value ("listening" port, "pty" path).
sim_value() {
  local log="$1" key="$2" value=""
  for _ in $(seq 50); do
    value=$(sed -n "s/.*\"$key\":\"\{0,1\}\([^\",}]*\).*/\1/p" "$log" 2>/dev/null | head -1)
    [ -n "$value" ] && break
    sleep 0.1
  done
  if [ -z "$value" ]; then echo "demo.sh: the simulator logging to $log did not start:" >&2; cat "$log" >&2; exit 1; fi
  echo "$value"
}
start_sim "$out/printer-sim.log" \
  "$tools/printer_sim/retailos-printer-sim" --port 0 --out "$printed" --drawer-closes-after 3000
# The scanner and scale keep their pipe open for reading and writing ("<>"),
# so they neither block at start nor stop when one writer is done.
start_sim "$out/scanner-sim.log" sh -c "exec '$tools/scanner_sim/retailos-scanner-sim' --aim <> '$out/scanner.fifo'"
start_sim "$out/scale-sim.log" sh -c "exec '$tools/scale_sim/retailos-scale-sim' <> '$out/scale.fifo'"
start_sim "$out/display-sim.log" "$tools/display_sim/retailos-display-sim" --protocol epson
sim_port=$(sim_value "$out/printer-sim.log" listening)
scanner_pty=$(sim_value "$out/scanner-sim.log" pty)
scale_pty=$(sim_value "$out/scale-sim.log" pty)
display_pty=$(sim_value "$out/display-sim.log" pty)
echo "Printer simulator on 127.0.0.1:$sim_port (receipts go to $printed; its drawer closes 3 s after a kick)"
echo "Scanner on $scanner_pty, scale on $scale_pty, customer display on $display_pty"
# The demo store's quick keys (fruit and vegetables by PLU, bread, bags) and its devices.
cat > "$RETAILOS_CONFIG" <<JSON
{"ui": {"quick_keys": $(cat resources/demo/quick-keys.json)},
 "devices": {
   "printer": {"transport": "tcp", "host": "127.0.0.1", "port": $sim_port, "logo": ":/receipt/demo-logo.png"},
   "drawer": {"transport": "printer", "close_timeout_s": 30},
   "scanner": {"transport": "serial", "path": "$scanner_pty"},
   "scale": {"transport": "serial", "path": "$scale_pty", "data_bits": 7, "parity": "even"},
   "display": {"transport": "serial", "path": "$display_pty", "protocol": "epson"}}}
JSON
if [ "$headless" = 1 ] || [ -z "${DISPLAY:-}" ]; then
  shots="$out/screenshots"
  rm -rf "$shots"
  echo "Scripted shift through the real window (no display needed); screenshots go to $shots"
  QT_QPA_PLATFORM=offscreen "$bin" ui --db "$store" --windowed --demo-shift "$shots" \
    --demo-scanner "$out/scanner.fifo" --demo-scale "$out/scale.fifo"
  sleep 0.5
  echo
  echo "Printed by the simulator (text and PNG; the PNG's barcode and QR decode to the receipt number):"
  ls "$printed"
  echo "The drawer, kicked through the printer:"
  grep -h '"drawer' "$out/printer-sim.log" || true
  echo "Scanned by the scanner simulator, weighed by the scale simulator:"
  grep -h '"scanned"' "$out/scanner-sim.log" || true
  grep -h '"set"\|"request"' "$out/scale-sim.log" || true
  echo "What the customer display showed last:"
  grep '"line1"' "$out/display-sim.log" | tail -3
else
  echo "Sign in as cashier 1001 (PIN 1234); supervisor 2001 (PIN 9876) approves."
  echo "Try: 4006381333931 (milk), 73513537 (wine, age check), 4011 (bananas, weighed), F1 for the keys."
  echo "Scan from another terminal:   echo 4006381333931 > $out/scanner.fifo"
  echo "Put bananas on the scale:     echo 'weight 750' > $out/scale.fifo"
  "$bin" ui --db "$store" --windowed
fi

echo
echo "Demo files are in $out"
