#!/usr/bin/env bash
# The SDK vs the official medusa-js client, sequential single-thread products.list(limit=20) against the
# standalone mock, alternating runs (3 each, 10 s); prints medians and the ratio. The same measurement as the
# shared ../shared/bench/sdk-vs-medusa-js.sh, whose Bench.java was written against the SDK's API before it
# was generated from the spec: this one runs io.medusajava.bench.SdkVsMedusaJs from the benchmarks jar and
# takes the JS side (client-throughput.mjs, package.json) from the shared folder.
#   bench/sdk-vs-medusa-js.sh [runs] [secs]      (build first: ./mvnw -q -B package -DskipTests)
# Besides the two summary lines it prints one "RESULT sdk_vs_js ..." line per round, which bench/run.sh reads.
# PORT picks the mock's port; by default a free one, so that two checkouts can measure at the same time.
set -u
cd "$(dirname "$0")/.."
runs=${1:-3}; secs=${2:-10}
# The shared bench folder sits beside the checkout (../shared), or beside a worktree's parent (../../shared).
shared=${SHARED_BENCH:-}
for d in ../shared/bench/sdk-vs-medusa-js ../../shared/bench/sdk-vs-medusa-js; do
  [ -z "$shared" ] && [ -f "$d/client-throughput.mjs" ] && shared=$d
done
[ -n "$shared" ] || { echo "set SHARED_BENCH to the shared sdk-vs-medusa-js folder" >&2; exit 1; }
conf=${TMPDIR:-/tmp}/sdk-vs-medusa-js
mkdir -p "$conf" && cp "$shared/package.json" "$shared/client-throughput.mjs" "$conf/"
[ -d "$conf/node_modules/@medusajs/medusa-js" ] || (cd "$conf" && npm install --no-audit --no-fund >/dev/null 2>&1)
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
url=http://127.0.0.1:$port
java -jar mock-server/target/medusa-mock-server.jar --port "$port" --bind 127.0.0.1 >/dev/null 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null' EXIT
for _ in $(seq 1 240); do curl -fs -o /dev/null "$url/health" && break; sleep 0.25; done
j=(); n=()
for i in $(seq 1 "$runs"); do
  j+=($(java -cp benchmarks/target/benchmarks.jar io.medusajava.bench.SdkVsMedusaJs "$url" "$secs" \
    | awk '{print $(NF-1)}'))
  n+=($(cd "$conf" && node client-throughput.mjs "$url" "$secs" | awk '{print $(NF-1)}'))
  echo "RESULT sdk_vs_js round=$i java_ops_s=${j[-1]} js_ops_s=${n[-1]}"
done
med() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mj=$(med "${j[@]}"); mn=$(med "${n[@]}")
echo "medusa-java runs: ${j[*]}  medusa-js runs: ${n[*]}"
echo "median ops/s: medusa-java $mj, medusa-js $mn, ratio $(echo "scale=2; $mj / $mn" | bc)"
