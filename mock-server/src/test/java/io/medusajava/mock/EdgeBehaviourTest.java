package io.medusajava.mock;

import static io.medusajava.mock.SeedIds.*;
import static org.junit.jupiter.api.Assertions.*;

import io.medusajava.mock.junit.MedusaMockTest;
import org.junit.jupiter.api.Test;

/**
 * What every answer of the edge looks like: Express headers, CORS, error pages, query validation.
 */
@MedusaMockTest
class EdgeBehaviourTest {

  @Test
  void healthAndExpressHeaders(MedusaMockServer server) {
    TestHttp.Res health = new TestHttp(server.baseUrl()).get("/health");
    assertEquals(200, health.status());
    assertEquals("OK", health.body());
    assertEquals("Express", health.header("X-Powered-By"));
    assertEquals("text/html; charset=utf-8", health.header("Content-Type"));
    assertNull(
        health.header("Access-Control-Allow-Credentials"), "CORS belongs to the store router only");
    assertNull(health.header("Vary"));
    assertTrue(health.header("Set-Cookie").startsWith("connect.sid=s%3A"));
    assertEquals("2", health.header("Content-Length"));
  }

  @Test
  void answersCarryExpressEntityTagsAndRevalidate(MedusaMockServer server) throws Exception {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res regions = http.get("/store/regions");
    byte[] body = regions.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String expected =
        "W/\""
            + Integer.toHexString(body.length)
            + "-"
            + java.util.Base64.getEncoder()
                .withoutPadding()
                .encodeToString(java.security.MessageDigest.getInstance("SHA-1").digest(body))
            + "\"";
    assertEquals(expected, regions.header("ETag"));
    assertNull(regions.header("Matched-Stub-Id"), "no Medusa answer names a WireMock stub");

    TestHttp.Res again = http.get("/store/regions", "If-None-Match", expected);
    assertEquals(304, again.status());
    assertEquals("", again.body());
    assertEquals(expected, again.header("ETag"));
    assertEquals(
        304,
        http.get("/store/regions", "If-None-Match", expected.substring(2)).status(),
        "weak comparison");
    assertEquals(200, http.get("/store/regions", "If-None-Match", "W/\"1-x\"").status());
    assertEquals(
        200,
        http.get("/store/regions", "If-None-Match", expected, "Cache-Control", "no-cache")
            .status());

    TestHttp.Res invalid = http.get("/store/regions?colour=red", "If-None-Match", "*");
    assertEquals(400, invalid.status(), "only a 2xx is ever fresh");
    assertNotNull(invalid.header("ETag"), "error JSON goes through res.send too");
    assertNull(
        http.get("/store/nope").header("ETag"), "Express's final handler writes its page itself");
    assertNull(http.get("/store/customers/me").header("ETag"), "passport ends its 401 itself");
  }

  @Test
  void speaksHttp11OnlyAsNodeDoes(MedusaMockServer server) throws Exception {
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + "/store/regions"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals(
        java.net.http.HttpClient.Version.HTTP_1_1, r.version(), "the h2c upgrade is ignored");
  }

  @Test
  void headIsAGetWithoutItsBody(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res get = http.get("/store/regions");
    TestHttp.Res head = http.send("HEAD", "/store/regions", null);
    assertEquals(200, head.status());
    assertEquals("", head.body());
    assertEquals(get.header("ETag"), head.header("ETag"));
    assertEquals(get.header("Content-Length"), head.header("Content-Length"));
    assertEquals("application/json; charset=utf-8", head.header("Content-Type"));
    assertEquals(400, http.send("HEAD", "/store/regions?colour=red", null).status());
    assertEquals(404, http.send("HEAD", "/store/nope", null).status());
  }

  @Test
  void stubsUsersAddStillNameThemselves(MedusaMockServer server) {
    server
        .wireMock()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.get("/custom")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok("mine")));
    assertNotNull(new TestHttp(server.baseUrl()).get("/custom").header("Matched-Stub-Id"));
  }

  @Test
  void unknownRouteIsExpressHtml(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res r = http.get("/store/does-not-exist");
    assertEquals(404, r.status());
    assertTrue(r.header("Content-Type").startsWith("text/html"));
    assertTrue(r.body().contains("<pre>Cannot GET /store/does-not-exist</pre>"), r.body());
    assertTrue(http.send("PUT", "/store/carts", "{}").body().contains("Cannot PUT /store/carts"));
  }

  @Test
  void malformedAndNonObjectBodies(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res broken = http.post("/store/carts", "{\"region_id\": ");
    assertEquals(400, broken.status());
    assertTrue(broken.header("Content-Type").startsWith("text/html"));
    assertTrue(broken.body().contains("SyntaxError"));
    assertEquals("nosniff", broken.header("X-Content-Type-Options"));

    TestHttp.Res array = http.post("/store/carts", "[1,2]");
    assertEquals(400, array.status());
    assertEquals("invalid_data", array.json().get("type").asText());
  }

  @Test
  void corsEchoesOnlyAllowedOrigins(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res local = http.get("/store/regions", "Origin", "http://localhost:8000");
    assertEquals("http://localhost:8000", local.header("Access-Control-Allow-Origin"));
    assertEquals("true", local.header("Access-Control-Allow-Credentials"));
    assertEquals("Origin", local.header("Vary"));
    assertEquals(
        "http://127.0.0.1:3000",
        http.get("/store/regions", "Origin", "http://127.0.0.1:3000")
            .header("Access-Control-Allow-Origin"));

    // Real Medusa still answers a foreign origin, only without the header a browser needs to read
    // it.
    TestHttp.Res foreign = http.get("/store/regions", "Origin", "http://shop.test");
    assertEquals(200, foreign.status());
    assertNull(foreign.header("Access-Control-Allow-Origin"));
    assertEquals("true", foreign.header("Access-Control-Allow-Credentials"));
    assertNull(
        http.get("/store/regions", "Origin", "http://localhost.evil.test")
            .header("Access-Control-Allow-Origin"));
  }

  @Test
  void preflightReflectsWhatTheBrowserAsked(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res pre =
        http.send(
            "OPTIONS",
            "/store/carts/x/complete",
            null,
            "Origin",
            "http://localhost:8000",
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "content-type,x-custom");
    assertEquals(204, pre.status());
    assertNull(pre.header("Content-Type"));
    assertEquals("http://localhost:8000", pre.header("Access-Control-Allow-Origin"));
    assertEquals("GET,HEAD,PUT,PATCH,POST,DELETE", pre.header("Access-Control-Allow-Methods"));
    assertEquals("content-type,x-custom", pre.header("Access-Control-Allow-Headers"));
    assertEquals("Origin, Access-Control-Request-Headers", pre.header("Vary"));

    TestHttp.Res foreign =
        http.send(
            "OPTIONS",
            "/store/carts",
            null,
            "Origin",
            "http://shop.test",
            "Access-Control-Request-Method",
            "POST");
    assertEquals(204, foreign.status());
    assertNull(foreign.header("Access-Control-Allow-Origin"));
    assertNull(foreign.header("Access-Control-Allow-Headers"));

    TestHttp.Res health = http.send("OPTIONS", "/health", null);
    assertEquals(200, health.status());
    assertEquals("GET,HEAD", health.header("Allow"));
  }

  @Test
  void queryValidationAsTheRealServer(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    TestHttp.Res limit = http.get("/store/products?limit=abc");
    assertEquals(400, limit.status());
    assertEquals(
        "{\"type\":\"invalid_data\",\"message\":\"limit must be a number conforming to the specified constraints\"}",
        limit.body());
    assertEquals(400, http.get("/store/regions?limit=abc").status());

    TestHttp.Res offset = http.get("/store/products?offset=-1");
    assertEquals(500, offset.status());
    assertEquals(
        "{\"code\":\"unknown_error\",\"type\":\"unknown_error\",\"message\":\"An unknown error occurred.\"}",
        offset.body());

    TestHttp.Res expand = http.get("/store/products?expand=nope");
    assertEquals(400, expand.status());
    assertEquals("Requested fields [nope] are not valid", expand.json().get("message").asText());
    assertEquals(
        200, http.get("/store/products?expand=variants,variants.prices,options,images").status());
  }

  @Test
  void qsFormsOfProductFilters(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(
        2,
        http.get("/store/products?id[]=" + PRODUCT_1 + "&id[]=" + PRODUCT_2)
            .json()
            .get("count")
            .asInt());
    assertEquals(
        2,
        http.get("/store/products?id%5B0%5D=" + PRODUCT_1 + "&id%5B1%5D=" + PRODUCT_2)
            .json()
            .get("count")
            .asInt());
    assertEquals(1, http.get("/store/products?id=" + PRODUCT_1).json().get("count").asInt());
    assertEquals(
        0,
        http.get("/store/products?created_at[gt]=2999-01-01T00:00:00Z")
            .json()
            .get("count")
            .asInt());
    int all = http.get("/store/products").json().get("count").asInt();
    assertEquals(
        all,
        http.get("/store/products?created_at%5Blt%5D=2999-01-01T00%3A00%3A00Z")
            .json()
            .get("count")
            .asInt());

    TestHttp.Res page = http.get("/store/products?limit=2&offset=1&region_id=" + REGION_NA);
    assertEquals(2, page.json().get("products").size());
    assertEquals(1, page.json().get("offset").asInt());
    assertTrue(page.json().at("/products/0/variants/0/calculated_price").isNumber(), page.body());
    assertEquals(
        PRODUCT_1, http.get("/store/products/" + PRODUCT_1).json().at("/product/id").asText());
    assertEquals(404, http.get("/store/products/prod_nope").status());
  }

  @Test
  void catalogLists(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(2, http.get("/store/regions").json().get("regions").size());
    assertEquals(
        REGION_EU, http.get("/store/regions/" + REGION_EU).json().at("/region/id").asText());
    assertEquals(404, http.get("/store/regions/reg_nope").status());
    for (String[] list :
        new String[][] {
          {"/store/collections", "collections"},
          {"/store/product-categories", "product_categories"},
          {"/store/product-tags", "product_tags"},
          {"/store/product-types", "product_types"},
          {"/store/return-reasons", "return_reasons"},
          {"/store/shipping-options?region_id=" + REGION_NA, "shipping_options"}
        }) {
      TestHttp.Res r = http.get(list[0]);
      assertEquals(200, r.status(), list[0] + " " + r.body());
      assertTrue(r.json().get(list[1]).size() > 0, list[0]);
    }
    String collection = http.get("/store/collections").json().at("/collections/0/id").asText();
    assertEquals(
        collection,
        http.get("/store/collections/" + collection).json().at("/collection/id").asText());
    String category =
        http.get("/store/product-categories").json().at("/product_categories/0/id").asText();
    assertEquals(
        category,
        http.get("/store/product-categories/" + category)
            .json()
            .at("/product_category/id")
            .asText());
    String reason = http.get("/store/return-reasons").json().at("/return_reasons/0/id").asText();
    assertEquals(
        reason,
        http.get("/store/return-reasons/" + reason).json().at("/return_reason/id").asText());
    assertEquals(
        5000,
        http.get("/store/gift-cards/GIFT-5TAR-T3R5-M0CK").json().at("/gift_card/balance").asInt());
    assertEquals(404, http.get("/store/gift-cards/NOPE").status());
  }

  @Test
  void publishableKeyScopesCarts(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(
        SALES_CHANNEL,
        http.post("/store/carts", "{}", "x-publishable-api-key", PUBLISHABLE_KEY)
            .json()
            .at("/cart/sales_channel_id")
            .asText());
    TestHttp.Res unknown =
        http.get("/store/products?limit=1", "x-publishable-api-key", "pk_unknown");
    assertEquals(200, unknown.status());
    assertEquals(
        http.get("/store/products?limit=1").json().get("count"), unknown.json().get("count"));
  }
}
