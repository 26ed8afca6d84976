package io.medusajava.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.MedusaStore;
import io.medusajava.mock.domain.seed.Seed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --seed-from}: capture a store and save it, or capture and serve; each failure is one line.
 */
class SeedFromCommandTest {
  record Exit(int status, List<String> out, List<String> err) {}

  private static MedusaMockServer store;

  @BeforeAll
  static void start() {
    // A catalog unlike the bundled one, so a served capture cannot be mistaken for the default
    // seed.
    Seed small = Seed.loadDefault();
    small.products = new ArrayList<>(small.products.subList(0, 3));
    small.orders.clear();
    small.orderEdits.clear();
    small.paymentCollections.clear();
    store = new MedusaMockServer(MockServerOptions.defaults().seed(small)).start();
  }

  @AfterAll
  static void stop() {
    store.stop();
  }

  private static Exit run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Exit(
        status,
        out.toString(StandardCharsets.UTF_8).lines().toList(),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void saveSeedWritesTheCaptureAndExits(@TempDir Path dir) {
    Path file = dir.resolve("shop.json");
    Exit exit = run("--seed-from", store.baseUrl(), "--save-seed", file.toString());
    assertEquals(0, exit.status(), exit.err().toString());
    assertEquals(
        List.of("saved the seed to " + file + "; serve it with --seed " + file), exit.out());
    assertEquals(1, exit.err().size(), exit.err().toString());
    assertTrue(
        exit.err()
            .get(0)
            .matches(
                "captured 2 regions, 3 products \\(\\d+ variants\\), 6 shipping options"
                    + " in \\d+\\.\\d s"),
        exit.err().get(0));
    assertEquals(3, Seed.load(file).products.size());
  }

  @Test
  void withoutSaveSeedTheCaptureIsServed() {
    Exit exit = run("--port", "0", "--seed-from", store.baseUrl());
    try {
      assertEquals(0, exit.status(), exit.err().toString());
      assertTrue(
          exit.out().get(0).startsWith("medusa mock server ready on "), exit.out().toString());
      try (MedusaStore served = MedusaStore.builder().baseUrl(Main.lastStarted.baseUrl()).build()) {
        assertEquals(3, served.products().list().execute().count());
      }
    } finally {
      Main.lastStarted.stop();
    }
  }

  @Test
  void anUnreachableStoreIsOneLineAndStatusOne() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    Exit exit = run("--seed-from", "http://127.0.0.1:" + port, "--save-seed", "unused.json");
    assertEquals(1, exit.status());
    assertEquals(List.of(), exit.out());
    assertEquals(1, exit.err().size(), exit.err().toString());
    assertTrue(
        exit.err()
            .get(0)
            .startsWith("error: cannot reach the store at http://127.0.0.1:" + port + ": "),
        exit.err().get(0));
  }

  @Test
  void aCatalogOverTheLimitIsOneLine() {
    Exit exit =
        run("--seed-from", store.baseUrl(), "--max-products", "2", "--save-seed", "unused.json");
    assertEquals(1, exit.status());
    assertEquals(
        List.of(
            "error: the store at "
                + store.baseUrl()
                + " lists 3 products, over the capture limit"
                + " of 2 (raise it with --max-products or maxProducts)"),
        exit.err());
  }

  @Test
  void badCommandLinesExitWithTwo() {
    assertEquals(
        "error: --publishable-key, --save-seed and --max-products go with --seed-from",
        run("--save-seed", "x.json").err().get(0));
    assertEquals(
        "error: --seed and --seed-from cannot be used together",
        run("--seed", "pom.xml", "--seed-from", store.baseUrl()).err().get(0));
    assertEquals(
        "error: the store URL must be an http:// or https:// URL, was shop.example.com",
        run("--seed-from", "shop.example.com").err().get(0));
    assertEquals(
        "error: --max-products needs a number, got many",
        run("--seed-from", store.baseUrl(), "--max-products", "many").err().get(0));
    assertEquals(
        "error: --save-seed: there is no folder " + Path.of("/no/such/folder"),
        run("--seed-from", store.baseUrl(), "--save-seed", "/no/such/folder/x.json").err().get(0));
    assertEquals(2, run("--seed-from", store.baseUrl(), "--max-products", "0").status());
  }
}
