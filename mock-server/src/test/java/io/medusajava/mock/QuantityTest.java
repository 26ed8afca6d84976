package io.medusajava.mock;

import static io.medusajava.mock.SeedIds.VARIANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.junit.MedusaMockTest;
import org.junit.jupiter.api.Test;

/**
 * A line quantity never wraps around. Real 1.20.11 stores it in a 32-bit integer column: a stocked
 * variant is refused for stock first, anything else beyond the column fails in Postgres and answers
 * Medusa's 500, with nothing saved. Every expected answer below is what the real backend gave to
 * the same request.
 */
@MedusaMockTest
class QuantityTest {
  /** The sticker pack does not manage inventory, so only the column limits it. */
  private static final String UNSTOCKED = "variant_01KDVDNB0C53401MYEFBYRCPQM";

  private static final String UNKNOWN_ERROR =
      "{\"code\":\"unknown_error\",\"type\":\"unknown_error\",\"message\":\"An unknown error occurred.\"}";

  private static String newCart(TestHttp http) {
    return http.post("/store/carts", "{}").json().at("/cart/id").asText();
  }

  private static TestHttp.Res add(TestHttp http, String cart, String variant, String quantity) {
    return http.post(
        "/store/carts/" + cart + "/line-items",
        "{\"variant_id\":\"" + variant + "\",\"quantity\":" + quantity + "}");
  }

  private static JsonNode items(TestHttp http, String cart) {
    return http.get("/store/carts/" + cart).json().at("/cart/items");
  }

  private static void fails500(TestHttp.Res res) {
    assertEquals(500, res.status(), res.body());
    assertEquals(UNKNOWN_ERROR, res.body());
  }

  @Test
  void aQuantityBeyond32BitsFailsLikeTheInsertAndSavesNothing(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart = newCart(http);
    TestHttp.Res wrapsToOne = add(http, cart, UNSTOCKED, "4294967297");
    fails500(wrapsToOne);
    assertNotNull(wrapsToOne.header("Idempotency-Key"), "real sends the key on this 500 too");
    fails500(add(http, cart, UNSTOCKED, "2147483648"));
    fails500(add(http, cart, UNSTOCKED, "-4294967297"));
    fails500(add(http, cart, UNSTOCKED, "12345678901234567890123"));
    assertEquals(0, items(http, cart).size());
    fails500(
        http.post(
            "/store/carts",
            "{\"items\":[{\"variant_id\":\"" + UNSTOCKED + "\",\"quantity\":4294967297}]}"));
  }

  @Test
  void addingToALineMayNotOverflowIt(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart = newCart(http);
    assertEquals(200, add(http, cart, UNSTOCKED, "1").status());
    fails500(add(http, cart, UNSTOCKED, "2147483647"));
    assertEquals(
        1, items(http, cart).get(0).get("quantity").asLong(), "the line keeps its quantity");

    String big = newCart(http);
    TestHttp.Res max = add(http, big, UNSTOCKED, "2147483647");
    assertEquals(200, max.status(), max.body());
    JsonNode line = max.json().at("/cart/items/0");
    assertEquals(2147483647L, line.get("quantity").asLong());
    assertEquals(line.get("unit_price").asLong() * 2147483647L, line.get("subtotal").asLong());
  }

  @Test
  void aStockedVariantIsRefusedForStockFirst(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart = newCart(http);
    TestHttp.Res res = add(http, cart, VARIANT, "4294967297");
    assertEquals(400, res.status());
    assertEquals(
        "{\"code\":\"insufficient_inventory\",\"type\":\"not_allowed\",\"message\":\"Variant with id: "
            + VARIANT
            + " does not have the required inventory\"}",
        res.body());
  }

  @Test
  void integersAreJavaScriptNumbersWithoutAFraction(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart = newCart(http);
    TestHttp.Res fraction = add(http, cart, UNSTOCKED, "1.5");
    assertEquals(400, fraction.status());
    assertEquals(
        "{\"type\":\"invalid_data\",\"message\":\"quantity must be an integer number\"}",
        fraction.body());
    assertEquals(400, add(http, cart, UNSTOCKED, "\"2\"").status());
    TestHttp.Res exponent = add(http, cart, UNSTOCKED, "1e3");
    assertEquals(200, exponent.status(), exponent.body());
    assertEquals(1000, exponent.json().at("/cart/items/0/quantity").asInt());
  }

  @Test
  void updatingALineFollowsTheSameRules(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart = newCart(http);
    add(http, cart, UNSTOCKED, "1");
    String sticker = items(http, cart).get(0).get("id").asText();
    String path = "/store/carts/" + cart + "/line-items/" + sticker;
    fails500(http.post(path, "{\"quantity\":2147483648}"));
    fails500(http.post(path, "{\"quantity\":4294967297}"));
    fails500(http.post(path, "{\"quantity\":-4294967297}"));
    assertEquals(
        "{\"type\":\"invalid_data\",\"message\":\"quantity must be an integer number\"}",
        http.post(path, "{\"quantity\":1.5}").body());
    assertEquals(
        2, http.post(path, "{\"quantity\":2e0}").json().at("/cart/items/0/quantity").asInt());

    add(http, cart, VARIANT, "1");
    String tee = null;
    for (JsonNode item : items(http, cart)) {
      tee = VARIANT.equals(item.get("variant_id").asText()) ? item.get("id").asText() : tee;
    }
    TestHttp.Res stock =
        http.post("/store/carts/" + cart + "/line-items/" + tee, "{\"quantity\":4294967297}");
    assertEquals(400, stock.status());
    assertEquals(
        "{\"code\":\"insufficient_inventory\",\"type\":\"not_allowed\","
            + "\"message\":\"Inventory doesn't cover the desired quantity\"}",
        stock.body());
  }

  @Test
  void aReturnOfMoreThanWasBoughtIsRefusedNotWrapped(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String order = "order_01KDVDNB3WT1AC0QWAYM4S107Z";
    String item = http.get("/store/orders/" + order).json().at("/order/items/0/id").asText();
    TestHttp.Res res =
        http.post(
            "/store/returns",
            "{\"order_id\":\""
                + order
                + "\",\"items\":[{\"item_id\":\""
                + item
                + "\",\"quantity\":4294967297}]}");
    assertEquals(400, res.status(), res.body());
    assertEquals(
        "{\"type\":\"not_allowed\",\"message\":\"Cannot return more items than have been purchased\"}",
        res.body());
  }
}
