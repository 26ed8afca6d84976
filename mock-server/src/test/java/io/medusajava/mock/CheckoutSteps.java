package io.medusajava.mock;

import static io.medusajava.mock.SeedIds.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builds a cart that is ready to complete, for tests about what happens at completion. */
final class CheckoutSteps {
  private CheckoutSteps() {}

  static String readyCart(TestHttp http) {
    String cartId =
        http.post("/store/carts", "{\"region_id\":\"" + REGION_NA + "\"}")
            .json()
            .at("/cart/id")
            .asText();
    assertEquals(
        200,
        http.post(
                "/store/carts/" + cartId + "/line-items",
                "{\"variant_id\":\"" + VARIANT + "\",\"quantity\":1}")
            .status());
    assertEquals(
        200, http.post("/store/carts/" + cartId, "{\"email\":\"guest@example.com\"}").status());
    assertEquals(
        200,
        http.post(
                "/store/carts/" + cartId + "/shipping-methods",
                "{\"option_id\":\"" + SHIPPING_NA + "\"}")
            .status());
    assertEquals(200, http.post("/store/carts/" + cartId + "/payment-sessions", null).status());
    return cartId;
  }
}
