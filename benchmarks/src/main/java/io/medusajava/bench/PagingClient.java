package io.medusajava.bench;

import io.medusajava.MedusaStore;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.ProductListParams;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Auto-pages every product of a server and reports wall time and the peak heap seen. Run in its own
 * JVM (run.sh gives it -Xmx64m) so the heap is the client's alone, not the mock's.
 */
public final class PagingClient {
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();

    long count = 0;
    long start = System.nanoTime();
    try (MedusaStore store =
        MedusaStore.builder().baseUrl(baseUrl).readTimeout(Duration.ofSeconds(60)).build()) {
      for (PricedProduct p :
          store.products().listAll(ProductListParams.builder().limit(pageSize).build())) {
        if (p.getId() != null) {
          count++;
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    sampler.interrupt();
    sampler.join();
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    System.out.printf(
        "RESULT paging products=%d ms=%d peak_heap_mb=%.1f max_heap_mb=%d%n",
        count, millis, peak.get() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
  }
}
