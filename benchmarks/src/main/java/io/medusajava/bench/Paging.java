package io.medusajava.bench;

import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Serves a generated big seed from this JVM and auto-pages it from a child JVM with a small heap.
 */
public final class Paging {
  public static void main(String[] args) throws Exception {
    int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String xmx = args.length > 1 ? args[1] : "64m";
    Path seed = BigSeed.write(products);
    try (MedusaMockServer server =
        new MedusaMockServer(
                MockServerOptions.defaults().port(0).bindAddress("127.0.0.1").seedFile(seed))
            .start()) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String cp = System.getProperty("java.class.path");
      Process child =
          new ProcessBuilder(
                  List.of(
                      java,
                      "-Xmx" + xmx,
                      "-cp",
                      cp,
                      PagingClient.class.getName(),
                      server.baseUrl(),
                      "100"))
              .redirectErrorStream(true)
              .start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
        for (String line; (line = out.readLine()) != null; ) {
          System.out.println(line);
        }
      }
      if (!child.waitFor(10, TimeUnit.MINUTES) || child.exitValue() != 0) {
        throw new IllegalStateException("paging child failed");
      }
    }
  }
}
