"""Turns one bench/run.sh run into the table it prints and BENCHMARKS.md. Medians throughout."""
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys

out, command = sys.argv[1], sys.argv[2]
soak_secs = int(os.environ.get("SOAK_SECS", "60"))
settle_secs = int(os.environ.get("SETTLE_SECS", "10"))


def results(name):
    rows = []
    with open(os.path.join(out, name)) as f:
        for line in f:
            if line.startswith("RESULT "):
                parts = line.split()
                rows.append((parts[1], parts[2] if "=" not in parts[2] else None,
                             dict(p.split("=", 1) for p in parts[2:] if "=" in p)))
    return rows


# JMH: the median of the measured iterations of each benchmark (microseconds per operation).
jmh = {}
for b in json.load(open(os.path.join(out, "jmh.json"))):
    raw = [x for fork in b["primaryMetric"]["rawData"] for x in fork]
    jmh[b["benchmark"].rsplit(".", 1)[1]] = statistics.median(raw)
# JMH prints the setup's line after its "# Warmup Iteration 1:" prefix, so look for the number itself.
page_bytes = int(re.search(r"page bytes: (\d+)", open(os.path.join(out, "page-bytes.txt")).read()).group(1))
mb_s = lambda us: page_bytes / (us / 1e6) / 1e6

paging = results("paging.txt")[0][2]
load = {r[1]: r[2] for r in results("load.txt")}
mockstart = statistics.median(int(r[2]["ms"]) for r in results("mockstart.txt"))
coldstart = statistics.median(int(r[2]["ms"]) for r in results("coldstart.txt"))

rows = []
def row(area, what, value, target=""):
    rows.append((area, what, value, target))

for call, name in (("GET /store/products?limit=20", "listProducts"), ("POST line-items", "addLineItem")):
    sdk, raw = jmh[name + "Sdk"], jmh[name + "Raw"]
    row("SDK overhead", f"{call}: SDK {sdk:.1f} µs, OkHttp+Moshi {raw:.1f} µs", f"ratio {sdk / raw:.3f}", "≤ 1.05")
typed, untyped = jmh["typedModels"], jmh["untypedMap"]
row("Decoding", f"100-product page ({page_bytes / 1024:.0f} KiB) into generated models",
    f"{mb_s(typed):.1f} MB/s ({typed:.0f} µs)")
row("Decoding", "same bytes into Map (untyped floor)", f"{mb_s(untyped):.1f} MB/s ({untyped:.0f} µs)")
row("Decoding", "typed ÷ Map time, same page", f"ratio {typed / untyped:.2f}", "≤ 1.00")
row("Auto-paging", f"{int(paging['products']):,} products, pages of 100, client -Xmx{paging['max_heap_mb']}m",
    f"{int(paging['ms']) / 1000:.1f} s, peak heap {float(paging['peak_heap_mb']):.1f} MB", "flat, ≤ 64 MB")
def median_of(name, field):
    return statistics.median(float(r[2][field]) for r in results("load.txt") if r[1] == name)


rounds = sum(1 for r in results("load.txt") if r[1] == "products_mock")
page_kb = int(next(r[2]["bytes"] for r in results("load.txt") if r[1] == "products_mock")) / 1024
for key, label in (("products_mock", f"mock: GET /store/products?limit=20 ({page_kb:.0f} KiB)"),
                   ("products_wiremock", "plain WireMock, static stub of the same body")):
    errors = sum(int(r[2]["errors"]) for r in results("load.txt") if r[1] == key)
    row("Mock load (wrk, 16 conn)", label,
        f"{median_of(key, 'per_s'):.0f} req/s, p50 {median_of(key, 'p50_ms'):.1f} ms, p99 {median_of(key, 'p99_ms'):.1f} ms"
        + (f", {errors} non-2xx" if errors else ""))
ratio = median_of("products_mock", "per_s") / median_of("products_wiremock", "per_s")
row("Mock load (wrk, 16 conn)", f"mock ÷ WireMock throughput (medians of {rounds} alternating rounds)",
    f"ratio {ratio:.2f}", "≥ 0.5")
checkout = load["checkout_mock"]
row("Mock load (wrk, 16 conn)", "mock: whole guest checkouts (9 requests each)",
    f"{float(checkout['per_s']):.0f} checkouts/s ({float(checkout['requests_per_s']):.0f} req/s)"
    + (f", {checkout['errors']} failed steps" if checkout["errors"] != "0" else ""))
soak = next(r[2] for r in results("load.txt") if r[0] == "soak")
row("Soak", f"{soak_secs} s of products pages, 16 conn, mock in -Xmx256m",
    f"{int(soak['requests']):,} requests, {soak['non2xx']} non-2xx, live heap {soak['heap_before_mb']} → "
    f"{soak['heap_after_mb']} MB, /health {soak['health']}, OOM lines {soak['oom']}", "flat heap, no error")
row("Mock start", "standalone jar, launch to 'ready' line", f"{mockstart:.0f} ms (median of {len(results('mockstart.txt'))})")
load = {k: v for r in results("coldstart-load.txt") for k, v in r[2].items()}
row("Cold start", f"fresh client JVM to first successful SDK call, one settled mock (load {load['before']} → {load['after']})",
    f"{coldstart:.0f} ms (median of {len(results('coldstart.txt'))})", "≤ 800 ms")
js_rounds = [r[2] for r in results("sdk-vs-js.txt")]
java_ops = statistics.median(float(r["java_ops_s"]) for r in js_rounds)
js_ops = statistics.median(float(r["js_ops_s"]) for r in js_rounds)
row("SDK vs medusa-js", f"sequential products.list(limit=20) on the standalone mock: SDK {java_ops:.0f} ops/s, "
    f"medusa-js {js_ops:.0f} ops/s", f"ratio {java_ops / js_ops:.2f}", "≥ 1.2")
r8 = results("r8-size.txt")[0][2]
row("R8 size", "dex the SDK's calls add to the shrunk test app (SDK, OkHttp, Retrofit, Moshi, Kotlin, Okio)",
    f"{int(r8['sdk_adds']) / 1024:.0f} KiB, of which the SDK's own classes {int(r8['sdk_own']) / 1024:.0f} KiB")

widths = [max(len(r[i]) for r in rows + [("area", "measure", "result", "target")]) for i in range(4)]
def line(cells):
    return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"
table = [line(("area", "measure", "result", "target")), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
table += [line(r) for r in rows]
print("\n".join(table))


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return "?"

cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor()
mem_kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
jdk = sh("java -version 2>&1 | head -2 | tr '\\n' ' '")
load_avg = open("/proc/loadavg").read().split()[:3]

secs = os.environ.get("SECS", "10")
md = f"""# Benchmarks

One run of `{command}` on {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}.
Figures are medians (JMH: median of the measured iterations); ratios compare figures of this same run.

Machine: {sh('nproc')} CPUs ({cpu}), {mem_kb / 1048576:.1f} GiB memory, {jdk.strip()}, {platform.system()} {platform.release()}.
The machine was shared with other builds during the run (load average {' '.join(load_avg)} at the end), so absolute
numbers are noisy; ratios taken side by side in one run are the figures to compare.

{chr(10).join(table)}

## What each figure is

- **SDK overhead**: JMH, average time per call (1 fork, 3×1 s warm-up, 5×1 s measured), against one in-process
  MockWebServer answering with fixed bodies taken from the mock. "OkHttp+Moshi" is a hand-written call with the same
  generated models and Moshi adapters; the ratio is SDK time ÷ hand-written time.
- **Decoding**: JMH, one 100-product `GET /store/products` page from the mock, decoded from bytes into
  `StoreProductsListRes` and, with a plain Moshi, into `Map<String, Object>`.
- **Auto-paging**: a seed of 100,000 products generated at run time; the mock runs in one JVM, the client in a child
  JVM with `-Xmx64m` that walks `products().listAll(...)` and samples `MemoryMXBean` heap use every 5 ms.
- **Mock load**: `bench/mock-load.sh`. `wrk -t2 -c16` in its own process against the standalone mock jar in its
  own JVM, and against plain WireMock (the same WireMock version, from the mock's jar, `bench/StaticWireMock.java`)
  in a third JVM serving the mock's own products body as a static stub; 2 s warm-up, then {secs} s measured, the
  two alternated {rounds} times; figures are medians of the rounds. Checkouts: `wrk -t16 -c16 -s bench/checkout.lua`,
  one guest checkout after another per connection (create cart, two line items, e-mail and address, shipping
  options, shipping method, payment sessions, select the manual provider, complete) on a seed stocked deep enough.
  All processes share the machine's 2 CPUs, wrk included.
- **Soak**: the standalone mock in `-Xmx256m` under `wrk -t2 -c16` on the products page for {soak_secs} s; live
  heap is read with `jcmd GC.heap_info` right after a `jcmd GC.run`, after a 5 s warm-up and again at the end.
- **Mock start**: `java -jar mock-server/target/medusa-mock-server.jar --port 0` until it prints
  `medusa mock server ready on ...`, timed from the shell.
- **Cold start**: `benchmarks` `ColdStart` in a fresh JVM (`java -cp benchmarks.jar`, default flags), from the JVM's
  start time (`RuntimeMXBean`, read after the call) to the first successful `store.regions().list().execute()`
  against the standalone mock. One mock serves every run: started once, left {settle_secs} s to settle and warmed with
  one unrecorded run, so that its own start (it compiles on the same 2 CPUs, and answers its first requests slowly)
  is not counted as the client's. Until 2026-12-04 each run followed a fresh mock start, which added 0.2–0.3 s.
  The load is the 1-minute load average before and after the runs.
- **SDK vs medusa-js**: `bench/sdk-vs-medusa-js.sh`: one standalone mock, then alternately the SDK
  (`benchmarks` `SdkVsMedusaJs`, a fresh JVM with 500 calls of warm-up) and the official `@medusajs/medusa-js`
  client on Node, each calling `products.list(limit=20)` one call after another for 10 s; {len(js_rounds)} rounds each,
  medians of the rounds. Rounds: SDK {', '.join(r['java_ops_s'] for r in js_rounds)} ops/s; medusa-js
  {', '.join(r['js_ops_s'] for r in js_rounds)} ops/s. Client and mock share the 2 CPUs.
- **R8 size**: `R8ShrinkTest` shrinks a small app (`sdk-android/src/test/resources/r8app/ShrinkApp.java`: regions,
  products, a cart with a line item, a oneOf) with the rules the jars ship, dexes the result with D8 (min API 21)
  and subtracts the dex of the same app's own code without the SDK ({r8['baseline']} bytes). The SDK's own share is
  the dex of the shrunk `io.medusajava` classes alone; the whole shrunk app is {int(r8['app']) / 1024:.0f} KiB of dex.

Raw output of the run is in `benchmarks/target/bench-run/`.
"""
open("BENCHMARKS.md", "w").write(md)
