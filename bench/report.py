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
row("Decoding", "same bytes into Map (untyped floor)", f"{mb_s(untyped):.1f} MB/s ({untyped:.0f} µs)",
    f"typed/Map time {typed / untyped:.2f}×")
row("Auto-paging", f"{int(paging['products']):,} products, pages of 100, client -Xmx{paging['max_heap_mb']}m",
    f"{int(paging['ms']) / 1000:.1f} s, peak heap {float(paging['peak_heap_mb']):.1f} MB", "flat, ≤ 64 MB")
for key, label in (("products_mock", "mock: GET /store/products?limit=20"),
                   ("products_wiremock", "plain WireMock, static stub of the same body"),
                   ("checkout_mock", "mock: whole checkout (9 requests)")):
    r = load[key]
    unit = "checkouts/s" if key.startswith("checkout") else "req/s"
    row("Mock load (16 conn)", label,
        f"{float(r['per_s']):.0f} {unit}, p50 {float(r['p50_ms']):.1f} ms, p99 {float(r['p99_ms']):.1f} ms"
        + (f", {r['errors']} errors" if r["errors"] != "0" else ""))
ratio = float(load["products_mock"]["per_s"]) / float(load["products_wiremock"]["per_s"])
row("Mock load (16 conn)", "mock ÷ WireMock throughput", f"ratio {ratio:.2f}", "≥ 0.5")
row("Mock start", "standalone jar, launch to 'ready' line", f"{mockstart:.0f} ms (median of {len(results('mockstart.txt'))})")
row("Cold start", "fresh JVM to first successful SDK call", f"{coldstart:.0f} ms (median of {len(results('coldstart.txt'))})")

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
- **Mock load**: 16 threads, each with its own connection, closed loop on 127.0.0.1 for 2 s warm-up and 5 s measured
  (and at most 50,000 requests per thread). The load generator, the mock and WireMock share the same JVM and 2 CPUs.
  Checkouts use the SDK: create cart, two line items, update, shipping options, shipping method, payment sessions,
  select session, complete.
- **Mock start**: `java -jar mock-server/target/medusa-mock-server.jar --port 0` until it prints
  `medusa mock server ready on ...`, timed from the shell.
- **Cold start**: a fresh JVM, from its start time (`RuntimeMXBean`) to the first successful
  `store.regions().list()` against the standalone mock.

Raw output of the run is in `benchmarks/target/bench-run/`.
"""
open("BENCHMARKS.md", "w").write(md)
