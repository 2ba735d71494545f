#!/usr/bin/env bash
# End to end through the real `retailos` binary, as the demo and an installer
# use it: generate, init, import (good and bad files), look up, search.
# Usage: cli_catalogue_test.sh path/to/retailos
set -uo pipefail
bin="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RETAILOS_CONFIG="$work/retailos.json" RETAILOS_DATA_DIR="$work/data"
failures=0
passes=0
check() { # check DESCRIPTION EXPECTED-EXIT PATTERN command...
  local what="$1" want="$2" pattern="$3"; shift 3
  local output code
  output=$("$@" 2>&1); code=$?
  if [ "$code" -ne "$want" ] || ! grep -qE -- "$pattern" <<<"$output"; then
    echo "FAIL: $what (exit $code, wanted $want; output must match /$pattern/)"; echo "$output" | head -20
    failures=$((failures + 1))
  else
    echo "PASS: $what"; passes=$((passes + 1))
  fi
}
db="$work/lane.db"

check "generate CSV" 0 "Wrote 2000 products" "$bin" catalogue generate --items 2000 --csv "$work/c.csv"
check "import into a mistyped path creates nothing" 1 "cannot be opened" "$bin" catalogue import --db "$work/typo.db" "$work/c.csv"
[ ! -e "$work/typo.db" ] || { echo "FAIL: typo.db was created"; failures=$((failures + 1)); }
check "init replica" 0 "demo tax classes" "$bin" catalogue init --db "$db"
check "init again keeps the tax classes" 0 "nothing changed" "$bin" catalogue init --db "$db"
cat > "$work/bad.csv" <<'CSV'
sku,name,department,tax_class,price,currency,barcodes
T1,Tea,pantry,reduced,1.99,EUR,4006381333931
T2,Coffee,pantry,reduced,"4,99",EUR,
CSV
check "bad file refused with line and column" 1 "line 3, price: bad price \"4,99\"" "$bin" catalogue import --db "$db" "$work/bad.csv"
check "nothing imported from bad file" 1 "No item has the barcode" "$bin" lookup --db "$db" 4006381333931
check "import generated CSV" 0 "Imported [0-9]+ rows \(0 skipped\)" "$bin" catalogue import --db "$db" "$work/c.csv"
ean=$(sed -n '2p' "$work/c.csv" | cut -d, -f7 | cut -d'|' -f1)
name=$(sed -n '2p' "$work/c.csv" | cut -d, -f2)
check "look-up by EAN-13" 0 "SKU0000001  $name" "$bin" lookup --db "$db" "$ean"
upc=$(awk -F, 'NR>1 && length($7)==12 {print $7; exit}' "$work/c.csv")
check "UPC-A and its EAN-13 form find one item" 0 "0$upc: SKU" "$bin" lookup --db "$db" "$upc" "0$upc"
check "wrong check digit names the right one" 1 "Check digit should be" "$bin" lookup --db "$db" 4006381333932
LANG=de_DE.UTF-8 check "German messages with LANG=de_DE" 1 "Prüfziffer" "$bin" lookup --db "$db" 4006381333932
check "search with folded accents" 0 "Crème" "$bin" search --db "$db" --limit 50 creme
check "search nothing" 1 "Nothing matches" "$bin" search --db "$db" zzzzqqq
check "usage error" 2 "Usage" "$bin" lookup
check "bad limit" 2 "limit" "$bin" search --db "$db" --limit abc milk
: > "$work/empty.db"
check "lookup in a file that is not a replica" 1 "not a Retail OS lane database" "$bin" lookup --db "$work/empty.db" 4011
check "log file written" 0 "finished with exit code" cat "$work/data/logs/retailos.log"
"$bin" staff add --db "$db" --code 3001 --name "Log Test" --role cashier --pin 8642 >/dev/null 2>&1
if grep -q 8642 "$work/data/logs/retailos.log"; then
  echo "FAIL: a PIN reached the log file"; failures=$((failures + 1))
else
  echo "PASS: PINs never reach the log file"; passes=$((passes + 1))
fi
# A store whose scales print prefix-24 labels (4-digit PLU, 6-digit weight in g).
ean13() { local b="$1" sum=0 i; for i in $(seq 0 11); do sum=$((sum + ${b:i:1} * (i % 2 ? 3 : 1))); done; echo "$b$(( (10 - sum % 10) % 10 ))"; }
plu=$(awk -F, 'NR>1 && length($8)==4 {print $8; exit}' "$work/c.csv")
label=$(ean13 "24${plu}001250")
check "prefix 24 unknown by default" 1 "No rule for prefix 24" "$bin" lookup --db "$db" "$label"
cat > "$RETAILOS_CONFIG" <<'JSON'
{"scanning": {"embedded": [{"prefix": "24", "kind": "weight", "item_start": 2, "item_length": 4,
  "value_length": 6, "value_decimals": 3, "lookup": "plu"}]}}
JSON
check "configured prefix 24 weight label" 0 "label weight 1250 g" "$bin" lookup --db "$db" "$label"
echo '{"log": {"level": "chatty"}}' > "$RETAILOS_CONFIG"
check "bad log level names the key" 1 "log.level" "$bin" lookup --db "$db" 4011

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
