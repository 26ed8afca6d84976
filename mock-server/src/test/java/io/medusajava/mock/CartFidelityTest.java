package io.medusajava.mock;

import static io.medusajava.mock.SeedIds.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.junit.MedusaMockTest;
import org.junit.jupiter.api.Test;

/**
 * Cart, order and customer behaviour the differential test found the mock getting wrong, each as a
 * real Medusa 1.20.11 answered it, over real HTTP against the mock.
 */
@MedusaMockTest
class CartFidelityTest {
  private static final String US_ADDRESS =
      "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"address_1\":\"1 Main St\","
          + "\"city\":\"Springfield\",\"country_code\":\"us\",\"postal_code\":\"12345\"}";

  @Test
  void aCompletedCartRefusesChangesAndItsOrderStaysAsPlaced(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart = paidCart(http);
    JsonNode order = http.post("/store/carts/" + cart + "/complete", null).json().get("data");
    String item = order.at("/items/0/id").asText();

    for (TestHttp.Res refused :
        new TestHttp.Res[] {
          http.post(
              "/store/carts/" + cart + "/line-items",
              "{\"variant_id\":\"" + VARIANT + "\",\"quantity\":1}"),
          http.post("/store/carts/" + cart + "/line-items/" + item, "{\"quantity\":5}"),
          http.delete("/store/carts/" + cart + "/line-items/" + item),
          http.post(
              "/store/carts/" + cart + "/shipping-methods",
              "{\"option_id\":\"" + SHIPPING_NA + "\"}")
        }) {
      assertEquals(404, refused.status(), refused.body());
      assertEquals("not_found", refused.json().get("type").asText());
      assertEquals("null", refused.json().get("message").asText());
    }
    JsonNode after = http.get("/store/orders/" + order.get("id").asText()).json().get("order");
    assertEquals(order.at("/items/0/quantity").asInt(), after.at("/items/0/quantity").asInt());
    assertEquals(order.get("total").asLong(), after.get("total").asLong());
  }

  @Test
  void lineQuantitiesFollowMedusasQuirks(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart =
        http.post("/store/carts", "{\"region_id\":\"" + REGION_NA + "\"}")
            .json()
            .at("/cart/id")
            .asText();
    String items = "/store/carts/" + cart + "/line-items";
    // A negative quantity is merged into the variant's line; one that would leave nothing fails in
    // the database.
    assertEquals(
        500, http.post(items, "{\"variant_id\":\"" + VARIANT + "\",\"quantity\":-1}").status());
    http.post(items, "{\"variant_id\":\"" + VARIANT + "\",\"quantity\":3}");
    TestHttp.Res less = http.post(items, "{\"variant_id\":\"" + VARIANT + "\",\"quantity\":-1}");
    assertEquals(200, less.status(), less.body());
    assertEquals(2, less.json().at("/cart/items/0/quantity").asInt());
    assertTrue(
        less.json().get("cart").has("customer"), "the add-line answer loads the cart's customer");

    TestHttp.Res zero = http.post(items, "{\"variant_id\":\"" + VARIANT + "\",\"quantity\":0}");
    assertEquals(400, zero.status());
    assertTrue(zero.json().get("message").asText().startsWith("Unable to generate the line item"));
    String item = less.json().at("/cart/items/0/id").asText();
    assertEquals(500, http.post(items + "/" + item, "{\"quantity\":-1}").status());
    TestHttp.Res unknown = http.post(items + "/item_nope", "{\"quantity\":1}");
    assertEquals(400, unknown.status());
    assertEquals("Could not find the line item", unknown.json().get("message").asText());
    assertEquals(
        200,
        http.delete(items + "/item_nope").status(),
        "deleting a line the cart lacks changes nothing");

    TestHttp.Res noted =
        http.post(items + "/" + item, "{\"quantity\":2,\"metadata\":{\"note\":\"gift\"}}");
    assertEquals("gift", noted.json().at("/cart/items/0/metadata/note").asText());
  }

  @Test
  void theShippingCountryMustBeInTheCartsRegion(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res create =
        http.post("/store/carts", "{\"region_id\":\"" + REGION_NA + "\",\"country_code\":\"de\"}");
    assertEquals(400, create.status());
    assertEquals("not_allowed", create.json().get("type").asText());
    assertEquals("Shipping country not in region", create.json().get("message").asText());

    String cart =
        http.post("/store/carts", "{\"region_id\":\"" + REGION_NA + "\"}")
            .json()
            .at("/cart/id")
            .asText();
    TestHttp.Res update =
        http.post(
            "/store/carts/" + cart,
            "{\"shipping_address\":" + US_ADDRESS.replace("\"us\"", "\"de\"") + "}");
    assertEquals(400, update.status());
    assertEquals("invalid_data", update.json().get("type").asText());
    assertEquals(
        "Shipping country must be in the cart region", update.json().get("message").asText());
    assertEquals(
        500,
        http.post("/store/carts/cart_nope", "{\"email\":\"a@example.com\"}").status(),
        "Medusa fails on writes to an unknown cart");
  }

  @Test
  void eachDiscountedLineListsItsAdjustment(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart =
        http.post(
                "/store/carts",
                "{\"region_id\":\""
                    + REGION_NA
                    + "\",\"items\":[{\"variant_id\":\""
                    + VARIANT
                    + "\",\"quantity\":2}]}")
            .json()
            .at("/cart/id")
            .asText();
    JsonNode line =
        http.post("/store/carts/" + cart, "{\"discounts\":[{\"code\":\"WELCOME10\"}]}")
            .json()
            .at("/cart/items/0");
    assertEquals(1, line.get("adjustments").size());
    JsonNode adjustment = line.at("/adjustments/0");
    assertEquals(line.get("discount_total").asLong(), adjustment.get("amount").asLong());
    assertEquals("discount", adjustment.get("description").asText());
    assertEquals(line.get("id").asText(), adjustment.get("item_id").asText());
    assertTrue(adjustment.get("discount_id").asText().startsWith("disc"));
  }

  @Test
  void aCartEmailMakesAGuestUnlessTheCustomerIsLoggedIn(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String token =
        http.post(
                "/store/auth/token",
                "{\"email\":\"" + CUSTOMER_EMAIL + "\",\"password\":\"" + CUSTOMER_PASSWORD + "\"}")
            .json()
            .get("access_token")
            .asText();
    String registered =
        http.get("/store/customers/me", "Authorization", "Bearer " + token)
            .json()
            .at("/customer/id")
            .asText();
    String cart =
        http.post("/store/carts", "{\"region_id\":\"" + REGION_NA + "\"}")
            .json()
            .at("/cart/id")
            .asText();

    JsonNode anonymous =
        http.post("/store/carts/" + cart, "{\"email\":\"" + CUSTOMER_EMAIL + "\"}")
            .json()
            .get("cart");
    assertNotEquals(
        registered,
        anonymous.get("customer_id").asText(),
        "an e-mail alone never claims an account");
    JsonNode loggedIn =
        http.post(
                "/store/carts/" + cart,
                "{\"email\":\"someone.else@example.com\"}",
                "Authorization",
                "Bearer " + token)
            .json()
            .get("cart");
    assertEquals(registered, loggedIn.get("customer_id").asText());
    assertEquals(
        CUSTOMER_EMAIL,
        loggedIn.get("email").asText(),
        "a logged-in customer's cart carries their e-mail");
  }

  @Test
  void theCustomerKeepsMetadataAndABillingAddress(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String token =
        http.post(
                "/store/auth/token",
                "{\"email\":\"" + CUSTOMER_EMAIL + "\",\"password\":\"" + CUSTOMER_PASSWORD + "\"}")
            .json()
            .get("access_token")
            .asText();
    String[] auth = {"Authorization", "Bearer " + token};
    http.post("/store/customers/me", "{\"metadata\":{\"colour\":\"blue\"}}", auth);
    JsonNode c =
        http.post(
                "/store/customers/me",
                "{\"metadata\":{\"size\":\"m\"},\"billing_address\":" + US_ADDRESS + "}",
                auth)
            .json()
            .get("customer");
    assertEquals("blue", c.at("/metadata/colour").asText(), "metadata is merged, not replaced");
    assertEquals("m", c.at("/metadata/size").asText());
    assertEquals("Springfield", c.at("/billing_address/city").asText());
    assertEquals(c.at("/billing_address/id").asText(), c.get("billing_address_id").asText());

    TestHttp.Res unknown =
        http.post("/store/customers/me/addresses/addr_nope", "{\"first_name\":\"B\"}", auth);
    assertEquals(400, unknown.status());
    assertEquals("Could not find address for customer", unknown.json().get("message").asText());
    assertEquals(200, http.delete("/store/customers/me/addresses/addr_nope", auth).status());
    assertEquals(500, http.post("/store/customers/me/addresses", "{}", auth).status());

    TestHttp.Res nameless =
        http.post(
            "/store/customers", "{\"email\":\"nameless@example.com\",\"password\":\"x1234567\"}");
    assertEquals(
        200, nameless.status(), "Medusa registers a customer without names: " + nameless.body());
    assertTrue(nameless.json().at("/customer/first_name").isNull());
  }

  @Test
  void anOrderLookupMissIsAPlainNotFound(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res miss = http.get("/store/orders?display_id=999&email=nobody%40example.com");
    assertEquals(404, miss.status());
    assertTrue(miss.header("Content-Type").startsWith("text/plain"), miss.header("Content-Type"));
    assertEquals("Not Found", miss.body());
  }

  @Test
  void anUnshippedOrderCanBeReturnedAndEachUnitRefundsWithItsTax(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart =
        http.post(
                "/store/carts",
                "{\"region_id\":\""
                    + REGION_EU
                    + "\",\"items\":[{\"variant_id\":\""
                    + VARIANT
                    + "\",\"quantity\":2}]}")
            .json()
            .at("/cart/id")
            .asText();
    http.post(
        "/store/carts/" + cart,
        "{\"email\":\"buyer@example.com\",\"shipping_address\":"
            + US_ADDRESS.replace("\"us\"", "\"de\"")
            + "}");
    String option =
        http.get("/store/shipping-options/" + cart).json().at("/shipping_options/0/id").asText();
    http.post("/store/carts/" + cart + "/shipping-methods", "{\"option_id\":\"" + option + "\"}");
    http.post("/store/carts/" + cart + "/payment-sessions", null);
    JsonNode order = http.post("/store/carts/" + cart + "/complete", null).json().get("data");
    long unitPrice = order.at("/items/0/unit_price").asLong();

    TestHttp.Res ret =
        http.post(
            "/store/returns",
            "{\"order_id\":\""
                + order.get("id").asText()
                + "\",\"items\":[{\"item_id\":\""
                + order.at("/items/0/id").asText()
                + "\",\"quantity\":1}]}");
    assertEquals(200, ret.status(), ret.body());
    // One unit with 25% tax, rounded once: not half of the two-unit line's rounded total.
    assertEquals(Math.round(unitPrice * 1.25), ret.json().at("/return/refund_amount").asLong());
  }

  /**
   * A North American cart with one line, an address, a shipping method and a selected payment
   * session.
   */
  private static String paidCart(TestHttp http) {
    String cart =
        http.post(
                "/store/carts",
                "{\"region_id\":\""
                    + REGION_NA
                    + "\",\"items\":[{\"variant_id\":\""
                    + VARIANT
                    + "\",\"quantity\":2}]}")
            .json()
            .at("/cart/id")
            .asText();
    http.post(
        "/store/carts/" + cart,
        "{\"email\":\"buyer@example.com\",\"shipping_address\":" + US_ADDRESS + "}");
    http.post(
        "/store/carts/" + cart + "/shipping-methods", "{\"option_id\":\"" + SHIPPING_NA + "\"}");
    http.post("/store/carts/" + cart + "/payment-sessions", null);
    return cart;
  }
}
