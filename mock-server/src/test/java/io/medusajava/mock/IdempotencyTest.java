package io.medusajava.mock;

import static org.junit.jupiter.api.Assertions.*;

import io.medusajava.mock.junit.MedusaMockTest;
import org.junit.jupiter.api.Test;

/** Idempotency-Key handling as transcripts 26-27 and 39-44 show it. */
@MedusaMockTest
class IdempotencyTest {

  @Test
  void onlyServerIssuedKeysReplay(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cartB = CheckoutSteps.readyCart(http);

    TestHttp.Res first =
        http.post(
            "/store/carts/" + cartB + "/complete", null, "Idempotency-Key", "client-made-key");
    assertEquals(200, first.status());
    String serverKey = first.header("Idempotency-Key");
    assertNotEquals("client-made-key", serverKey, "a key the server never issued is not adopted");
    assertEquals("Idempotency-Key", first.header("Access-Control-Expose-Headers"));

    TestHttp.Res sameClientKey =
        http.post(
            "/store/carts/" + cartB + "/complete", null, "Idempotency-Key", "client-made-key");
    assertNotEquals(serverKey, sameClientKey.header("Idempotency-Key"));

    TestHttp.Res replay =
        http.post("/store/carts/" + cartB + "/complete", null, "Idempotency-Key", serverKey);
    assertEquals(serverKey, replay.header("Idempotency-Key"));
    assertEquals(first.body(), replay.body());

    // Transcript 43: the stored answer comes back even for another, empty cart.
    String cartC = http.post("/store/carts", "{}").json().at("/cart/id").asText();
    TestHttp.Res otherCart =
        http.post("/store/carts/" + cartC + "/complete", null, "Idempotency-Key", serverKey);
    assertEquals(200, otherCart.status());
    assertEquals(first.body(), otherCart.body());

    TestHttp.Res fresh = http.post("/store/carts/" + cartC + "/complete", null);
    assertEquals(400, fresh.status());
    assertTrue(
        fresh
            .header("Idempotency-Key")
            .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
  }

  @Test
  void nonIdempotentRoutesCarryNoKey(MedusaMockServer server) {
    TestHttp.Res r = new TestHttp(server.baseUrl()).post("/store/carts", "{}");
    assertNull(r.header("Idempotency-Key"));
  }
}
