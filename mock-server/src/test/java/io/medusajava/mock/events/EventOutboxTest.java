package io.medusajava.mock.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import io.medusajava.mock.SeedIds;
import io.medusajava.mock.TestHttp;
import io.medusajava.mock.domain.events.EventOutbox;
import io.medusajava.mock.domain.events.StoreEvent;
import io.medusajava.mock.junit.MedusaMockTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The outbox itself, over HTTP and from Java: reading, filtering, bounding, emptying, waiting, the
 * clock.
 */
@MedusaMockTest
class EventOutboxTest {
  private static final String NEW_CART = "{\"region_id\":\"" + SeedIds.REGION_NA + "\"}";

  @Test
  void listsEventsInOrderWithSeqNameDataAndTime(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart = http.post("/store/carts", NEW_CART).json().at("/cart/id").asText();
    http.post(
        "/store/carts/" + cart + "/line-items",
        "{\"variant_id\":\"" + SeedIds.VARIANT + "\",\"quantity\":1}");
    JsonNode page = http.get("/__medusa/events").json();
    assertEquals(2, page.get("events").size());
    JsonNode created = page.at("/events/0");
    assertEquals("cart.created", created.get("name").asText());
    assertEquals(
        Map.of("id", cart),
        MockServerEvents.parse(created.get("data").toString()).properties().stream()
            .collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asText())));
    assertEquals(created.get("seq").asLong() + 1, page.at("/events/1/seq").asLong());
    assertEquals(page.at("/events/1/seq").asLong(), page.get("last_seq").asLong());
    assertTrue(
        created
            .get("created_at")
            .asText()
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    assertEquals(0, page.get("dropped").asLong());
  }

  @Test
  void afterAndNameNarrowTheList(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    http.post("/store/carts", NEW_CART);
    long first = http.get("/__medusa/events").json().get("last_seq").asLong();
    http.post("/store/carts", NEW_CART);
    JsonNode newer = http.get("/__medusa/events?after=" + first).json().get("events");
    assertEquals(1, newer.size());
    assertEquals(first + 1, newer.at("/0/seq").asLong());
    assertEquals(0, http.get("/__medusa/events?name=order.placed").json().get("events").size());
    assertEquals(2, http.get("/__medusa/events?name=cart.created").json().get("events").size());
    TestHttp.Res bad = http.get("/__medusa/events?after=yesterday");
    assertEquals(400, bad.status());
    assertEquals("invalid_data", bad.json().get("type").asText());
  }

  @Test
  void deleteAndResetEmptyItWhileNumberingGoesOn(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    long start = http.get("/__medusa/events").json().get("last_seq").asLong();
    http.post("/store/carts", NEW_CART);
    JsonNode emptied = http.delete("/__medusa/events").json();
    assertEquals(0, emptied.get("events").size());
    assertEquals(start + 1, emptied.get("last_seq").asLong());
    http.post("/store/carts", NEW_CART);
    assertEquals(start + 2, http.get("/__medusa/events").json().at("/events/0/seq").asLong());
    http.post("/__medusa/reset", "");
    JsonNode afterReset = http.get("/__medusa/events").json();
    assertEquals(0, afterReset.get("events").size(), "the seed's own orders announce nothing");
    assertEquals(start + 2, afterReset.get("last_seq").asLong());
  }

  @Test
  void aBoundedOutboxDropsTheOldestAndSaysHowManyAReaderMissed() {
    try (MedusaMockServer server =
        new MedusaMockServer(MockServerOptions.defaults().eventLimit(3)).start()) {
      TestHttp http = new TestHttp(server.baseUrl());
      for (int i = 0; i < 5; i++) {
        http.post("/store/carts", NEW_CART);
      }
      JsonNode page = http.get("/__medusa/events?after=1").json();
      assertEquals(List.of(3L, 4L, 5L), seqs(page));
      assertEquals(2, page.get("dropped").asLong());
      assertEquals(1, page.get("missed").asLong(), "seq 2 was dropped before this reader saw it");
      assertEquals(0, http.get("/__medusa/events?after=2").json().get("missed").asLong());
      assertEquals(3, page.get("limit").asInt());
      server.events().limit(10);
      http.post("/store/carts", NEW_CART);
      assertEquals(4, server.events().events().size(), "a raised limit keeps more");
    }
  }

  @Test
  void javaAccessIsTypedAndCanWaitForAnotherThread(MedusaMockServer server, EventOutbox events) {
    TestHttp http = new TestHttp(server.baseUrl());
    CompletableFuture.runAsync(
        () -> {
          sleep(200);
          http.post(
              "/store/customers/password-token", "{\"email\":\"" + SeedIds.CUSTOMER_EMAIL + "\"}");
        });
    StoreEvent reset = events.awaitEvent("customer.password_reset", Duration.ofSeconds(5));
    assertEquals(SeedIds.CUSTOMER_EMAIL, reset.string("email"));
    assertTrue(reset.string("token").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+"), reset.string("token"));
    assertEquals(
        Map.of("first_name", "Alex"), Map.of("first_name", reset.data().get("first_name")));
    AssertionError none =
        assertThrows(
            AssertionError.class, () -> events.awaitEvent("order.placed", Duration.ofMillis(100)));
    assertTrue(none.getMessage().contains("customer.password_reset"), none.getMessage());
  }

  @Test
  void theClockMovesForwardOverHttpAndTokensExpireWithIt(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    http.post("/store/customers/password-token", "{\"email\":\"" + SeedIds.CUSTOMER_EMAIL + "\"}");
    String token = server.events().events("customer.password_reset").get(0).string("token");
    String before = http.get("/__medusa/clock").json().get("now").asText();
    JsonNode moved = http.post("/__medusa/clock", "{\"advance_seconds\":900}").json();
    assertTrue(moved.get("now").asText().compareTo(before) > 0);
    TestHttp.Res expired =
        http.post(
            "/store/customers/password-reset",
            "{\"email\":\""
                + SeedIds.CUSTOMER_EMAIL
                + "\",\"password\":\"n3w-pass\",\"token\":\""
                + token
                + "\"}");
    assertEquals(500, expired.status());
    assertEquals(
        "{\"code\":\"unknown_error\",\"type\":\"unknown_error\",\"message\":\"An unknown error occurred.\"}",
        expired.body());
    assertEquals(400, http.post("/__medusa/clock", "{\"advance_seconds\":-5}").status());
  }

  @Test
  void aClaimTokenIsReusableUntilItExpires(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res login =
        http.post(
            "/store/auth",
            "{\"email\":\""
                + SeedIds.CUSTOMER_EMAIL
                + "\",\"password\":\""
                + SeedIds.CUSTOMER_PASSWORD
                + "\"}");
    http.with("Cookie", login.sessionCookie());
    http.post(
        "/store/orders/batch/customer/token",
        "{\"order_ids\":[\"" + MockServerEvents.FULFILLED_ORDER + "\"]}");
    String token =
        http.get("/__medusa/events?name=order-update-token.created")
            .json()
            .at("/events/0/data/token")
            .asText();
    assertEquals(
        200, http.post("/store/orders/customer/confirm", "{\"token\":\"" + token + "\"}").status());
    server.clock().advance(Duration.ofMinutes(14));
    assertEquals(
        200, http.post("/store/orders/customer/confirm", "{\"token\":\"" + token + "\"}").status());
    server.clock().advance(Duration.ofMinutes(1));
    assertEquals(
        500, http.post("/store/orders/customer/confirm", "{\"token\":\"" + token + "\"}").status());
    TestHttp.Res notJwt =
        http.post("/store/orders/customer/confirm", "{\"token\":\"not-a-token\"}");
    assertEquals(
        "{\"type\":\"invalid_data\",\"message\":\"token must be a jwt string\"}", notJwt.body());
  }

  private static List<Long> seqs(JsonNode page) {
    List<Long> out = new java.util.ArrayList<>();
    page.get("events").forEach(e -> out.add(e.get("seq").asLong()));
    return out;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
