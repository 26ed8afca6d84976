package io.medusajava.mock;

import static org.junit.jupiter.api.Assertions.*;

import io.medusajava.mock.http.FaultKind;
import io.medusajava.mock.http.FaultPlan;
import io.medusajava.mock.junit.MedusaMockTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every fault kind, planned from Java and over the control endpoints. */
@MedusaMockTest
class FaultInjectionTest {

  @Test
  void latencyDelaysThenServes(MedusaMockServer server) {
    server.faults().latency("GET", "/store/regions", 300, 1);
    TestHttp http = new TestHttp(server.baseUrl());
    long start = System.nanoTime();
    assertEquals(200, http.get("/store/regions").status());
    assertTrue((System.nanoTime() - start) / 1_000_000 >= 290);
    assertTrue(server.faults().rules().isEmpty(), "a once-only rule is used up");
  }

  @Test
  void httpErrorWithRetryAfterDoesNotRunTheOperation(MedusaMockServer server) {
    server.faults().httpError("POST", "/store/carts", 503, "2", 1);
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res r = http.post("/store/carts", "{}");
    assertEquals(503, r.status());
    assertEquals("2", r.header("Retry-After"));
    assertEquals("unknown_error", r.json().get("type").asText());
    assertEquals(200, http.post("/store/carts", "{}").status());
  }

  @Test
  void connectionFaultsBreakTheExchange(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    for (FaultKind kind :
        new FaultKind[] {
          FaultKind.CONNECTION_RESET_BY_PEER,
          FaultKind.EMPTY_RESPONSE,
          FaultKind.RANDOM_DATA_THEN_CLOSE
        }) {
      server.faults().fault("POST", "/store/carts", kind, 1);
      assertThrows(
          IOException.class, () -> http.sendOrThrow("POST", "/store/carts", "{}"), kind.name());
      assertEquals(200, http.post("/store/carts", "{}").status(), "after " + kind);
    }
  }

  @Test
  void foreverUntilCleared(MedusaMockServer server) {
    server.faults().httpError("*", "/store/products/{id}", 429, null, FaultPlan.FOREVER);
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(429, http.get("/store/products/" + SeedIds.PRODUCT_1).status());
    assertEquals(429, http.get("/store/products/" + SeedIds.PRODUCT_2).status());
    assertEquals(200, http.get("/store/products").status(), "other routes are untouched");
    server.faults().clear();
    assertEquals(200, http.get("/store/products/" + SeedIds.PRODUCT_1).status());
  }

  @Test
  void dropAfterProcessingChangesStateFromJava(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cartId = CheckoutSteps.readyCart(http);
    server.faults().fault("POST", "/store/carts/{id}/complete", FaultKind.DROP_AFTER_PROCESSING, 1);
    assertThrows(
        IOException.class,
        () -> http.sendOrThrow("POST", "/store/carts/" + cartId + "/complete", null));
    assertNotNull(
        server.state().carts().cart(cartId).orderId,
        "the order was placed although the client saw no answer");
    assertEquals(200, http.get("/store/orders/cart/" + cartId).status());
  }

  @Test
  void controlEndpointsPlanClearAndReset(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cartId = CheckoutSteps.readyCart(http);
    TestHttp.Res planned =
        http.post(
            "/__medusa/faults",
            "{\"method\":\"POST\",\"path\":\"/store/carts/{id}/complete\","
                + "\"fault\":\"DROP_AFTER_PROCESSING\",\"times\":1}");
    assertEquals(201, planned.status(), planned.body());
    assertEquals(1, planned.json().get("faults").size());
    assertThrows(
        IOException.class,
        () -> http.sendOrThrow("POST", "/store/carts/" + cartId + "/complete", null));
    assertEquals(200, http.get("/store/orders/cart/" + cartId).status());

    http.post(
        "/__medusa/faults",
        "{\"path\":\"/store/regions\",\"fault\":\"HTTP_ERROR\",\"status\":502}");
    http.post(
        "/__medusa/faults",
        "{\"path\":\"/health\",\"fault\":\"LATENCY\",\"delay_ms\":50,\"times\":1}");
    http.post(
        "/__medusa/faults",
        "{\"method\":\"POST\",\"path\":\"/store/carts\",\"fault\":\"EMPTY_RESPONSE\",\"times\":1}");
    assertEquals(3, http.get("/__medusa/faults").json().get("faults").size());
    assertEquals(502, http.get("/store/regions").status());
    assertEquals(200, http.get("/health").status());
    assertThrows(IOException.class, () -> http.sendOrThrow("POST", "/store/carts", "{}"));
    assertEquals(0, http.delete("/__medusa/faults").json().get("faults").size());
    assertEquals(200, http.get("/store/regions").status());

    assertEquals(
        400, http.post("/__medusa/faults", "{\"path\":\"/x\",\"fault\":\"NOPE\"}").status());

    assertEquals(200, http.post("/__medusa/reset", null).status());
    assertEquals(404, http.get("/store/carts/" + cartId).status(), "reset goes back to the seed");
    assertEquals(
        200, http.get("/__admin/mappings").status(), "WireMock's own admin API stays available");
    TestHttp.Res journal = http.get("/__admin/requests");
    assertEquals(500, journal.status(), "no journal unless asked for");
    assertTrue(journal.body().startsWith("The request journal is disabled"), journal.body());
  }
}
