package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.testing.Transcripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's snippets run, against answers a real Medusa 1.20.11 gave. */
class ReadmeSnippetsTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private void replay(String transcript) {
    Transcripts.Exchange e = Transcripts.get(transcript);
    server.enqueue(
        new MockResponse()
            .setResponseCode(e.status())
            .setHeader("Content-Type", e.contentType())
            .setBody(e.body()));
  }

  @Test
  void quickStartCreatesACartInTheFirstRegion() throws Exception {
    replay("06-");
    replay("11-");
    replay("13-");

    ReadmeSnippets.quickStart(server.url("/").toString()).close();
    server.takeRequest();
    assertEquals(
        "{\"region_id\":\"reg_01M8K2MGS712QAJH0WQXSFJWD7\"}",
        server.takeRequest().getBody().readUtf8());
    assertEquals("/store/carts/cart_01M8K2NH4K4HHZ62CWS1JZ0V47", server.takeRequest().getPath());
  }

  @Test
  void errorsSnippetReadsTheInventoryCode() {
    replay("50-");
    try (MedusaStore store = MedusaStore.builder().baseUrl(server.url("/").toString()).build()) {
      assertEquals(
          "insufficient_inventory",
          ReadmeSnippets.errors(
              store, "cart_01M8K2NMDC5GQMFPKCV7YS4RSC", "variant_01M8K2MHG472JD2KEHJ75AQ5MK"));
    }
  }

  @Test
  void retrySnippetReturnsTheOrder() {
    replay("26-");
    try (MedusaStore store = MedusaStore.builder().baseUrl(server.url("/").toString()).build()) {
      assertEquals(
          "order_01M8K2NJWF5PPBT49C12FCNKMC",
          ReadmeSnippets.completeOnce(store, "cart_01M8K2NH4K4HHZ62CWS1JZ0V47").getId());
    }
  }

  /** The walkthrough from region to order, answered step by step by what a real Medusa answered. */
  @Test
  void checkoutWalkthroughPlacesTheOrder() throws Exception {
    for (String step :
        new String[] {"06-", "08-", "11-", "12-", "21-", "22-", "23-", "24-", "25-", "26-"}) {
      replay(step);
    }
    try (MedusaStore store = MedusaStore.builder().baseUrl(server.url("/").toString()).build()) {
      assertEquals(
          "order_01M8K2NJWF5PPBT49C12FCNKMC",
          ReadmeSnippets.checkout(store, "jane@example.com").getId());
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      lines.add(server.takeRequest().getRequestLine().replaceAll("\\?.*| HTTP/1.1", ""));
    }
    assertEquals(
        List.of(
            "GET /store/regions",
            "GET /store/products",
            "POST /store/carts",
            "POST /store/carts/cart_01M8K2NH4K4HHZ62CWS1JZ0V47/line-items",
            "POST /store/carts/cart_01M8K2NH4K4HHZ62CWS1JZ0V47",
            "GET /store/shipping-options/cart_01M8K2NH4K4HHZ62CWS1JZ0V47",
            "POST /store/carts/cart_01M8K2NH4K4HHZ62CWS1JZ0V47/shipping-methods",
            "POST /store/carts/cart_01M8K2NH4K4HHZ62CWS1JZ0V47/payment-sessions",
            "POST /store/carts/cart_01M8K2NH4K4HHZ62CWS1JZ0V47/payment-session",
            "POST /store/carts/cart_01M8K2NH4K4HHZ62CWS1JZ0V47/complete"),
        lines);
  }

  @Test
  void envelopeSnippetReadsTheServersJson() {
    replay("13-");
    try (MedusaStore store = MedusaStore.builder().baseUrl(server.url("/").toString()).build()) {
      assertEquals(
          "cart_01M8K2NH4K4HHZ62CWS1JZ0V47",
          ReadmeSnippets.envelope(store, "cart_01M8K2NH4K4HHZ62CWS1JZ0V47"));
    }
  }

  /**
   * Each Java block of the README's SDK sections stands in ReadmeSnippets as it is (indentation
   * aside), so the code a reader copies is code that compiles. The imports a block shows first are
   * left out here: the examples module's ReadmeTest compiles every block with just those. The mock
   * server's and Android's blocks have their own checks.
   */
  @Test
  void readmeShowsTheSnippetsAsTheyAreCompiled() throws IOException {
    String readme =
        new String(Files.readAllBytes(Path.of("..", "README.md")), StandardCharsets.UTF_8);
    String compiled =
        unindented(
            new String(
                Files.readAllBytes(Path.of("src/test/java/io/medusajava/ReadmeSnippets.java")),
                StandardCharsets.UTF_8));
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int checked = 0;
    while (block.find()) {
      String code = block.group(1).replaceFirst("^(import [^\n]*;\n)+\n", "");
      if (code.contains("@MedusaMockTest") || code.contains("extends Activity")) {
        continue;
      }
      assertTrue(
          compiled.contains(unindented(code)), "README block not in ReadmeSnippets:\n" + code);
      checked++;
    }
    assertTrue(checked >= 8, "only " + checked + " SDK blocks found in the README");
  }

  private static String unindented(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      out.append(line.strip()).append('\n');
    }
    return out.toString();
  }
}
