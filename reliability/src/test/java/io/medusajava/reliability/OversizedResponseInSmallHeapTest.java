package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.MedusaCallback;
import io.medusajava.MedusaStore;
import io.medusajava.Page;
import io.medusajava.errors.MedusaException;
import io.medusajava.errors.ResponseTooLargeException;
import io.medusajava.errors.ServerException;
import io.medusajava.model.PricedProduct;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Case 1 of issue 12: answers that never end. Run by their own surefire execution in a JVM of
 * {@code -Xmx128m}, where reading any of them whole would end in OutOfMemoryError; each must end in
 * a typed exception at the default response-size limit, with the connection given up.
 */
@Timeout(60)
class OversizedResponseInSmallHeapTest {
  private static final long MiB = 1024 * 1024;
  private static final byte[] CHUNK = new byte[64 * 1024];

  static {
    Arrays.fill(CHUNK, (byte) 'a');
  }

  @BeforeAll
  static void heapIsSmall() {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(
        max <= 128 * MiB,
        "this class must run with -Xmx128m (see reliability/pom.xml), max heap is "
            + max / MiB
            + " MiB");
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  @AfterAll
  static void reportPeak() {
    // Per pool: young-generation peaks only show how much garbage fits before a collection; the old
    // generation's peak is what was kept.
    StringBuilder pools = new StringBuilder();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pools
            .append(pools.length() == 0 ? "" : ", ")
            .append(pool.getName())
            .append(' ')
            .append(pool.getPeakUsage().getUsed() / MiB)
            .append(" MiB");
      }
    }
    System.gc();
    System.out.printf(
        "oversized responses: heap peaks %s (garbage included); %d MiB in use after GC; max heap"
            + " %d MiB%n",
        pools,
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MiB,
        Runtime.getRuntime().maxMemory() / MiB);
  }

  /** An answer whose body never ends: JSON that opens a string and never closes it. */
  private static MisbehavingServer endless(String statusLine, String contentType)
      throws IOException {
    MisbehavingServer[] self = new MisbehavingServer[1];
    self[0] =
        new MisbehavingServer(
            out -> {
              MisbehavingServer.head(out, statusLine, "Content-Type: " + contentType);
              OutputStream body = self[0].counting(out);
              body.write("{\"products\":[{\"id\":\"".getBytes(StandardCharsets.US_ASCII));
              while (true) {
                body.write(CHUNK);
              }
            });
    return self[0];
  }

  private static MedusaStore store(String baseUrl) {
    return MedusaStore.builder().baseUrl(baseUrl).maxRetries(0).build();
  }

  @Test
  void endlessSuccessBodyStopsAtTheDefaultLimit() throws Exception {
    try (MisbehavingServer server = endless("HTTP/1.1 200 OK", "application/json");
        MedusaStore store = store(server.baseUrl())) {
      for (int i = 0; i < 3; i++) {
        ResponseTooLargeException e =
            assertThrows(ResponseTooLargeException.class, () -> store.products().list().execute());
        assertEquals(200, e.getStatusCode());
        assertEquals(MedusaStore.DEFAULT_MAX_RESPONSE_BYTES, e.getLimitBytes());
        assertEquals(
            "200: the application/json body is larger than the response-size limit of 16 MiB"
                + " (maxResponseBytes); reading stopped there [GET /store/products]",
            e.getMessage());
      }
      assertTrue(
          server.awaitHangUp(10, TimeUnit.SECONDS), "the client kept the endless connection open");
    }
  }

  @Test
  void endlessErrorBodyKeepsItsStatusAndOnlyItsFirst256KiB() throws Exception {
    try (MisbehavingServer server = endless("HTTP/1.1 500 Internal Server Error", "text/html");
        MedusaStore store = store(server.baseUrl())) {
      ServerException e =
          assertThrows(ServerException.class, () -> store.products().list().execute());
      assertEquals(500, e.getStatusCode());
      assertNotNull(e.getRawBody());
      assertEquals(256 * 1024, e.getRawBody().length());
      assertTrue(
          server.awaitHangUp(10, TimeUnit.SECONDS), "the client kept the endless connection open");
    }
  }

  @Test
  void gzipBombStopsAtTheDefaultLimit() throws Exception {
    Buffer bomb = gzipOfZeros(1024);
    assertTrue(bomb.size() < 1100 * 1024, "the bomb is " + bomb.size() + " bytes");
    try (MockWebServer server = new MockWebServer();
        MedusaStore store = MedusaStore.builder().baseUrl(server.url("/")).maxRetries(0).build()) {
      server.enqueue(
          new MockResponse()
              .setHeader("Content-Type", "application/json")
              .setHeader("Content-Encoding", "gzip")
              .setBody(bomb));
      server.enqueue(
          new MockResponse()
              .setHeader("Content-Type", "application/json")
              .setBody("{\"products\":[],\"count\":0,\"offset\":0,\"limit\":100}"));

      ResponseTooLargeException e =
          assertThrows(ResponseTooLargeException.class, () -> store.products().list().execute());
      assertEquals(MedusaStore.DEFAULT_MAX_RESPONSE_BYTES, e.getLimitBytes());
      // The connection was given back or given up, not left half-read: the next call goes through.
      assertEquals(0, store.products().list().execute().count());
    }
  }

  /**
   * A gzip stream of {@code mebibytes} MiB of zeros, built without deflating them all: once the
   * window is full of zeros, every further MiB flushed with SYNC_FLUSH compresses to the same
   * bytes, so those are repeated.
   */
  static Buffer gzipOfZeros(int mebibytes) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    byte[] zeros = new byte[(int) MiB];
    Buffer first = deflateFlushed(deflater, zeros);
    Buffer repeated = deflateFlushed(deflater, zeros);
    deflater.finish();
    Buffer last = new Buffer();
    byte[] out = new byte[64 * 1024];
    while (!deflater.finished()) {
      last.write(out, 0, deflater.deflate(out));
    }
    deflater.end();
    CRC32 crc = new CRC32();
    for (int i = 0; i < mebibytes; i++) {
      crc.update(zeros);
    }
    Buffer gzip =
        new Buffer().write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
    gzip.write(first, first.size());
    for (int i = 2; i < mebibytes; i++) {
      gzip.write(repeated.copy(), repeated.size());
    }
    gzip.write(last, last.size());
    gzip.writeIntLe((int) crc.getValue());
    gzip.writeIntLe((int) ((long) mebibytes * MiB));
    return gzip;
  }

  private static Buffer deflateFlushed(Deflater deflater, byte[] input) {
    deflater.setInput(input);
    Buffer result = new Buffer();
    byte[] out = new byte[64 * 1024];
    int n;
    while ((n = deflater.deflate(out, 0, out.length, Deflater.SYNC_FLUSH)) > 0) {
      result.write(out, 0, n);
    }
    return result;
  }

  @Test
  void announcedLengthOverTheLimitFailsBeforeTheBodyIsRead() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setHeader("Content-Type", "application/json")
              .setBody(new Buffer().write(new byte[3 * 1024 * 1024])));
      try (MedusaStore store =
          MedusaStore.builder()
              .baseUrl(server.url("/"))
              .maxRetries(0)
              .maxResponseBytes(MiB)
              .build()) {
        ResponseTooLargeException e =
            assertThrows(ResponseTooLargeException.class, () -> store.products().list().execute());
        assertEquals(MiB, e.getLimitBytes());
        assertTrue(e.getMessage().contains("limit of 1 MiB"), e.getMessage());
      }
    }
  }

  @Test
  void endlessBodyOnTheAsyncPathsIsTypedAndNoDispatcherThreadDies() throws Exception {
    try (MisbehavingServer server = endless("HTTP/1.1 200 OK", "application/json");
        WatchedDispatcher dispatcher = new WatchedDispatcher();
        MedusaStore store =
            MedusaStore.builder()
                .baseUrl(server.baseUrl())
                .okHttpClient(dispatcher.client)
                .maxRetries(0)
                .build()) {
      CompletableFuture<MedusaException> failure = new CompletableFuture<>();
      store
          .products()
          .list()
          .enqueue(
              new MedusaCallback<Page<PricedProduct>>() {
                @Override
                public void onSuccess(Page<PricedProduct> body) {
                  failure.completeExceptionally(new AssertionError("an endless body decoded"));
                }

                @Override
                public void onFailure(MedusaException error) {
                  failure.complete(error);
                }
              });
      assertInstanceOf(ResponseTooLargeException.class, failure.get(30, TimeUnit.SECONDS));

      CompletableFuture<Page<PricedProduct>> future = store.products().list().executeAsync();
      Throwable e =
          assertThrows(
                  java.util.concurrent.ExecutionException.class,
                  () -> future.get(30, TimeUnit.SECONDS))
              .getCause();
      assertInstanceOf(ResponseTooLargeException.class, e);

      assertTrue(dispatcher.awaitIdle(), "calls still running");
      assertEquals(0, dispatcher.escaped.size(), dispatcher.escaped.toString());
    }
  }
}
