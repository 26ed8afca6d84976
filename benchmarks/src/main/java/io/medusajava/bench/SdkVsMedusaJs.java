package io.medusajava.bench;

import io.medusajava.MedusaStore;
import io.medusajava.model.ProductListParams;

/**
 * The Java side of {@code bench/sdk-vs-medusa-js.sh}: sequential, single-thread {@code
 * products().list(limit=20)} calls against a server for a number of seconds, after a warm-up,
 * printed as "... N ops/s" (the last two words are what the script reads). It does what the shared
 * script's own {@code Bench.java} did with the SDK's earlier API, so its figures compare with
 * earlier runs.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.medusajava.bench.SdkVsMedusaJs URL [seconds]
 * </pre>
 */
public final class SdkVsMedusaJs {
  private SdkVsMedusaJs() {}

  public static void main(String[] args) {
    int secs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    try (MedusaStore store = MedusaStore.builder().baseUrl(args[0]).maxRetries(0).build()) {
      ProductListParams params = ProductListParams.builder().limit(20).build();
      for (int i = 0; i < 500; i++) {
        store.products().list(params).execute();
      }
      long end = System.nanoTime() + secs * 1_000_000_000L;
      int n = 0;
      while (System.nanoTime() < end) {
        store.products().list(params).execute();
        n++;
      }
      System.out.printf("medusa-java products.list(limit=20): %.1f ops/s%n", n / (double) secs);
    }
  }
}
