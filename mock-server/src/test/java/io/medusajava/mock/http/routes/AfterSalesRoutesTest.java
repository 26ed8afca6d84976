package io.medusajava.mock.http.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.IdGenerator;
import io.medusajava.mock.domain.MockClock;
import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.seed.Seed;
import io.medusajava.mock.http.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The after-sales route groups through a fake Call: statuses, envelopes and the spec's required
 * fields.
 */
class AfterSalesRoutesTest {
  static final String FULFILLED_ORDER = "order_01KDVDNB3WT1AC0QWAYM4S107Z";
  static final String PENDING_ORDER = "order_01KDVDNB43GGSQ5H6D8R5F9XNX";
  static final String CUSTOMER = "cus_01KDVDNB1PWKND5SDX18NM3D74";
  static final String EMAIL = "alex.rivera@example.com";
  static final String EDIT = "oe_01KDVDNB4AW0ZHS0YMMHAZSGAC";
  static final String COLLECTION = "paycol_01KDVDNB4HWGAB07J2BZ5Y44R3";
  static final String REASON = "rr_01KDVDNB2B6B02P6WTP67DP0WD";
  static final String RETURN_OPTION = "so_01KDVDNA1RWZ0BCKS6JDQK960H";
  static final String NA = "reg_01KDVDNA0ECMNNV5ZS5DF2C65C";
  static final String EU = "reg_01KDVDNA0NGJKGA71HEEF30KH8";
  static final String TEE_S_BLACK = "variant_01KDVDNA83FM61C02NATN3E9GK";
  static final String HOODIE_S = "variant_01KDVDNAC8FV02HRP35WB6WGKM";

  private StoreState state;
  private RouteHarness http;

  @BeforeEach
  void setUp() {
    state =
        new StoreState(
            Seed::loadDefault,
            new IdGenerator(3),
            new MockClock(Clock.fixed(Instant.parse("2026-11-29T08:00:00.000Z"), ZoneOffset.UTC)));
    http = new RouteHarness(state);
  }

  private static JsonNode ok(Reply r) {
    assertEquals(200, r.status(), () -> String.valueOf(r.json() != null ? r.json() : r.text()));
    return r.json();
  }

  private static JsonNode error(Reply r, int status, String type) {
    assertEquals(status, r.status(), () -> String.valueOf(r.json()));
    assertEquals(type, r.json().get("type").asText());
    assertNotNull(r.json().get("message"));
    return r.json();
  }

  private String teeItemId() {
    return state.orders().order(FULFILLED_ORDER).items.stream()
        .filter(i -> i.variantId.equals(TEE_S_BLACK))
        .findFirst()
        .orElseThrow()
        .id;
  }

  private Cart cartWithSession() {
    Cart c = state.carts().create(NA, null, null);
    state.carts().addLineItem(c.id, TEE_S_BLACK, 1);
    state.checkout().createPaymentSessions(c.id);
    return c;
  }

  // ------------------------------------------------------------------ carts

  @Test
  void updatingSessionDataSelectsTheSessionButTheManualProviderKeepsItsData() {
    Cart c = cartWithSession();
    JsonNode cart =
        ok(http.post(
                "/store/carts/" + c.id + "/payment-sessions/manual", "{\"data\":{\"note\":\"x\"}}"))
            .get("cart");
    assertEquals("pending", cart.at("/payment_session/data/status").asText());
    assertTrue(cart.at("/payment_session/data/note").isMissingNode());
    error(
        http.post("/store/carts/" + c.id + "/payment-sessions/manual", "{}"), 400, "invalid_data");
    error(
        http.post("/store/carts/" + c.id + "/payment-sessions/stripe", "{\"data\":{}}"),
        400,
        "not_allowed");
  }

  @Test
  void refreshingASessionGivesItANewIdAndUnselectsIt() {
    Cart c = cartWithSession();
    String before = c.paymentSessions.get(0).id;
    JsonNode cart =
        ok(http.post("/store/carts/" + c.id + "/payment-sessions/manual/refresh", null))
            .get("cart");
    String after = cart.at("/payment_sessions/0/id").asText();
    assertFalse(after.equals(before));
    assertTrue(cart.at("/payment_sessions/0/is_selected").isNull());
    assertFalse(cart.has("payment_session"));
    assertFalse(cart.has("billing_address"));
  }

  @Test
  void taxesAnswerWithComputedLinesInALeanCart() {
    Cart c = state.carts().create(EU, null, null);
    state.carts().addLineItem(c.id, TEE_S_BLACK, 1);
    Reply r = http.post("/store/carts/" + c.id + "/taxes", null);
    JsonNode line = ok(r).at("/cart/items/0/tax_lines/0");
    assertFalse(line.has("id"), "an open cart's tax lines are computed, not stored");
    assertEquals(25, line.get("rate").asInt());
    assertEquals(c.items.get(0).id, line.get("item_id").asText());
    assertEquals(488, ok(r).at("/cart/tax_total").asLong());
    assertFalse(ok(r).get("cart").has("payment_sessions"));
    assertFalse(ok(r).at("/cart/region").has("countries"));
    error(http.post("/store/carts/cart_nope/taxes", null), 500, "unknown_error");
  }

  // ------------------------------------------------------------------ products and variants

  @Test
  void searchMatchesTitleDescriptionAndHandle() {
    JsonNode hits = ok(http.post("/store/products/search", "{\"q\":\"backpack\"}")).get("hits");
    assertEquals(1, hits.size());
    assertEquals("day-backpack", hits.get(0).get("handle").asText());
    assertEquals(
        2, ok(http.post("/store/products/search", "{\"q\":\"merino\"}")).get("hits").size());
    assertEquals(
        0, ok(http.post("/store/products/search", "{\"q\":\"zeppelin\"}")).get("hits").size());
    assertEquals(
        3, ok(http.post("/store/products/search", "{\"q\":\"\",\"limit\":3}")).get("hits").size());
    error(http.post("/store/products/search", "{\"limit\":\"x\"}"), 400, "invalid_data");
  }

  @Test
  void variantsAreFilteredAndPricedLikeProductVariants() {
    JsonNode list =
        ok(http.get("/store/variants?ids=" + TEE_S_BLACK + "," + HOODIE_S + "&region_id=" + EU))
            .get("variants");
    assertEquals(2, list.size());
    JsonNode tee = list.get(0);
    SpecShapes.assertShape("PricedVariant", tee);
    assertEquals(1950, tee.get("calculated_price").asLong());
    assertEquals(2438, tee.get("calculated_price_incl_tax").asLong());
    assertEquals("crew-neck-tee", tee.at("/product/handle").asText());
    assertEquals(1, ok(http.get("/store/variants?id[]=" + HOODIE_S)).get("variants").size());
    assertEquals(3, ok(http.get("/store/variants?limit=3&offset=1")).get("variants").size());
    JsonNode low = ok(http.get("/store/variants?inventory_quantity[lt]=5")).get("variants");
    low.forEach(v -> assertTrue(v.get("inventory_quantity").asInt() < 5));
    assertTrue(low.size() >= 4);
    assertEquals(
        2,
        ok(http.get("/store/variants?title[]=S%20/%20Black&title[]=Grey".replace("%20", " ")))
            .get("variants")
            .size());
    assertTrue(ok(http.get("/store/variants?limit=2")).at("/variants/0/calculated_price").isNull());
    error(http.get("/store/variants?limit=abc"), 400, "invalid_data");
  }

  @Test
  void oneVariantByIdWithCurrencyPricing() {
    JsonNode v =
        ok(http.get("/store/variants/" + TEE_S_BLACK + "?currency_code=usd")).get("variant");
    assertEquals(2200, v.get("calculated_price").asLong());
    assertTrue(v.get("tax_rates").isNull());
    error(http.get("/store/variants/variant_nope"), 404, "not_found");
    error(
        http.get("/store/variants/" + TEE_S_BLACK + "?sales_channel_id=sc_other"),
        404,
        "not_found");
  }

  // ------------------------------------------------------------------ customers

  @Test
  void paymentMethodsNeedALoginAndAreEmpty() {
    assertEquals(401, http.get("/store/customers/me/payment-methods").status());
    http.customerId = CUSTOMER;
    assertEquals(
        0, ok(http.get("/store/customers/me/payment-methods")).get("payment_methods").size());
  }

  @Test
  void passwordResetWithTheIssuedToken() {
    Reply issued = http.post("/store/customers/password-token", "{\"email\":\"" + EMAIL + "\"}");
    assertEquals(204, issued.status());
    String token = state.events().events("customer.password_reset").get(0).string("token");
    assertNotNull(token);
    error(
        http.post(
            "/store/customers/password-reset",
            "{\"email\":\"" + EMAIL + "\",\"password\":\"n3w\",\"token\":\"nope\"}"),
        500,
        "unknown_error");
    JsonNode customer =
        ok(http.post(
                "/store/customers/password-reset",
                "{\"email\":\"" + EMAIL + "\",\"password\":\"n3w\",\"token\":\"" + token + "\"}"))
            .get("customer");
    SpecShapes.assertShape("Customer", customer);
    assertFalse(customer.has("password"));
    assertEquals(CUSTOMER, state.customers().authenticate(EMAIL, "n3w").id);
    error(
        http.post(
            "/store/customers/password-reset",
            "{\"email\":\"" + EMAIL + "\",\"password\":\"again\",\"token\":\"" + token + "\"}"),
        500,
        "unknown_error");
    assertEquals(
        204,
        http.post("/store/customers/password-token", "{\"email\":\"nobody@example.com\"}")
            .status());
    error(
        http.post("/store/customers/password-token", "{\"email\":\"not-an-email\"}"),
        400,
        "invalid_data");
  }

  // ------------------------------------------------------------------ orders

  @Test
  void claimingAGuestOrder() {
    Cart c = state.carts().create(NA, null, null);
    state.carts().addLineItem(c.id, TEE_S_BLACK, 1);
    state.checkout().createPaymentSessions(c.id);
    Order guest = state.checkout().complete(c.id);
    assertEquals(
        401,
        http.post("/store/orders/batch/customer/token", "{\"order_ids\":[\"" + guest.id + "\"]}")
            .status());
    http.customerId = CUSTOMER;
    Reply r =
        http.post("/store/orders/batch/customer/token", "{\"order_ids\":[\"" + guest.id + "\"]}");
    assertEquals(200, r.status());
    String token = state.events().events("order-update-token.created").get(0).string("token");
    error(
        http.post("/store/orders/customer/confirm", "{\"token\":\"bogus\"}"), 400, "invalid_data");
    assertEquals(
        "token must be a jwt string, token should not be empty",
        error(http.post("/store/orders/customer/confirm", "{}"), 400, "invalid_data")
            .get("message")
            .asText());
    assertEquals(
        "each value in order_ids must be a string, each value in order_ids should not be empty",
        error(http.post("/store/orders/batch/customer/token", "{}"), 400, "invalid_data")
            .get("message")
            .asText());
    assertEquals(
        200,
        http.post("/store/orders/batch/customer/token", "{\"order_ids\":\"order_x\"}").status(),
        "real checks the elements only, so one string passes and claims nothing");
    assertEquals(
        200, http.post("/store/orders/customer/confirm", "{\"token\":\"" + token + "\"}").status());
    assertEquals(CUSTOMER, state.orders().order(guest.id).customerId);
    assertEquals(EMAIL, state.orders().order(guest.id).email);
    assertEquals(
        200,
        http.post("/store/orders/customer/confirm", "{\"token\":\"" + token + "\"}").status(),
        "a claim token stays valid until it expires");
  }

  // ------------------------------------------------------------------ order edits and payment
  // collections

  @Test
  void paymentCollectionShowsTheColumnsAndRelationsAskedFor() {
    String pc = "/store/payment-collections/" + COLLECTION;
    JsonNode plain = ok(http.get(pc)).get("payment_collection");
    assertTrue(plain.has("region") && plain.has("payment_sessions") && plain.has("amount"));
    assertFalse(plain.has("created_at"), "only the route's default columns");
    JsonNode expanded = ok(http.get(pc + "?expand=payment_sessions")).get("payment_collection");
    assertFalse(expanded.has("region"), "expand replaces the default relations");
    assertTrue(expanded.has("amount"));
    JsonNode narrowed = ok(http.get(pc + "?fields=id,amount")).get("payment_collection");
    assertEquals(List.of("id", "amount", "region", "payment_sessions"), fieldNames(narrowed));
    error(http.get(pc + "?expand=nope"), 500, "unknown_error");
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void orderEditShapeAndDecline() {
    JsonNode edit = ok(http.get("/store/order-edits/" + EDIT)).get("order_edit");
    SpecShapes.assertShape("OrderEdit", edit);
    assertEquals("requested", edit.get("status").asText());
    assertEquals(8500, edit.get("difference_due").asLong());
    SpecShapes.assertShape("PaymentCollection", edit.get("payment_collection"));
    assertEquals(EDIT, edit.at("/items/0/order_edit_id").asText());
    JsonNode declined =
        ok(http.post(
                "/store/order-edits/" + EDIT + "/decline", "{\"declined_reason\":\"too dear\"}"))
            .get("order_edit");
    assertEquals("declined", declined.get("status").asText());
    assertEquals("too dear", declined.get("declined_reason").asText());
    assertFalse(declined.get("declined_at").isNull());
    error(http.post("/store/order-edits/" + EDIT + "/complete", null), 400, "not_allowed");
    error(http.get("/store/order-edits/oe_nope"), 404, "not_found");
  }

  @Test
  void payThenCompleteAnOrderEdit() {
    error(http.post("/store/order-edits/" + EDIT + "/complete", null), 400, "not_allowed");
    JsonNode pc =
        ok(http.post(
                "/store/payment-collections/" + COLLECTION + "/sessions",
                "{\"provider_id\":\"manual\"}"))
            .get("payment_collection");
    SpecShapes.assertShape("PaymentCollection", pc);
    JsonNode session = pc.at("/payment_sessions/0");
    SpecShapes.assertShape("PaymentSession", session);
    assertEquals(8500, session.get("amount").asLong());
    assertTrue(session.get("cart_id").isNull());
    String sessionId = session.get("id").asText();

    JsonNode refreshed =
        ok(http.post("/store/payment-collections/" + COLLECTION + "/sessions/" + sessionId, null))
            .get("payment_session");
    SpecShapes.assertShape("PaymentSession", refreshed);
    String newId = refreshed.get("id").asText();
    assertFalse(newId.equals(sessionId));
    error(
        http.post(
            "/store/payment-collections/" + COLLECTION + "/sessions/" + sessionId + "/authorize",
            null),
        404,
        "not_found");

    JsonNode authorized =
        ok(http.post(
                "/store/payment-collections/" + COLLECTION + "/sessions/" + newId + "/authorize",
                null))
            .get("payment_session");
    assertEquals("authorized", authorized.get("status").asText());
    assertFalse(authorized.get("payment_authorized_at").isNull());
    JsonNode after =
        ok(http.get("/store/payment-collections/" + COLLECTION)).get("payment_collection");
    assertEquals("authorized", after.get("status").asText());
    assertFalse(after.has("authorized_amount"), "real's GET shows no authorized_amount");
    assertEquals(8500, after.at("/payment_sessions/0/amount").asLong());
    error(
        http.post(
            "/store/payment-collections/" + COLLECTION + "/sessions",
            "{\"provider_id\":\"manual\"}"),
        400,
        "not_allowed");

    JsonNode edit =
        ok(http.post("/store/order-edits/" + EDIT + "/complete", null)).get("order_edit");
    assertEquals("confirmed", edit.get("status").asText());
    assertFalse(edit.get("confirmed_at").isNull());
    error(http.post("/store/order-edits/" + EDIT + "/decline", "{}"), 400, "not_allowed");
  }

  @Test
  void batchSessionsMustAddUpAndMayBePartlyAuthorized() {
    error(
        http.post(
            "/store/payment-collections/" + COLLECTION + "/sessions/batch",
            "{\"sessions\":[{\"provider_id\":\"manual\",\"amount\":100}]}"),
        500,
        "unexpected_state");
    // a provider the region lacks is left out, so its share is missing from the sum
    error(
        http.post(
            "/store/payment-collections/" + COLLECTION + "/sessions/batch",
            "{\"sessions\":[{\"provider_id\":\"stripe\",\"amount\":8500}]}"),
        500,
        "unexpected_state");
    // an array without one well-formed session is a 500 on real; the other shapes a JSON-worded 400
    error(
        http.post(
            "/store/payment-collections/" + COLLECTION + "/sessions/batch", "{\"sessions\":[{}]}"),
        500,
        "unknown_error");
    JsonNode notArray =
        error(
            http.post(
                "/store/payment-collections/" + COLLECTION + "/sessions/batch",
                "{\"sessions\":null}"),
            400,
            "invalid_data");
    assertEquals(
        "{\"message\":\"sessions must be one of: StorePostPaymentCollectionsSessionsReq\",\"details\":"
            + "{\"undefined\":[\"Cannot read properties of null (reading 'constructor')\"]}}",
        notArray.get("message").asText());
    JsonNode ids =
        error(
            http.post(
                "/store/payment-collections/" + COLLECTION + "/sessions/batch/authorize",
                "{\"session_ids\":null}"),
            400,
            "invalid_data");
    assertEquals(
        "each value in session_ids must be a string, session_ids must be an array",
        ids.get("message").asText());
    JsonNode pc =
        ok(http.post(
                "/store/payment-collections/" + COLLECTION + "/sessions/batch",
                "{\"sessions\":[{\"provider_id\":\"manual\",\"amount\":5000},{\"provider_id\":\"manual\",\"amount\":3500}]}"))
            .get("payment_collection");
    assertEquals(2, pc.get("payment_sessions").size());
    String first = pc.at("/payment_sessions/0/id").asText();
    JsonNode partly =
        ok(http.post(
                "/store/payment-collections/" + COLLECTION + "/sessions/batch/authorize",
                "{\"session_ids\":[\"" + first + "\"]}"))
            .get("payment_collection");
    assertEquals("partially_authorized", partly.get("status").asText());
    assertEquals(5000, partly.get("authorized_amount").asLong());
    error(
        http.post(
            "/store/payment-collections/paycol_nope/sessions/batch/authorize",
            "{\"session_ids\":[]}"),
        404,
        "not_found");
  }

  // ------------------------------------------------------------------ returns and swaps

  @Test
  void returningPartOfAFulfilledOrder() {
    String item = teeItemId();
    Reply r =
        http.post(
            "/store/returns",
            "{\"order_id\":\""
                + FULFILLED_ORDER
                + "\",\"items\":[{\"item_id\":\""
                + item
                + "\",\"quantity\":1,\"reason_id\":\""
                + REASON
                + "\",\"note\":\"too small\"}],"
                + "\"return_shipping\":{\"option_id\":\""
                + RETURN_OPTION
                + "\"}}");
    JsonNode ret = ok(r).get("return");
    SpecShapes.assertShape("Return", ret);
    SpecShapes.assertShape("ReturnItem", ret.at("/items/0"));
    assertEquals("requested", ret.get("status").asText());
    assertEquals(1200, ret.get("refund_amount").asLong());
    assertEquals("wrong_size", ret.at("/items/0/reason/value").asText());
    assertFalse(
        ret.has("shipping_method"), "POST /store/returns does not load the shipping method");

    error(
        http.post(
            "/store/returns",
            "{\"order_id\":\""
                + FULFILLED_ORDER
                + "\",\"items\":[{\"item_id\":\""
                + item
                + "\",\"quantity\":3}]}"),
        400,
        "not_allowed");
    // Medusa checks quantities only: an order nothing was shipped from can still get a return.
    String pendingItem = state.orders().order(PENDING_ORDER).items.get(0).id;
    JsonNode unshipped =
        ok(http.post(
                "/store/returns",
                "{\"order_id\":\""
                    + PENDING_ORDER
                    + "\",\"items\":[{\"item_id\":\""
                    + pendingItem
                    + "\",\"quantity\":1}]}"))
            .get("return");
    assertTrue(unshipped.get("shipping_data").isNull());
    error(http.post("/store/returns", "{\"items\":[{\"item_id\":1}]}"), 400, "invalid_data");
    error(
        http.post(
            "/store/returns",
            "{\"order_id\":\"order_nope\",\"items\":[{\"item_id\":\"x\",\"quantity\":1}]}"),
        404,
        "not_found");
  }

  @Test
  void swapCreatesACartForTheDifference() {
    String item = teeItemId();
    JsonNode swap =
        ok(http.post(
                "/store/swaps",
                "{\"order_id\":\""
                    + FULFILLED_ORDER
                    + "\",\"return_items\":[{"
                    + "\"item_id\":\""
                    + item
                    + "\",\"quantity\":1}],\"additional_items\":[{\"variant_id\":\""
                    + HOODIE_S
                    + "\",\"quantity\":1}]}"))
            .get("swap");
    SpecShapes.assertShape("Swap", swap);
    assertFalse(swap.has("object"));
    assertTrue(swap.get("difference_due").isNull(), "nothing is due until the swap's cart is paid");
    assertEquals(FULFILLED_ORDER, swap.at("/order/id").asText());
    assertEquals("swap", swap.at("/cart/type").asText());
    assertEquals(swap.get("id").asText(), swap.at("/cart/metadata/swap_id").asText());
    assertEquals(1, swap.get("additional_items").size());
    assertEquals(HOODIE_S, swap.at("/additional_items/0/variant_id").asText());
    assertEquals(swap.get("id").asText(), swap.at("/return_order/swap_id").asText());
    String cartId = swap.get("cart_id").asText();
    assertEquals("swap", state.carts().cart(cartId).type);
    assertEquals(2700, state.carts().totals(state.carts().cart(cartId)).total());

    JsonNode again = ok(http.get("/store/swaps/" + cartId)).get("swap");
    assertEquals(swap.get("id").asText(), again.get("id").asText());
    error(http.get("/store/swaps/cart_nope"), 404, "not_found");
    error(
        http.post(
            "/store/swaps",
            "{\"order_id\":\""
                + PENDING_ORDER
                + "\",\"return_items\":[],"
                + "\"additional_items\":[{\"variant_id\":\""
                + HOODIE_S
                + "\",\"quantity\":1}]}"),
        400,
        "not_allowed");
    error(
        http.post("/store/swaps", "{\"order_id\":\"" + FULFILLED_ORDER + "\"}"),
        400,
        "invalid_data");
  }
}
