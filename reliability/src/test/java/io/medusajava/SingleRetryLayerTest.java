package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.errors.MedusaException;
import io.medusajava.errors.ServerException;
import io.medusajava.http.LogLevel;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.reliability.Answers;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Case 3 of issue 12: the SDK's retry layer is the only one. OkHttp repeats nothing behind it, so a
 * request goes out exactly as often as {@code maxRetries} and the retry rules say.
 */
@Timeout(30)
class SingleRetryLayerTest { // in the SDK's package, for MedusaStore.Builder.sleeper
  private final MockWebServer server = new MockWebServer();
  private MedusaStore store;

  @BeforeEach
  void start() throws IOException {
    server.start();
    store = MedusaStore.builder().baseUrl(server.url("/")).maxRetries(2).sleeper(ms -> {}).build();
  }

  @AfterEach
  void stop() throws IOException {
    store.close();
    server.shutdown();
  }

  private void enqueue503RetryNow(int times) {
    for (int i = 0; i < times; i++) {
      server.enqueue(Answers.status(503).setHeader("Retry-After", "0"));
    }
  }

  @Test
  void postAnswered503WithRetryAfterZeroIsSentOnce() {
    enqueue503RetryNow(2);
    server.enqueue(Answers.json(Answers.CART));

    assertThrows(
        ServerException.class,
        () ->
            store
                .carts()
                .addLineItem(
                    "cart_01",
                    LineItemCreateParams.builder().variantId("variant_01").quantity(1).build())
                .execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void getWithTwoRetriesIsSentThreeTimes() {
    enqueue503RetryNow(6);

    ServerException e =
        assertThrows(ServerException.class, () -> store.products().list().execute());
    assertEquals(503, e.getStatusCode());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void guardedPostIsRepeatedByTheSdkAloneWithOneKey() throws Exception {
    enqueue503RetryNow(6);

    assertThrows(ServerException.class, () -> store.carts().complete("cart_01").execute());
    assertEquals(3, server.getRequestCount());
    String key = server.takeRequest().getHeader("Idempotency-Key");
    assertNotNull(key);
    assertEquals(key, server.takeRequest().getHeader("Idempotency-Key"));
    assertEquals(key, server.takeRequest().getHeader("Idempotency-Key"));
  }

  @Test
  void postAnswered408IsSentOnce() {
    server.enqueue(Answers.status(408));
    server.enqueue(Answers.json(Answers.CART));

    MedusaException e =
        assertThrows(
            MedusaException.class,
            () ->
                store
                    .carts()
                    .addLineItem(
                        "cart_01",
                        LineItemCreateParams.builder().variantId("variant_01").quantity(1).build())
                    .execute());
    assertEquals(408, e.getStatusCode());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void retryAfterStillReachesTheLogAndTheRetryRulesUnderItsOwnName() {
    server.enqueue(Answers.status(503).setHeader("Retry-After", "7"));
    server.enqueue(Answers.json(Answers.PRODUCTS));
    List<String> log = new CopyOnWriteArrayList<>();
    List<Long> waits = new CopyOnWriteArrayList<>();
    try (MedusaStore watched =
        MedusaStore.builder()
            .baseUrl(server.url("/"))
            .sleeper(waits::add)
            .logLevel(LogLevel.HEADERS)
            .logger(log::add)
            .build()) {
      watched.products().list().execute();
    }
    assertEquals(List.of(7000L), waits);
    assertTrue(log.contains("Retry-After: 7"), log.toString());
  }
}
