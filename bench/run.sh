#!/usr/bin/env bash
# Runs every benchmark once, prints one table and writes BENCHMARKS.md from that same run.
# Short on purpose (a few one-second JMH iterations, ten-second load runs, a one-minute soak): the whole run stays
# under ~15 minutes on a shared 2-core machine. SKIP_BUILD=1 reuses the jars already built. The mock's load figures
# come from wrk in its own process (bench/mock-load.sh; needs the Debian package wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
COMMAND="${SKIP_BUILD:+SKIP_BUILD=$SKIP_BUILD }${STARTS:+STARTS=$STARTS }${COLD_STARTS:+COLD_STARTS=$COLD_STARTS }${SETTLE_SECS:+SETTLE_SECS=$SETTLE_SECS }${SOAK_SECS:+SOAK_SECS=$SOAK_SECS }bench/run.sh${*:+ $*}"
OUT=benchmarks/target/bench-run
rm -rf "$OUT" && mkdir -p "$OUT"
JAR=benchmarks/target/benchmarks.jar
MOCK_JAR=mock-server/target/medusa-mock-server.jar
STARTS=${STARTS:-5}
COLD_STARTS=${COLD_STARTS:-7}
SETTLE_SECS=${SETTLE_SECS:-10}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building (sdk, mock-server, benchmarks) ..." >&2
  # package, never install: ~/.m2 is shared, and installed SNAPSHOTs would reach other checkouts' builds.
  ./mvnw -q -B package -DskipTests -pl benchmarks -am >&2
fi

echo "1/7 JMH: SDK overhead and decoding ..." >&2
java -jar "$JAR" 'io.medusajava.bench.(SdkOverheadBench|DecodeBench)' \
  -f 1 -wi 3 -w 1s -i 5 -r 1s -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.txt" 2>&1
grep -m1 'page bytes:' "$OUT/jmh.txt" > "$OUT/page-bytes.txt"

echo "2/7 auto-paging 100,000 products (client JVM -Xmx64m) ..." >&2
java -cp "$JAR" io.medusajava.bench.Paging 100000 64m > "$OUT/paging.txt" 2>&1

echo "3/7 mock under load with wrk: mock vs plain WireMock, checkouts, soak in -Xmx256m ..." >&2
bench/mock-load.sh "$OUT" > "$OUT/load.txt"

# Starts the standalone mock on a free port and waits (at most 60 s) for its ready line; sets mock_pid and mock_url.
start_mock() {
  java -jar "$MOCK_JAR" --port 0 --bind 127.0.0.1 > "$1" 2>&1 &
  mock_pid=$!
  for _ in $(seq 6000); do
    grep -q 'medusa mock server ready on' "$1" && break
    sleep 0.01
  done
  mock_url=$(grep -o 'ready on .*' "$1" | awk '{print $3}')
}

echo "4/7 standalone mock start-to-ready, $STARTS starts ..." >&2
for i in $(seq "$STARTS"); do
  t0=$(date +%s%N)
  start_mock "$OUT/mock-start-$i.log"
  t1=$(date +%s%N)
  echo "RESULT mockstart ms=$(( (t1 - t0) / 1000000 ))" >> "$OUT/mockstart.txt"
  kill "$mock_pid" && wait "$mock_pid" 2>/dev/null || true
done

# The client's cold start, not the mock's: a mock that has just started is still compiling on the same 2 CPUs and
# answers its first requests slowly. So one mock, left to settle, answers one unrecorded call, then each run is a
# fresh client JVM.
echo "5/7 SDK cold start: $COLD_STARTS fresh client JVMs against one settled mock ..." >&2
start_mock "$OUT/mock-coldstart.log"
sleep "$SETTLE_SECS"
java -cp "$JAR" io.medusajava.bench.ColdStart "$mock_url" > "$OUT/coldstart-warmup.txt" 2>&1
echo "RESULT load before=$(cut -d' ' -f1 /proc/loadavg)" > "$OUT/coldstart-load.txt"
for i in $(seq "$COLD_STARTS"); do
  java -cp "$JAR" io.medusajava.bench.ColdStart "$mock_url" >> "$OUT/coldstart.txt" 2>&1
done
echo "RESULT load after=$(cut -d' ' -f1 /proc/loadavg)" >> "$OUT/coldstart-load.txt"
kill "$mock_pid" && wait "$mock_pid" 2>/dev/null || true

echo "6/7 SDK vs medusa-js, sequential products.list(limit=20) on the same mock, 3 alternating rounds ..." >&2
bench/sdk-vs-medusa-js.sh 3 10 > "$OUT/sdk-vs-js.txt" 2>&1

echo "7/7 R8: dex size the SDK adds to the shrunk test app (R8ShrinkTest) ..." >&2
R8_SIZE=sdk-android/target/r8-test/dex-size.txt
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$R8_SIZE" ]; then
  ./mvnw -q -B test -pl sdk-android -am -Dtest=R8ShrinkTest -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false >&2
fi
cp "$R8_SIZE" "$OUT/r8-size.txt"

python3 bench/report.py "$OUT" "$COMMAND"
