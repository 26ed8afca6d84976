package io.medusajava.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.mock.junit.MedusaMockTest;
import org.junit.jupiter.api.Test;

/**
 * Requests are checked against openapi/store.yaml before any handler runs, with Medusa's wording.
 */
@MedusaMockTest
class RequestValidationTest {
  private static void assertInvalid(TestHttp.Res res, String message) {
    assertEquals(400, res.status());
    assertEquals("invalid_data", res.json().get("type").asText());
    assertEquals(message, res.json().get("message").asText());
  }

  @Test
  void aWrongTypeIsNamed(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertInvalid(http.post("/store/carts", "{\"region_id\":42}"), "region_id must be a string");
  }

  @Test
  void everyBadFieldIsListedInSpecOrder(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String cart = http.post("/store/carts", "{}").json().at("/cart/id").asText();
    assertInvalid(
        http.post(
            "/store/carts/" + cart + "/line-items", "{\"variant_id\":7,\"quantity\":\"two\"}"),
        "variant_id must be a string, quantity must be an integer number");
  }

  @Test
  void aMissingRequiredFieldGetsItsFormMessage(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertInvalid(http.post("/store/customers/password-token", "{}"), "email must be an email");
  }

  @Test
  void aValidBodyReachesTheHandler(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(200, http.post("/store/carts", "{\"context\":{\"source\":\"reader\"}}").status());
  }
}
