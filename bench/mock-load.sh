#!/usr/bin/env bash
# The mock under load, measured from outside: wrk in its own process against the standalone mock in its own JVM.
#   1. GET /store/products?limit=20 on the mock vs plain WireMock serving the very same body as a static stub
#      (bench/StaticWireMock.java: the WireMock of the mock's own jar, in another JVM), alternated ROUNDS times.
#   2. Whole guest checkouts (bench/checkout.lua, nine requests each) on a mock with a deep-stock seed.
#   3. A soak: SOAK_SECS of products pages at 16 connections on a mock in -Xmx256m; live heap after a full GC
#      before and after, /health after, OutOfMemoryError lines in its log.
# Prints RESULT lines (bench/report.py reads them). Needs wrk (Debian package wrk), jcmd, python3, curl.
#   bench/mock-load.sh [out-dir]      env: SECS (10), ROUNDS (3), SOAK_SECS (60)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-benchmarks/target/bench-run}
SECS=${SECS:-10}; ROUNDS=${ROUNDS:-3}; SOAK_SECS=${SOAK_SECS:-60}
MOCK_JAR=mock-server/target/medusa-mock-server.jar
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 1 400); do curl -fs -o /dev/null "$1" && return 0; sleep 0.05; done; echo "not up: $1" >&2; return 1; }
# Starts the standalone mock with extra JVM and mock arguments; sets MOCK_PID and MOCK_URL.
start_mock() { # log jvm-args... -- mock-args...
  local log=$1; shift; local jvm=(); while [ "$1" != -- ]; do jvm+=("$1"); shift; done; shift
  local port; port=$(free_port)
  java "${jvm[@]}" -jar "$MOCK_JAR" --port "$port" "$@" > "$log" 2>&1 & MOCK_PID=$!; pids+=("$MOCK_PID")
  MOCK_URL=http://127.0.0.1:$port; wait_up "$MOCK_URL/health"
}
# wrk -t2 -c16 for SECS after a 2 s warm-up; prints "req/s p50 p99" (latencies in ms).
products() {
  wrk -t2 -c16 -d2s "$1" > /dev/null
  wrk -t2 -c16 -d"${SECS}s" --latency "$1" | tee -a "$OUT/wrk-products.txt" | python3 -c '
import re, sys
t = sys.stdin.read()
def ms(v):
    n, u = re.match(r"([\d.]+)(\w+)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[u]
rps = re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)
lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", t, re.M))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
print(rps, ms(lat["50"]), ms(lat["99"]), bad.group(1) if bad else 0)'
}
live_heap_mb() { # pid: MB in use right after a full GC
  jcmd "$1" GC.run > /dev/null
  jcmd "$1" GC.heap_info | python3 -c 'import re,sys; print(round(int(re.search(r"used (\d+)K", sys.stdin.read()).group(1)) / 1024, 1))'
}

echo "  products page: mock vs static WireMock, $ROUNDS rounds of ${SECS} s ..." >&2
start_mock "$work/mock.log" -- ; mock=$MOCK_URL
mkdir -p "$work/wm/mappings" "$work/wm/__files"
curl -fs "$mock/store/products?limit=20" > "$work/wm/__files/products.json"
cat > "$work/wm/mappings/products.json" <<'J'
{"request":{"method":"GET","urlPath":"/store/products"},"response":{"status":200,"bodyFileName":"products.json","headers":{"Content-Type":"application/json; charset=utf-8"}}}
J
wm_port=$(free_port)
java -cp "$MOCK_JAR" bench/StaticWireMock.java "$wm_port" "$work/wm" > "$work/wm.log" 2>&1 &
pids+=($!)
wm=http://127.0.0.1:$wm_port; wait_up "$wm/store/products"
bytes=$(wc -c < "$work/wm/__files/products.json")
: > "$OUT/wrk-products.txt"
for r in $(seq "$ROUNDS"); do
  read -r rps p50 p99 bad <<< "$(products "$mock/store/products?limit=20")"
  echo "RESULT load products_mock round=$r per_s=$rps p50_ms=$p50 p99_ms=$p99 errors=$bad bytes=$bytes"
  read -r rps p50 p99 bad <<< "$(products "$wm/store/products?limit=20")"
  echo "RESULT load products_wiremock round=$r per_s=$rps p50_ms=$p50 p99_ms=$p99 errors=$bad bytes=$bytes"
done
kill "$MOCK_PID" "${pids[-1]}"

echo "  whole checkouts, ${SECS} s ..." >&2
python3 - "$work/deep-seed.json" <<'PY'
import json, sys
seed = json.load(open("mock-server/src/main/resources/io/medusajava/mock/seed.json"))
for p in seed["products"]:
    for v in p["variants"]:
        v["inventory_quantity"] = 10_000_000
json.dump(seed, open(sys.argv[1], "w"))
PY
start_mock "$work/checkout.log" -- --seed "$work/deep-seed.json"
args=$(curl -fs "$MOCK_URL/store/regions" | python3 -c 'import json,sys; print(json.load(sys.stdin)["regions"][0]["id"])')
args="$args $(curl -fs "$MOCK_URL/store/products?limit=2" | python3 -c 'import json,sys; print(" ".join(p["variants"][0]["id"] for p in json.load(sys.stdin)["products"]))')"
args="$args $(curl -fs "$MOCK_URL/store/shipping-options?region_id=${args%% *}" | python3 -c 'import json,sys; print(min((o for o in json.load(sys.stdin)["shipping_options"] if not o.get("is_return")), key=lambda o: o["amount"])["id"])')"
wrk -t16 -c16 -d5s -s bench/checkout.lua "$MOCK_URL" -- $args > /dev/null
wrk -t16 -c16 -d"${SECS}s" --latency -s bench/checkout.lua "$MOCK_URL" -- $args | tee "$OUT/wrk-checkout.txt" | python3 -c '
import re, sys
t = sys.stdin.read()
m = re.search(r"checkouts (\d+) in ([\d.]+) s: ([\d.]+) checkouts/s, failed steps (\d+)", t)
rps = re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)
print(f"RESULT load checkout_mock per_s={m.group(3)} requests_per_s={rps} errors={m.group(4)}")'
kill "$MOCK_PID"

echo "  soak: ${SOAK_SECS} s of products pages in -Xmx256m ..." >&2
start_mock "$work/soak.log" -Xmx256m -- 
wrk -t2 -c16 -d5s "$MOCK_URL/store/products?limit=20" > /dev/null
before=$(live_heap_mb "$MOCK_PID")
wrk -t2 -c16 -d"${SOAK_SECS}s" --timeout 5s "$MOCK_URL/store/products?limit=20" > "$OUT/wrk-soak.txt" 2>&1
after=$(live_heap_mb "$MOCK_PID")
health=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$MOCK_URL/health")
python3 - "$OUT/wrk-soak.txt" "$before" "$after" "$health" "$(grep -c OutOfMemoryError "$work/soak.log" || true)" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
n = re.search(r"(\d+) requests in", t).group(1)
rps = re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
sock = re.search(r"Socket errors: (.*)", t)
print(f"RESULT soak products requests={n} per_s={rps} non2xx={bad.group(1) if bad else 0} "
      f"socket_errors={'yes' if sock else 'none'} heap_before_mb={sys.argv[2]} heap_after_mb={sys.argv[3]} "
      f"health={sys.argv[4]} oom={sys.argv[5]}")
PY
