package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input a client or an attacker may send, byte for byte as sent (no HTTP library tidies it up),
 * each answered as a real Medusa 1.20.11 answered it when tried on one (status and body shape are
 * noted by each case), and none answered with a Java stack trace.
 */
class MockBadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Java stack frames or exception names; Express's one-line "at JSON.parse" is how real pages
   * look.
   */
  private static final Pattern STACK_TRACE =
      Pattern.compile(
          "(\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\))|Exception|\\.java:\\d+|org\\.eclipse|tomakehurst");

  private static final String UNKNOWN_ERROR =
      "{\"code\":\"unknown_error\",\"type\":\"unknown_error\",\"message\":\"An unknown error occurred.\"}";
  private static final String PRODUCT = "prod_01KDVDNA7EET3G0FWNTMQ55SYB";

  private static MedusaMockServer server;

  @BeforeAll
  static void start() {
    server = new MedusaMockServer(MockServerOptions.defaults().port(0)).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** One raw answer: status line, headers (lower-case names) and body. */
  record Raw(int status, Map<String, String> headers, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    String contentType() {
      return headers.get("content-type");
    }
  }

  /** Sends exactly these bytes on a fresh connection and reads the whole answer. */
  static Raw send(String requestLineAndHeaders, String body) throws IOException {
    byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.ISO_8859_1);
    String head =
        requestLineAndHeaders
            + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + (body == null ? "" : "Content-Length: " + payload.length + "\r\n")
            + "\r\n";
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(payload);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, split).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
      Raw raw =
          new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(split + 4));
      assertFalse(
          STACK_TRACE.matcher(raw.body()).find(),
          () -> "a stack trace for " + requestLineAndHeaders + ":\n" + raw.body());
      return raw;
    }
  }

  static Raw get(String target, String... headers) throws IOException {
    return send(
        "GET "
            + target
            + " HTTP/1.1"
            + (headers.length == 0 ? "" : "\r\n" + String.join("\r\n", headers)),
        null);
  }

  static Raw postJson(String target, String contentType, String body) throws IOException {
    return send("POST " + target + " HTTP/1.1\r\nContent-Type: " + contentType, body);
  }

  /**
   * Real: the cookie parser leaves an undecodable value alone, express-session ignores it: a fresh
   * session.
   */
  @Test
  void undecodableSessionCookieIsIgnored() throws IOException {
    for (String value : new String[] {"%zz", "%", "%E0%A4%A", "s%3Aabc%zz"}) {
      Raw health = get("/health", "Cookie: connect.sid=" + value);
      assertEquals(200, health.status(), value);
      assertEquals("OK", health.body());
      assertTrue(health.headers().get("set-cookie").startsWith("connect.sid=s%3A"), value);
      Raw regions = get("/store/regions", "Cookie: theme=dark; connect.sid=" + value);
      assertEquals(200, regions.status(), value);
      assertEquals(2, regions.json().get("regions").size());
    }
  }

  /**
   * Real: qs keeps a value that does not decode as sent; q is an ILIKE pattern, so "%" matches
   * everything.
   */
  @Test
  void undecodableQueryIsReadAsSent() throws IOException {
    Raw zz = get("/store/products?q=%zz&limit=1");
    assertEquals(200, zz.status());
    assertEquals(0, zz.json().get("count").asInt());
    Raw percent = get("/store/products?q=%&limit=1");
    assertEquals(200, percent.status());
    assertTrue(percent.json().get("count").asInt() > 0);
    Raw region = get("/store/products?region_id=%zz&limit=1");
    assertEquals(404, region.status());
    assertEquals("Region with %zz was not found", region.json().get("message").asText());
    Raw expand = get("/store/products?expand=%zz");
    assertEquals(400, expand.status());
    assertEquals("Requested fields [%zz] are not valid", expand.json().get("message").asText());
    assertEquals(400, get("/store/regions?limit=%zz").status());
  }

  /**
   * Real: an index past any JavaScript array ({@code a[4294967295]} and up) leaves Medusa an empty
   * array: id, tags and is_giftcard then fail with its JSON 500, collection_id matches nothing,
   * category_id filters nothing. Indexes a JavaScript array can hold are array slots, however
   * large.
   */
  @Test
  void hugeArrayIndexes() throws IOException {
    for (String param : new String[] {"id", "tags", "is_giftcard"}) {
      Raw r = get("/store/products?" + param + "[99999999999]=x");
      assertEquals(500, r.status(), param);
      assertEquals(UNKNOWN_ERROR, r.body(), param);
      assertTrue(r.contentType().startsWith("application/json"), param);
    }
    assertEquals(500, get("/store/products?id[4294967295]=x").status());
    assertEquals(
        0, get("/store/products?collection_id[99999999999]=x").json().get("count").asInt());
    int all = get("/store/products").json().get("count").asInt();
    assertEquals(
        all, get("/store/products?category_id[99999999999]=x").json().get("count").asInt());
    assertEquals(1, get("/store/products?id[4294967294]=" + PRODUCT).json().get("count").asInt());
    assertEquals(
        1,
        get("/store/products?id[0]=" + PRODUCT + "&id[99999999999]=other")
            .json()
            .get("count")
            .asInt());
  }

  /**
   * Real: Postgres refuses a NUL in text: its 500. An unknown cart_id is real's 500 on the list
   * too, but the mock answers 404 there (see ProductRoutes.pricingRegion), as the one-product route
   * does on both.
   */
  @Test
  void inputsTheDatabaseRefuses() throws IOException {
    assertEquals(UNKNOWN_ERROR, get("/store/products?q=%00").body());
    assertEquals(UNKNOWN_ERROR, get("/store/products?handle=a%00b").body());
    assertEquals(404, get("/store/products?cart_id=cart_unknown").status());
    assertEquals(404, get("/store/products/" + PRODUCT + "?cart_id=cart_unknown").status());
  }

  /**
   * Real: body-parser's pages, 415 for a charset it does not read and 400 for what JSON.parse
   * refuses.
   */
  @Test
  void bodiesBodyParserRefuses() throws IOException {
    Raw charset = postJson("/store/carts", "application/json; charset=bogus", "{}");
    assertEquals(415, charset.status());
    assertTrue(charset.contentType().startsWith("text/html"));
    assertTrue(charset.body().contains("unsupported charset &quot;BOGUS&quot;"), charset.body());
    for (String body : new String[] {"null", "\"x\"", "{}x", "{\"region_id\": "}) {
      Raw r = postJson("/store/carts", "application/json", body);
      assertEquals(400, r.status(), body);
      assertTrue(r.contentType().startsWith("text/html"), body);
      assertTrue(r.body().contains("SyntaxError"), body);
    }
    Raw latin = postJson("/store/carts", "application/json", "{\"region_id\":\"\u00ff\u00fe\"}");
    assertEquals(
        404,
        latin.status(),
        "bytes that are not UTF-8 decode to replacement characters, as in Node");
  }

  /**
   * Real: a sound document 3,000 levels deep overflows its stack: its JSON 500, not a crash of the
   * server. A broken one of any depth is JSON.parse's SyntaxError page.
   */
  @Test
  void deepNesting() throws IOException {
    String deep = "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
    Raw r = postJson("/store/carts", "application/json", deep);
    assertEquals(500, r.status());
    assertEquals(UNKNOWN_ERROR, r.body());
    Raw broken = postJson("/store/carts", "application/json", "[".repeat(5_000));
    assertEquals(400, broken.status());
    assertTrue(broken.body().contains("SyntaxError"));
    assertEquals(200, get("/health").status());
  }

  /**
   * Jetty refuses a path whose escapes do not decode before any code of the mock runs: a 400 (real
   * answers its JSON 500 on store routes). A client error either way, and never a stack.
   */
  @Test
  void undecodablePath() throws IOException {
    for (String path :
        new String[] {"/store/products/%zz", "/store/products/%", "/store/carts/%00", "/%zz"}) {
      Raw r = get(path);
      assertEquals(400, r.status(), path);
    }
  }

  /**
   * Real: only origins in STORE_CORS are echoed; others still get their answer, without the header.
   */
  @Test
  void corsAllowList() throws IOException {
    Raw foreign = get("/store/regions", "Origin: http://evil.test");
    assertEquals(200, foreign.status());
    assertNull(foreign.headers().get("access-control-allow-origin"));
    assertEquals("true", foreign.headers().get("access-control-allow-credentials"));
    Raw local = get("/store/regions", "Origin: http://localhost:8000");
    assertEquals("http://localhost:8000", local.headers().get("access-control-allow-origin"));
    Raw preflight =
        send(
            "OPTIONS /store/carts HTTP/1.1\r\nOrigin: http://evil.test\r\n"
                + "Access-Control-Request-Method: POST",
            null);
    assertEquals(204, preflight.status());
    assertNull(preflight.headers().get("access-control-allow-origin"));
  }

  /** Nothing above broke the server: it still checks out. */
  @Test
  void serverStillWorks() throws IOException {
    undecodableSessionCookieIsIgnored();
    hugeArrayIndexes();
    deepNesting();
    Raw cart = postJson("/store/carts", "application/json", "{}");
    assertEquals(200, cart.status());
    assertTrue(cart.json().at("/cart/id").asText().startsWith("cart_"));
  }
}
