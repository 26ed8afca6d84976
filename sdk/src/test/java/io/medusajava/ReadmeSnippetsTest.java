package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.testing.Transcripts;
import java.io.IOException;
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
    server.enqueue(new MockResponse().setResponseCode(e.status())
        .setHeader("Content-Type", e.contentType()).setBody(e.body()));
  }

  @Test
  void quickStartCreatesACartInTheFirstRegion() throws Exception {
    replay("06-");
    replay("11-");
    replay("13-");

    ReadmeSnippets.quickStart(server.url("/").toString()).close();
    server.takeRequest();
    assertEquals("{\"region_id\":\"reg_01M8K2MGS712QAJH0WQXSFJWD7\"}", server.takeRequest().getBody().readUtf8());
    assertEquals("/store/carts/cart_01M8K2NH4K4HHZ62CWS1JZ0V47", server.takeRequest().getPath());
  }

  @Test
  void errorsSnippetReadsTheInventoryCode() {
    replay("50-");
    try (MedusaStore store = MedusaStore.builder().baseUrl(server.url("/").toString()).build()) {
      assertEquals("insufficient_inventory",
          ReadmeSnippets.errors(store, "cart_01M8K2NMDC5GQMFPKCV7YS4RSC", "variant_01M8K2MHG472JD2KEHJ75AQ5MK"));
    }
  }

  @Test
  void checkoutSnippetReturnsTheOrder() {
    replay("26-");
    try (MedusaStore store = MedusaStore.builder().baseUrl(server.url("/").toString()).build()) {
      assertEquals("order_01M8K2NJWF5PPBT49C12FCNKMC",
          ReadmeSnippets.checkout(store, "cart_01M8K2NH4K4HHZ62CWS1JZ0V47").getId());
    }
  }
}
