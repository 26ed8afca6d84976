package io.medusajava.mock;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.domain.seed.Seed;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting the server from Java, from the command line, from the shaded jar, and with another seed.
 */
class ServerLifecycleTest {

  @Test
  void optionsValidate() {
    assertThrows(
        IllegalArgumentException.class, () -> MockServerOptions.defaults().port(70000).validate());
    assertThrows(
        IllegalArgumentException.class,
        () -> MockServerOptions.defaults().bindAddress(" ").validate());
    assertThrows(
        IllegalArgumentException.class,
        () -> MockServerOptions.defaults().seedFile(Path.of("/no/such/seed.json")).validate());
    assertEquals(2, MockServerOptions.defaults().port(-1).bindAddress("").problems().size());
    assertThrows(
        IllegalArgumentException.class,
        () -> MockServerOptions.defaults().requestJournal(-1).validate());
    assertThrows(
        IllegalArgumentException.class,
        () -> MockServerOptions.defaults().corsOrigins(List.of("/[unclosed/")).validate());
    assertThrows(
        IllegalArgumentException.class,
        () -> MockServerOptions.defaults().corsOrigins(List.of()).validate());
  }

  @Test
  void journalAndCorsFromTheCommandLine() {
    MockServerOptions o =
        Main.parse(
            new String[] {
              "--journal",
              "50",
              "--cors-origin",
              "http://shop.test,/\\.example\\.com$/",
              "--cors-origin",
              "http://localhost:8000"
            });
    assertEquals(50, o.requestJournal());
    assertEquals(
        List.of("http://shop.test", "/\\.example\\.com$/", "http://localhost:8000"),
        o.corsOrigins());
    assertEquals(0, Main.parse(new String[0]).requestJournal());
    assertEquals(MockServerOptions.LOCALHOST_ORIGINS, Main.parse(new String[0]).corsOrigins());
    assertThrows(
        IllegalArgumentException.class, () -> Main.parse(new String[] {"--journal", "many"}));
  }

  /**
   * Without a journal WireMock keeps nothing per request; with one it keeps the last N and verify()
   * works.
   */
  @Test
  void requestJournalIsOffUnlessAskedFor() {
    try (MedusaMockServer quiet = new MedusaMockServer().start()) {
      new TestHttp(quiet.baseUrl()).get("/store/regions");
      assertThrows(Exception.class, () -> quiet.wireMock().getAllServeEvents());
    }
    try (MedusaMockServer kept =
        new MedusaMockServer(MockServerOptions.defaults().requestJournal(3)).start()) {
      TestHttp http = new TestHttp(kept.baseUrl());
      for (int i = 0; i < 5; i++) {
        http.get("/store/regions?n=" + i);
      }
      assertEquals(3, kept.wireMock().getAllServeEvents().size());
      kept.wireMock()
          .verify(
              1,
              com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                  com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(
                      "/store/regions?n=4")));
    }
  }

  /**
   * WireMock's response templating costs most of its start-up, so user stubs get it only when asked
   * for.
   */
  @Test
  void responseTemplatingOnlyWhenAskedFor() {
    var stub =
        com.github.tomakehurst.wiremock.client.WireMock.get("/hello")
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.ok("{{request.path}}")
                    .withTransformers("response-template"));
    try (MedusaMockServer plain = new MedusaMockServer().start()) {
      plain.wireMock().stubFor(stub);
      assertEquals("{{request.path}}", new TestHttp(plain.baseUrl()).get("/hello").body());
    }
    try (MedusaMockServer templating =
        new MedusaMockServer(MockServerOptions.defaults().responseTemplating(true)).start()) {
      templating.wireMock().stubFor(stub);
      assertEquals("/hello", new TestHttp(templating.baseUrl()).get("/hello").body());
      assertEquals(200, new TestHttp(templating.baseUrl()).get("/store/regions").status());
    }
    assertTrue(Main.parse(new String[] {"--response-templating"}).responseTemplating());
  }

  /**
   * The option reaches the server: a configured origin is echoed, the localhost default no longer
   * is.
   */
  @Test
  void corsOriginsOption() {
    try (MedusaMockServer server =
        new MedusaMockServer(
                MockServerOptions.defaults()
                    .corsOrigins(List.of("http://shop.test", "/\\.example\\.com$/")))
            .start()) {
      TestHttp http = new TestHttp(server.baseUrl());
      assertEquals(
          "http://shop.test",
          http.get("/store/regions", "Origin", "http://shop.test")
              .header("Access-Control-Allow-Origin"));
      assertEquals(
          "https://www.example.com",
          http.get("/store/regions", "Origin", "https://www.example.com")
              .header("Access-Control-Allow-Origin"));
      assertNull(
          http.get("/store/regions", "Origin", "http://localhost:8000")
              .header("Access-Control-Allow-Origin"));
    }
    try (MedusaMockServer any =
        new MedusaMockServer(MockServerOptions.defaults().corsOrigins(List.of("*"))).start()) {
      assertEquals(
          "http://anything.test",
          new TestHttp(any.baseUrl())
              .get("/store/regions", "Origin", "http://anything.test")
              .header("Access-Control-Allow-Origin"));
    }
  }

  @Test
  void mainStartsOnARandomPort() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"--port", "0"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    assertEquals(0, code);
    try {
      String line = out.toString(StandardCharsets.UTF_8).trim();
      assertTrue(line.matches("medusa mock server ready on http://127\\.0\\.0\\.1:\\d+"), line);
      TestHttp.Res health = new TestHttp(line.substring(line.indexOf("http"))).get("/health");
      assertEquals("OK", health.body());
    } finally {
      Main.lastStarted.stop();
    }
  }

  @Test
  void mainHelpAndBadArguments() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(0, Main.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(err)));
    assertTrue(out.toString().contains("--seed"));
    assertEquals(
        2, Main.run(new String[] {"--port", "x"}, new PrintStream(out), new PrintStream(err)));
    assertEquals(2, Main.run(new String[] {"--what"}, new PrintStream(out), new PrintStream(err)));
    assertTrue(err.toString().contains("unknown option --what"));
  }

  /** Runs only after {@code mvn package} made the jar; {@code mvn test} alone cannot see it yet. */
  /**
   * A second sales channel only one key sees: products, product lookups and carts follow the key.
   */
  @Test
  void seedFileAndPublishableKeyScoping(@TempDir Path dir) throws Exception {
    ObjectNode seed;
    try (InputStream in = Seed.class.getResourceAsStream(Seed.DEFAULT_RESOURCE)) {
      seed = (ObjectNode) Json.MAPPER.readTree(in);
    }
    ObjectNode channel = ((ArrayNode) seed.get("sales_channels")).addObject();
    channel.put("id", "sc_empty");
    channel.put("name", "Empty channel");
    ObjectNode key = ((ArrayNode) seed.get("publishable_keys")).addObject();
    key.put("id", "pk_empty");
    key.put("title", "Empty");
    key.putArray("sales_channel_ids").add("sc_empty");
    Path file = dir.resolve("seed.json");
    Files.writeString(file, Json.toJson(seed));

    try (MedusaMockServer server =
        new MedusaMockServer(MockServerOptions.defaults().seedFile(file)).start()) {
      TestHttp http = new TestHttp(server.baseUrl());
      assertTrue(http.get("/store/products").json().get("count").asInt() > 0);
      assertEquals(
          0,
          http.get("/store/products", "x-publishable-api-key", "pk_empty")
              .json()
              .get("count")
              .asInt());
      assertEquals(
          404,
          http.get("/store/products/" + SeedIds.PRODUCT_1, "x-publishable-api-key", "pk_empty")
              .status());
      assertEquals(
          "sc_empty",
          http.post("/store/carts", "{}", "x-publishable-api-key", "pk_empty")
              .json()
              .at("/cart/sales_channel_id")
              .asText());
      assertTrue(
          http.get("/store/products", "x-publishable-api-key", SeedIds.PUBLISHABLE_KEY)
                  .json()
                  .get("count")
                  .asInt()
              > 0);
    }
  }
}
