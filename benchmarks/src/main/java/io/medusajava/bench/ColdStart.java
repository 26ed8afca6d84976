package io.medusajava.bench;

import io.medusajava.MedusaStore;
import java.lang.management.ManagementFactory;

/** Time from this JVM's start to the first successful SDK call: run it in a fresh JVM. */
public final class ColdStart {
  public static void main(String[] args) {
    try (MedusaStore store = MedusaStore.builder().baseUrl(args[0]).build()) {
      int regions = store.regions().list().execute().items().size();
      long now = System.currentTimeMillis();
      // Read only now: the start time is fixed when the JVM starts, and loading the management
      // classes that report it (tens of milliseconds) is the benchmark's own cost, not the SDK's.
      long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
      System.out.printf("RESULT coldstart ms=%d regions=%d%n", now - jvmStart, regions);
    }
  }
}
