package io.medusajava.reliability;

import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * The mock in a JVM of its own for {@link MockSoakTest}, so its heap is small and measured alone.
 * Prints {@code port N}, then answers each {@code heap} line on stdin with {@code heap BYTES}: the
 * heap in use right after full collections, and each {@code events} line with {@code events KEPT
 * DROPPED BYTES}: the events the outbox holds, how many it dropped, and the live heap they took
 * (measured by emptying it). Exits when stdin closes.
 */
public final class SoakServer {
  private SoakServer() {}

  public static void main(String[] args) throws Exception {
    try (MedusaMockServer server =
        new MedusaMockServer(MockServerOptions.defaults().port(0)).start()) {
      System.out.println("port " + server.port());
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null; ) {
        if (line.equals("heap")) {
          System.out.println("heap " + liveHeap());
          System.out.flush();
        } else if (line.equals("events")) {
          // What the full outbox holds, then the live heap without it: the difference is the
          // outbox's memory.
          long full = liveHeap();
          int kept = server.events().events().size();
          long dropped = server.events().dropped();
          server.events().clear();
          System.out.println("events " + kept + " " + dropped + " " + (full - liveHeap()));
          System.out.flush();
        }
      }
    }
  }

  /**
   * Used heap after full collections, the lowest of a few, so garbage still on its way out is not
   * counted.
   */
  private static long liveHeap() throws InterruptedException {
    long lowest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
      lowest = Math.min(lowest, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return lowest;
  }
}
