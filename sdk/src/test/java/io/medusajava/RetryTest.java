package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.errors.ConnectionException;
import io.medusajava.errors.ServerException;
import io.medusajava.model.CartCompleteParams;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.Order;
import io.medusajava.testing.Transcripts;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which failures are retried, how long the client waits, and which Idempotency-Key a retry carries.
 */
class RetryTest {
  private static final String REGIONS = Transcripts.get("06-").body();
  private static final String CART = "cart_01M8K2NH4K4HHZ62CWS1JZ0V47";

  private final MockWebServer server = new MockWebServer();
  private final List<Long> sleeps = new CopyOnWriteArrayList<>();
  private MedusaStore store;

  @BeforeEach
  void start() throws IOException {
    server.start();
    store = storeWith(2);
  }

  @AfterEach
  void stop() throws IOException {
    store.close();
    server.shutdown();
  }

  private MedusaStore storeWith(int maxRetries) {
    return MedusaStore.builder()
        .baseUrl(server.url("/").toString())
        .maxRetries(maxRetries)
        .readTimeout(Duration.ofMillis(500))
        .sleeper(sleeps::add)
        .clock(Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  private static MockResponse json(String body) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  private static MockResponse status(int code) {
    return json("{\"type\":\"unknown_error\",\"message\":\"try later\"}").setResponseCode(code);
  }

  @Test
  void getIsRetriedAfter503AndWaitsAsRetryAfterSays() throws Exception {
    server.enqueue(status(503).setHeader("Retry-After", "3"));
    server.enqueue(json(REGIONS));

    assertEquals(2, store.regions().list().execute().items().size());
    assertEquals(List.of(3000L), sleeps);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void retryAfterAsHttpDateIsMeasuredAgainstTheClock() throws Exception {
    String tenSecondsLater =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.parse("2026-11-29T08:00:10Z"));
    server.enqueue(status(503).setHeader("Retry-After", tenSecondsLater));
    server.enqueue(json(REGIONS));

    store.regions().list().execute();
    assertEquals(List.of(10_000L), sleeps);
  }

  @Test
  void retryAfterIsCappedAtThirtySeconds() throws Exception {
    server.enqueue(status(429).setHeader("Retry-After", "3600"));
    server.enqueue(json(REGIONS));

    store.regions().list().execute();
    assertEquals(List.of(30_000L), sleeps);
  }

  @Test
  void withoutRetryAfterTheWaitDoublesWithUpToAQuarterOfJitter() throws Exception {
    store = storeWith(3);
    server.enqueue(status(502));
    server.enqueue(status(503));
    server.enqueue(status(504));
    server.enqueue(json(REGIONS));

    store.regions().list().execute();
    assertEquals(3, sleeps.size());
    long[][] ranges = {{375, 500}, {750, 1000}, {1500, 2000}};
    for (int i = 0; i < 3; i++) {
      long wait = sleeps.get(i);
      assertTrue(wait >= ranges[i][0] && wait <= ranges[i][1], "wait " + i + " was " + wait);
    }
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastError() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }

    ServerException e = assertThrows(ServerException.class, () -> store.regions().list().execute());
    assertEquals(503, e.getStatusCode());
    assertEquals(3, server.getRequestCount());
    assertEquals(2, sleeps.size());
  }

  @Test
  void zeroMaxRetriesMakesOneAttempt() {
    store = storeWith(0);
    server.enqueue(status(503));
    server.enqueue(json(REGIONS));

    assertThrows(ServerException.class, () -> store.regions().list().execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void serverErrorsThatDoNotMeanTryAgainAreNotRetried() {
    server.enqueue(status(500));

    assertThrows(ServerException.class, () -> store.regions().list().execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void getIsRetriedAfterTheConnectionIsReset() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(REGIONS));

    store.regions().list().execute();
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void getIsRetriedWhenTheReplyIsSlowerThanTheTimeout() throws Exception {
    server.enqueue(json(REGIONS).setHeadersDelay(2, TimeUnit.SECONDS));
    server.enqueue(json(REGIONS));

    store.regions().list().execute();
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void ordinaryPostIsNotRetriedAfter503() {
    server.enqueue(status(503));
    server.enqueue(json(Transcripts.get("11-").body()));

    assertThrows(
        ServerException.class,
        () -> store.carts().create(CartCreateParams.builder().build()).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void ordinaryPostIsNotRetriedWhenTheResponseIsLost() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(Transcripts.get("11-").body()));

    assertThrows(
        ConnectionException.class,
        () -> store.carts().create(CartCreateParams.builder().build()).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void completeAlwaysCarriesAnIdempotencyKey() throws Exception {
    server.enqueue(json(Transcripts.get("26-").body()));

    store.carts().complete(CART).execute();
    String key = server.takeRequest().getHeader("Idempotency-Key");
    assertNotNull(key);
    assertTrue(
        key.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), key);
  }

  @Test
  void aKeyTheCallerPassesIsSentAsIs() throws Exception {
    server.enqueue(json(Transcripts.get("26-").body()));

    store
        .carts()
        .complete(
            CART,
            CartCompleteParams.builder()
                .idempotencyKey("661b21e1-918d-415f-9cf9-7488613074b5")
                .build())
        .execute();
    assertEquals(
        "661b21e1-918d-415f-9cf9-7488613074b5", server.takeRequest().getHeader("Idempotency-Key"));
  }

  @Test
  void aRetryOfCompleteSendsTheKeyTheServerIssued() throws Exception {
    server.enqueue(status(409).setHeader("Idempotency-Key", "server-issued-key"));
    server.enqueue(json(Transcripts.get("26-").body()));

    store.carts().complete(CART).execute();
    String first = server.takeRequest().getHeader("Idempotency-Key");
    assertNotNull(first);
    assertEquals("server-issued-key", server.takeRequest().getHeader("Idempotency-Key"));
  }

  @Test
  void theOtherIdempotentPostsAreRetriedToo() throws Exception {
    String cart = Transcripts.get("24-").body();
    server.enqueue(status(503));
    server.enqueue(json(cart));
    server.enqueue(status(503));
    server.enqueue(json(cart));

    store.carts().createPaymentSessions(CART).execute();
    store.carts().calculateTaxes(CART).execute();
    assertEquals(4, server.getRequestCount());
  }

  /**
   * The response to the first complete is lost after the server placed the order. Like Medusa 1.20,
   * this server answers a complete of a completed cart with the order it already placed, so the
   * retry must return that order and no second one may exist.
   */
  @Test
  void aLostCompleteResponseYieldsExactlyOneOrder() throws Exception {
    AtomicInteger ordersPlaced = new AtomicInteger();
    String orderJson = Transcripts.get("26-").body();
    server.setDispatcher(
        new Dispatcher() {
          private boolean completed;

          @Override
          public synchronized MockResponse dispatch(RecordedRequest request) {
            if (!completed) {
              completed = true;
              ordersPlaced.incrementAndGet();
              return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
            }
            return json(orderJson);
          }
        });

    Order order = store.carts().complete(CART).execute().getOrder();
    assertNotNull(order);
    assertEquals("order_01M8K2NJWF5PPBT49C12FCNKMC", order.getId());
    assertEquals(1, ordersPlaced.get());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void asyncCallsAreRetriedAsWell() throws Exception {
    server.enqueue(status(503));
    server.enqueue(json(REGIONS));

    assertEquals(2, store.regions().list().executeAsync().get(5, TimeUnit.SECONDS).items().size());
    assertEquals(2, server.getRequestCount());
  }
}
