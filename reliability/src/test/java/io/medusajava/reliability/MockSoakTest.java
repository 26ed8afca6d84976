package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A long run in a small heap: the mock in its own JVM with {@code -Xmx96m}, {@link #REQUESTS}
 * requests of the kinds that used to leave something behind (cookie-less visits, idempotent POSTs,
 * product searches that each render a page, bad cookies, bad queries, bad bodies, cart updates that
 * each put a whole cart into the event outbox) beside a logged-in shopper. Once the bounded stores
 * are full (a warm-up), the live heap after a full GC must stay where it was, give or take {@link
 * #ALLOWED_GROWTH_MB}, every answer must be the expected one, and the shopper must still be logged
 * in at the end.
 */
class MockSoakTest {
  static final int REQUESTS = Integer.getInteger("soak.requests", 200_000);

  /**
   * Enough to fill the idempotency store (16 MB of cart answers) and the page cache before
   * measuring.
   */
  static final int WARM_UP = 40_000;

  static final double ALLOWED_GROWTH_MB = 4;
  static final int THREADS = 8;
  private static final MediaType JSON = MediaType.get("application/json");

  @Test
  @Timeout(value = 300)
  void heapStaysFlatOverAVeryLongRun() throws Exception {
    Process mock =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                SoakServer.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
      PrintStream in = new PrintStream(mock.getOutputStream(), true, StandardCharsets.UTF_8);
      String base = "http://127.0.0.1:" + out.readLine().substring("port ".length());
      OkHttpClient http =
          new OkHttpClient.Builder()
              .connectionPool(new ConnectionPool(THREADS, 1, TimeUnit.MINUTES))
              .callTimeout(Duration.ofSeconds(30))
              .build();
      Traffic traffic = new Traffic(http, base);

      traffic.run(WARM_UP);
      double before = liveHeapMb(in, out);
      long start = System.nanoTime();
      traffic.run(REQUESTS);
      long millis = (System.nanoTime() - start) / 1_000_000;
      double after = liveHeapMb(in, out);
      System.out.printf(
          "soak: %,d requests in %d ms (%.0f/s), live heap %.1f MB -> %.1f MB%n",
          REQUESTS, millis, REQUESTS * 1000.0 / millis, before, after);

      assertEquals(Map.of(), traffic.unexpected, "answers other than the expected ones, by kind");
      assertTrue(
          after - before <= ALLOWED_GROWTH_MB,
          String.format(
              "live heap grew from %.1f MB to %.1f MB over %,d requests", before, after, REQUESTS));
      assertEquals(200, traffic.status(traffic.me()), "the logged-in shopper is still logged in");
      in.println("events");
      String[] outbox = out.readLine().split(" ");
      System.out.printf(
          "soak: event outbox full at %s events (%s dropped), %.1f MB of live heap%n",
          outbox[1], outbox[2], Long.parseLong(outbox[3]) / (1024.0 * 1024.0));
      assertEquals(1000, Integer.parseInt(outbox[1]), "the outbox holds its limit, no more");
      assertTrue(
          Long.parseLong(outbox[2]) > 0, "the soak announced more events than the outbox keeps");
      assertTrue(mock.isAlive(), "the mock died (out of memory?)");
    } finally {
      mock.destroy();
      mock.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static double liveHeapMb(PrintStream in, BufferedReader out) throws IOException {
    in.println("heap");
    return Long.parseLong(out.readLine().substring("heap ".length())) / (1024.0 * 1024.0);
  }

  /** The request mix, round-robin over eleven kinds, from {@link #THREADS} threads. */
  static final class Traffic {
    final OkHttpClient http;
    final String base;
    final String loggedIn;
    final List<String> carts = new ArrayList<>();
    final Map<String, AtomicLong> unexpected = new ConcurrentHashMap<>();

    Traffic(OkHttpClient http, String base) throws IOException {
      this.http = http;
      this.base = base;
      Request login =
          new Request.Builder()
              .url(base + "/store/auth")
              .post(
                  RequestBody.create(
                      "{\"email\":\"alex.rivera@example.com\",\"password\":\"mock-password-1\"}",
                      JSON))
              .build();
      try (Response r = http.newCall(login).execute()) {
        String set = r.header("Set-Cookie");
        loggedIn = set.substring(0, set.indexOf(';'));
      }
      for (int t = 0; t < THREADS; t++) {
        Request cart =
            new Request.Builder()
                .url(base + "/store/carts")
                .post(RequestBody.create("{}", JSON))
                .build();
        try (Response r = http.newCall(cart).execute()) {
          String body = r.body().string();
          carts.add(
              body.substring(
                  body.indexOf("\"id\":\"") + 6, body.indexOf('"', body.indexOf("\"id\":\"") + 6)));
        }
      }
    }

    Request me() {
      return new Request.Builder()
          .url(base + "/store/customers/me")
          .header("Cookie", loggedIn)
          .build();
    }

    int status(Request request) throws IOException {
      try (Response r = http.newCall(request).execute()) {
        r.body().source().readByteArray();
        return r.code();
      }
    }

    /** The i-th request of a thread and the status the real server gives it. */
    Object[] request(int i, String cart) {
      Request.Builder b = new Request.Builder();
      switch (i % 11) {
        case 0, 1:
          return new Object[] {
            b.url(base + "/store/products?limit=2&offset=" + i % 3).build(), 200
          };
        case 2: // a search nobody made before: a page rendered and kept
          return new Object[] {
            b.url(
                    base
                        + "/store/products?limit=1&q="
                        + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36))
                .build(),
            200
          };
        case 3: // no cookie: a new session every time
          return new Object[] {b.url(base + "/store/regions").build(), 200};
        case 4:
          return new Object[] {
            b.url(base + "/health").header("Cookie", "connect.sid=%zz").build(), 200
          };
        case 5, 6: // no key: a new idempotency key and a stored answer every time
          return new Object[] {
            b.url(base + "/store/carts/" + cart + "/taxes")
                .post(RequestBody.create("", null))
                .build(),
            200
          };
        case 7:
          return new Object[] {b.url(base + "/store/products?id[99999999999]=x").build(), 500};
        case 8:
          return new Object[] {me(), 200};
        case 9: // a whole-cart cart.updated event into the outbox every time
          return new Object[] {
            b.url(base + "/store/carts/" + cart).post(RequestBody.create("{}", JSON)).build(), 200
          };
        default:
          return new Object[] {
            b.url(base + "/store/carts").post(RequestBody.create("{}x", JSON)).build(), 400
          };
      }
    }

    void run(int total) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String cart = carts.get(t);
        int share = total / THREADS;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < share; i++) {
                    Object[] r = request(i, cart);
                    int status = status((Request) r[0]);
                    if (status != (int) r[1]) {
                      unexpected
                          .computeIfAbsent((i % 11) + ": " + status, k -> new AtomicLong())
                          .incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
    }
  }
}
