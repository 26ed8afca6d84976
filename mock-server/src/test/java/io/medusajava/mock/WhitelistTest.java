package io.medusajava.mock;

import static io.medusajava.mock.SeedIds.CUSTOMER_EMAIL;
import static io.medusajava.mock.SeedIds.CUSTOMER_PASSWORD;
import static io.medusajava.mock.SeedIds.REGION_NA;
import static io.medusajava.mock.SeedIds.VARIANT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.mock.junit.MedusaMockTest;
import org.junit.jupiter.api.Test;

/**
 * Medusa 1.20.11 rejects query names and body properties its validator classes do not declare, at
 * every level, with 400 invalid_data "property X should not exist". Each expected body below is
 * what a real 1.20.11 answered to the same request (probed with curl against the real backend).
 */
@MedusaMockTest
class WhitelistTest {
  private static void rejects(TestHttp.Res res, String message) {
    assertEquals(400, res.status(), res.body());
    assertEquals("{\"type\":\"invalid_data\",\"message\":" + quoted(message) + "}", res.body());
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String newCart(TestHttp http) {
    return http.post("/store/carts", "{}").json().at("/cart/id").asText();
  }

  @Test
  void unknownQueryNamesAreListedInTheOrderSent(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    rejects(http.get("/store/products?limit=1&colour=red"), "property colour should not exist");
    rejects(
        http.get("/store/products?size=2&limit=1&colour=red"),
        "property size should not exist, property colour should not exist");
    rejects(http.get("/store/products?limit=1&colour[]=red"), "property colour should not exist");
    rejects(http.get("/store/products?limit=1&colour[x]=red"), "property colour should not exist");
    rejects(http.get("/store/variants?limit=1&colour=red"), "property colour should not exist");
    rejects(http.get("/store/shipping-options?colour=red"), "property colour should not exist");
  }

  @Test
  void bracketKeysAreCheckedInsideTheirParameter(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    rejects(http.get("/store/products?limit=1&created_at[foo]=1"), "property foo should not exist");
    rejects(
        http.get(
            "/store/products?limit=1&created_at[gt]=2020-01-01&created_at[foo]=x&created_at[bar]=y"),
        "property foo should not exist, property bar should not exist");
    rejects(
        http.get("/store/products?colour=red&created_at[foo]=1&size=2"),
        "property colour should not exist, property size should not exist, property foo should not exist");
    rejects(
        http.get("/store/products?limit=x&created_at[foo]=1"),
        "property foo should not exist, limit must be a number conforming to the specified constraints");
    rejects(
        http.get("/store/products?limit=1&colour=red&limit=abc"),
        "property colour should not exist, limit must be a number conforming to the specified constraints");
    rejects(
        http.get("/store/products?limit=1&created_at=2020"),
        "nested property created_at must be either object or array");
    assertEquals(
        200,
        http.get("/store/products?created_at[gt]=2020-01-01&created_at[lte]=2999-01-01").status());
  }

  @Test
  void cartRoutesTakeExpandAndFieldsOnly(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart = newCart(http);
    assertEquals(200, http.get("/store/carts/" + cart + "?expand=items&fields=id").status());
    rejects(http.get("/store/carts/" + cart + "?offset=1"), "property offset should not exist");
    rejects(http.get("/store/carts/" + cart + "?colour=red"), "property colour should not exist");
    rejects(
        http.post(
            "/store/carts/" + cart + "/line-items?expand=items&fields=id&order=id&colour=red",
            "{}"),
        "property order should not exist, property colour should not exist");
    rejects(
        http.delete("/store/carts/" + cart + "/discounts/NOPE?colour=red"),
        "property colour should not exist");
    rejects(
        http.get("/store/orders/cart/" + cart + "?colour=red"), "property colour should not exist");
  }

  @Test
  void queriesTheSpecLacksButMedusaTakes(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(
        200,
        http.get(
                "/store/regions/"
                    + REGION_NA
                    + "?limit=1&offset=0&order=name&expand=countries&created_at[gt]=2020-01-01")
            .status());
    rejects(
        http.get("/store/regions/" + REGION_NA + "?colour=red"),
        "property colour should not exist");
    assertEquals(200, http.get("/store/product-categories?order=name").status());
    assertEquals(
        200, http.get("/store/variants/" + VARIANT + "?expand=product&fields=id").status());
  }

  @Test
  void routesWithoutAQueryValidatorIgnoreUnknownNames(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(200, http.get("/store/auth/" + CUSTOMER_EMAIL + "?colour=red").status());
    assertEquals(200, http.get("/store/return-reasons?colour=red").status());
    assertEquals(
        200, http.get("/store/shipping-options/" + newCart(http) + "?colour=red").status());
  }

  @Test
  void unknownBodyPropertiesComeFirstThenTheOthers(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    rejects(http.post("/store/carts", "{\"colour\":\"red\"}"), "property colour should not exist");
    rejects(
        http.post("/store/carts", "{\"colour\":\"red\",\"size\":\"xl\"}"),
        "property colour should not exist, property size should not exist");
    rejects(
        http.post("/store/carts", "{\"region_id\":42,\"colour\":1}"),
        "property colour should not exist, region_id must be a string");
    rejects(
        http.post("/store/carts/" + newCart(http), "{\"metadata\":{\"foo\":1}}"),
        "property metadata should not exist");
    rejects(
        http.post(
            "/store/customers",
            "{\"first_name\":\"A\",\"last_name\":\"B\",\"email\":\"x1@example.com\","
                + "\"password\":\"pw\",\"colour\":\"red\"}"),
        "property colour should not exist");
    assertEquals(
        200,
        http.post("/store/carts/" + newCart(http), "{\"context\":{\"foo\":1}}").status(),
        "a free-form object takes any keys");
  }

  @Test
  void nestedObjectsAndArrayElementsAreWhitelistedToo(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    rejects(
        http.post(
            "/store/carts",
            "{\"items\":[{\"variant_id\":1,\"quantity\":\"x\",\"a\":1,\"b\":2}],\"c\":3}"),
        "property c should not exist, property a should not exist, property b should not exist, "
            + "variant_id must be a string, quantity must be an integer number");
    rejects(
        http.post("/store/carts", "{\"items\":[5]}"),
        "each value in nested property items must be either object or array");
    rejects(
        http.post("/store/carts/" + newCart(http), "{\"discounts\":[{\"code\":\"x\",\"foo\":1}]}"),
        "property foo should not exist");
    TestHttp session = new TestHttp(server.baseUrl());
    session.with(
        "Cookie",
        session
            .post(
                "/store/auth",
                "{\"email\":\"" + CUSTOMER_EMAIL + "\",\"password\":\"" + CUSTOMER_PASSWORD + "\"}")
            .sessionCookie());
    rejects(
        session.post(
            "/store/customers/me/addresses",
            "{\"address\":{\"first_name\":\"A\",\"colour\":1},\"hat\":2}"),
        "property hat should not exist, property colour should not exist, last_name must be a string, "
            + "address_1 must be a string, city must be a string, country_code must be a string, "
            + "postal_code must be a string");
    rejects(
        session.post("/store/customers/me", "{\"colour\":1,\"metadata\":{\"a\":1}}"),
        "property colour should not exist");
  }

  @Test
  void anAddressOrIdFailsAloneWithIsTypesMessage(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart = newCart(http);
    rejects(
        http.post(
            "/store/carts/" + cart,
            "{\"shipping_address\":{\"first_name\":\"A\",\"colour\":\"red\"}}"),
        "{\"message\":\"shipping_address must be one of: AddressPayload,String\",\"details\":{\"String\":"
            + "[\"String validation failed: [object Object] is not a string\"],\"AddressPayload\":"
            + "[\"property colour should not exist\"]}}");
    rejects(
        http.post(
            "/store/carts/" + cart,
            "{\"shipping_address\":{\"first_name\":\"A\",\"colour\":\"red\",\"size\":1},\"hat\":1}"),
        "{\"message\":\"shipping_address must be one of: AddressPayload,String\",\"details\":{\"String\":"
            + "[\"String validation failed: [object Object] is not a string\"],\"AddressPayload\":"
            + "[\"property colour should not exist\",\" property size should not exist\"]}}");
    rejects(
        http.post("/store/carts/" + cart, "{\"shipping_address\":{\"first_name\":3}}"),
        "{\"message\":\"shipping_address must be one of: AddressPayload,String\",\"details\":{\"String\":"
            + "[\"String validation failed: [object Object] is not a string\"],\"AddressPayload\":"
            + "[\"first_name must be a string\"]}}");
    rejects(
        http.post("/store/carts/" + cart, "{\"shipping_address\":5}"),
        "{\"message\":\"shipping_address must be one of: AddressPayload,String\",\"details\":{\"String\":"
            + "[\"String validation failed: 5 is not a string\"],\"AddressPayload\":"
            + "[\"an unknown value was passed to the validate function\"]}}");
    rejects(
        http.post(
            "/store/carts/" + cart,
            "{\"billing_address\":{\"x\":1},\"shipping_address\":{\"y\":1}}"),
        "{\"message\":\"billing_address must be one of: AddressPayload,String\",\"details\":{\"String\":"
            + "[\"String validation failed: [object Object] is not a string\"],\"AddressPayload\":"
            + "[\"property x should not exist\"]}}");
    assertEquals(200, http.post("/store/carts/" + cart, "{\"shipping_address\":null}").status());
    assertEquals(
        200,
        http.post(
                "/store/carts/" + cart,
                "{\"shipping_address\":{\"first_name\":\"A\",\"country_code\":\"us\"}}")
            .status());
  }
}
