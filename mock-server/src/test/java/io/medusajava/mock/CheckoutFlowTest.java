package io.medusajava.mock;

import static io.medusajava.mock.SeedIds.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.junit.MedusaMockTest;
import org.junit.jupiter.api.Test;

/**
 * The storefront checkout of transcripts 11-31, over real HTTP, against the domain's own numbers.
 */
@MedusaMockTest
class CheckoutFlowTest {

  @Test
  void guestCheckoutThenCustomerSeesTheOrder(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl()).with("x-publishable-api-key", PUBLISHABLE_KEY);

    TestHttp.Res reg =
        http.post(
            "/store/customers",
            "{\"first_name\":\"Jane\",\"last_name\":\"Doe\","
                + "\"email\":\"jane@example.com\",\"password\":\"secret-Pa55\",\"phone\":\"+1 555 0100\"}");
    assertEquals(200, reg.status(), reg.body());
    String token =
        http.post(
                "/store/auth/token",
                "{\"email\":\"jane@example.com\",\"password\":\"secret-Pa55\"}")
            .json()
            .get("access_token")
            .asText();

    JsonNode cart =
        http.post("/store/carts", "{\"region_id\":\"" + REGION_NA + "\"}").json().get("cart");
    String cartId = cart.get("id").asText();
    assertEquals(SALES_CHANNEL, cart.get("sales_channel_id").asText());
    assertEquals("127.0.0.1", cart.at("/context/ip").asText());

    TestHttp.Res added =
        http.post(
            "/store/carts/" + cartId + "/line-items",
            "{\"variant_id\":\"" + VARIANT + "\",\"quantity\":2}");
    assertEquals(200, added.status(), added.body());
    assertEquals(2, added.json().at("/cart/items/0/quantity").asInt());
    assertNotNull(added.header("Idempotency-Key"));

    assertEquals(cartId, http.get("/store/carts/" + cartId).json().at("/cart/id").asText());

    String address =
        "{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"address_1\":\"1 Main Street\","
            + "\"city\":\"Springfield\",\"country_code\":\"us\",\"province\":\"IL\",\"postal_code\":\"62701\"}";
    TestHttp.Res updated =
        http.post(
            "/store/carts/" + cartId,
            "{\"email\":\"jane@example.com\","
                + "\"shipping_address\":"
                + address
                + ",\"billing_address\":"
                + address
                + "}",
            "Authorization",
            "Bearer " + token);
    assertEquals(200, updated.status(), updated.body());
    assertEquals("jane@example.com", updated.json().at("/cart/email").asText());
    assertEquals("62701", updated.json().at("/cart/shipping_address/postal_code").asText());

    JsonNode options = http.get("/store/shipping-options/" + cartId).json().get("shipping_options");
    assertTrue(options.size() >= 1);
    String optionId = options.get(0).get("id").asText();

    TestHttp.Res shipped =
        http.post(
            "/store/carts/" + cartId + "/shipping-methods", "{\"option_id\":\"" + optionId + "\"}");
    assertEquals(200, shipped.status(), shipped.body());
    assertEquals(1, shipped.json().at("/cart/shipping_methods").size());

    TestHttp.Res sessions = http.post("/store/carts/" + cartId + "/payment-sessions", null);
    assertEquals(200, sessions.status(), sessions.body());
    assertEquals("Idempotency-Key", sessions.header("Access-Control-Expose-Headers"));
    assertEquals("manual", sessions.json().at("/cart/payment_sessions/0/provider_id").asText());

    TestHttp.Res selected =
        http.post("/store/carts/" + cartId + "/payment-session", "{\"provider_id\":\"manual\"}");
    assertEquals(200, selected.status(), selected.body());
    long expectedTotal = server.state().carts().totals(server.state().carts().cart(cartId)).total();
    assertEquals(expectedTotal, selected.json().at("/cart/total").asLong());

    TestHttp.Res done = http.post("/store/carts/" + cartId + "/complete", null);
    assertEquals(200, done.status(), done.body());
    assertEquals("order", done.json().get("type").asText());
    JsonNode order = done.json().get("data");
    String orderId = order.get("id").asText();
    assertEquals(expectedTotal, order.get("total").asLong());
    assertEquals(cartId, order.get("cart_id").asText());
    assertTrue(done.header("Idempotency-Key").matches("[0-9a-f-]{36}"));

    TestHttp.Res again = http.post("/store/carts/" + cartId + "/complete", null);
    assertEquals(200, again.status());
    assertEquals(orderId, again.json().at("/data/id").asText());
    assertNotEquals(done.header("Idempotency-Key"), again.header("Idempotency-Key"));

    assertEquals(orderId, http.get("/store/orders/" + orderId).json().at("/order/id").asText());
    assertEquals(orderId, http.get("/store/orders/cart/" + cartId).json().at("/order/id").asText());
    int displayId = order.get("display_id").asInt();
    TestHttp.Res lookup =
        http.get("/store/orders?display_id=" + displayId + "&email=jane%40example.com");
    assertEquals(orderId, lookup.json().at("/order/id").asText(), lookup.body());

    TestHttp.Res mine =
        http.get(
            "/store/customers/me/orders?limit=10&offset=0", "Authorization", "Bearer " + token);
    assertEquals(200, mine.status(), mine.body());
    assertEquals(orderId, mine.json().at("/orders/0/id").asText());
    assertEquals(10, mine.json().get("limit").asInt());

    assertNotNull(http.get("/store/carts/" + cartId).json().at("/cart/completed_at").asText(null));
  }

  @Test
  void cartEditsAndErrors(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cartId = http.post("/store/carts", "{}").json().at("/cart/id").asText();
    TestHttp.Res add =
        http.post(
            "/store/carts/" + cartId + "/line-items",
            "{\"variant_id\":\"" + VARIANT + "\",\"quantity\":1}");
    String itemId = add.json().at("/cart/items/0/id").asText();
    assertEquals(
        3,
        http.post("/store/carts/" + cartId + "/line-items/" + itemId, "{\"quantity\":3}")
            .json()
            .at("/cart/items/0/quantity")
            .asInt());
    assertEquals(
        0,
        http.delete("/store/carts/" + cartId + "/line-items/" + itemId)
            .json()
            .at("/cart/items")
            .size());

    TestHttp.Res empty = http.post("/store/carts/" + cartId + "/complete", null);
    assertEquals(400, empty.status());
    assertEquals(
        "{\"type\":\"invalid_data\",\"message\":\"Cannot create order from empty cart\"}",
        empty.body());

    TestHttp.Res bad =
        http.post(
            "/store/carts/" + cartId + "/line-items", "{\"variant_id\":123,\"quantity\":\"abc\"}");
    assertEquals(400, bad.status());
    assertEquals(
        "variant_id must be a string, quantity must be an integer number",
        bad.json().get("message").asText());
    assertEquals(bad.body(), http.post("/store/carts/" + cartId + "/line-items", "{}").body());

    TestHttp.Res stock =
        http.post(
            "/store/carts/" + cartId + "/line-items",
            "{\"variant_id\":\"" + OUT_OF_STOCK_VARIANT + "\",\"quantity\":1}");
    assertEquals(400, stock.status());
    assertTrue(
        stock.body().startsWith("{\"code\":\"insufficient_inventory\",\"type\":\"not_allowed\""),
        stock.body());

    TestHttp.Res missing = http.get("/store/carts/cart_01DOESNOTEXIST000000000000");
    assertEquals(404, missing.status());
    assertEquals(
        "Cart with cart_01DOESNOTEXIST000000000000 was not found",
        missing.json().get("message").asText());

    TestHttp.Res region = http.post("/store/carts", "{\"region_id\":\"reg_nope\"}");
    assertEquals(404, region.status());
    assertEquals("Region with reg_nope was not found", region.json().get("message").asText());

    assertEquals(500, http.get("/store/shipping-options/cart_nope").status());
  }
}
