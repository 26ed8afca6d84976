package io.medusajava.mock;

import static io.medusajava.mock.SeedIds.*;
import static org.junit.jupiter.api.Assertions.*;

import io.medusajava.mock.junit.MedusaMockTest;
import org.junit.jupiter.api.Test;

/** Cookie sessions, JWTs and the 401s of transcripts 15-20, 55-61, 74-75. */
@MedusaMockTest
class AuthFlowTest {

  private static final String LOGIN =
      "{\"email\":\"" + CUSTOMER_EMAIL + "\",\"password\":\"" + CUSTOMER_PASSWORD + "\"}";

  @Test
  void cookieLoginSessionAndLogout(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res login = http.post("/store/auth", LOGIN);
    assertEquals(200, login.status(), login.body());
    assertEquals(CUSTOMER_EMAIL, login.json().at("/customer/email").asText());
    assertTrue(login.json().at("/customer/orders").isArray());
    String setCookie = login.header("Set-Cookie");
    assertTrue(
        setCookie.matches(
            "connect\\.sid=s%3A[A-Za-z0-9_-]+\\.[A-Za-z0-9%]+; Path=/; "
                + "Expires=\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT; HttpOnly"),
        setCookie);
    http.with("Cookie", login.sessionCookie());

    TestHttp.Res session = http.get("/store/auth");
    assertEquals(200, session.status());
    assertNull(session.header("Set-Cookie"), "a known session gets no new cookie");
    assertEquals(200, http.get("/store/customers/me").status());

    TestHttp.Res logout = http.delete("/store/auth");
    assertEquals(200, logout.status());
    assertEquals("OK", logout.body());

    TestHttp.Res after = http.get("/store/auth");
    assertEquals(401, after.status());
    assertEquals("Unauthorized", after.body());
    assertNull(after.header("Content-Type"));
    assertNotNull(after.header("Set-Cookie"), "the destroyed session is replaced");
  }

  @Test
  void registrationLogsIn(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res reg =
        http.post(
            "/store/customers",
            "{\"first_name\":\"A\",\"last_name\":\"B\",\"email\":\"new@example.com\",\"password\":\"pw\"}");
    assertEquals(200, reg.status(), reg.body());
    assertTrue(reg.json().at("/customer/has_account").asBoolean());
    http.with("Cookie", reg.sessionCookie());
    assertEquals(
        "new@example.com", http.get("/store/customers/me").json().at("/customer/email").asText());
    assertTrue(http.get("/store/auth/new%40example.com").json().get("exists").asBoolean());
    assertFalse(http.get("/store/auth/nobody@example.com").json().get("exists").asBoolean());

    TestHttp.Res dup =
        http.post(
            "/store/customers",
            "{\"first_name\":\"A\",\"last_name\":\"B\",\"email\":\"new@example.com\",\"password\":\"pw\"}");
    assertEquals(422, dup.status());
    assertEquals("duplicate_error", dup.json().get("type").asText());

    TestHttp.Res badEmail =
        http.post(
            "/store/customers",
            "{\"first_name\":\"A\",\"last_name\":\"B\",\"email\":\"not-an-email\",\"password\":\"x\"}");
    assertEquals(400, badEmail.status());
    assertEquals(
        "{\"type\":\"invalid_data\",\"message\":\"email must be an email\"}", badEmail.body());
  }

  @Test
  void jwtAuthenticatesAndBadTokensDoNot(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String token = http.post("/store/auth/token", LOGIN).json().get("access_token").asText();
    String[] parts = token.split("\\.");
    assertEquals(3, parts.length);
    String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
    assertTrue(claims.contains("\"domain\":\"store\"") && claims.contains("\"exp\""), claims);

    TestHttp.Res me = http.get("/store/customers/me", "Authorization", "Bearer " + token);
    assertEquals(200, me.status());
    assertEquals(CUSTOMER_EMAIL, me.json().at("/customer/email").asText());

    TestHttp.Res updated =
        http.post(
            "/store/customers/me",
            "{\"first_name\":\"Alexa\"}",
            "Authorization",
            "Bearer " + token);
    assertEquals("Alexa", updated.json().at("/customer/first_name").asText());

    TestHttp.Res added =
        http.post(
            "/store/customers/me/addresses",
            "{\"address\":{\"first_name\":\"A\",\"last_name\":\"R\","
                + "\"address_1\":\"2 High St\",\"city\":\"Austin\",\"country_code\":\"US\",\"postal_code\":\"73301\"}}",
            "Authorization",
            "Bearer " + token);
    assertEquals(200, added.status(), added.body());
    com.fasterxml.jackson.databind.JsonNode addresses =
        added.json().at("/customer/shipping_addresses");
    String addressId = addresses.get(addresses.size() - 1).get("id").asText();
    assertEquals(
        "Dallas",
        http.post(
                "/store/customers/me/addresses/" + addressId,
                "{\"city\":\"Dallas\"}",
                "Authorization",
                "Bearer " + token)
            .json()
            .at("/customer/shipping_addresses/" + (addresses.size() - 1) + "/city")
            .asText());
    assertEquals(
        addresses.size() - 1,
        http.delete(
                "/store/customers/me/addresses/" + addressId, "Authorization", "Bearer " + token)
            .json()
            .at("/customer/shipping_addresses")
            .size());

    assertTrue(
        http.get("/store/customers/me/orders", "Authorization", "Bearer " + token)
                .json()
                .get("count")
                .asInt()
            >= 1);

    TestHttp.Res bad = http.get("/store/customers/me", "Authorization", "Bearer not.a.jwt");
    assertEquals(401, bad.status());
    String forged = parts[0] + "." + parts[1] + ".AAAA";
    assertEquals(
        401, http.get("/store/customers/me", "Authorization", "Bearer " + forged).status());
  }

  @Test
  void wrongPasswordsAndBadBodies(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    for (String path : new String[] {"/store/auth", "/store/auth/token"}) {
      TestHttp.Res wrong =
          http.post(path, "{\"email\":\"" + CUSTOMER_EMAIL + "\",\"password\":\"wrong\"}");
      assertEquals(401, wrong.status());
      assertEquals("Unauthorized", wrong.body());
      assertEquals("text/plain; charset=utf-8", wrong.header("Content-Type"));
    }
    assertEquals(
        401,
        http.post("/store/auth", "{\"email\":\"ghost@example.com\",\"password\":\"x\"}").status());

    TestHttp.Res invalid = http.post("/store/auth", "{\"email\":\"nobody\"}");
    assertEquals(400, invalid.status());
    assertEquals(
        "email must be an email, password should not be empty",
        invalid.json().get("message").asText());

    TestHttp.Res noAuth = http.get("/store/customers/me");
    assertEquals(401, noAuth.status());
    assertEquals("Unauthorized", noAuth.body());
    assertNull(noAuth.header("Content-Type"));
  }
}
