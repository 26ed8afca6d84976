package io.medusajava.mock.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.medusajava.MedusaStore;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.domain.seed.Seed;
import io.medusajava.mock.http.FaultPlan;
import io.medusajava.model.Region;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Captures our own mock's catalog over real HTTP, serves the capture on a second mock, and compares
 * the two.
 */
class StoreCaptureTest {
  private static MedusaMockServer original;

  @BeforeAll
  static void start() {
    original = new MedusaMockServer().start();
  }

  @AfterAll
  static void stop() {
    original.stop();
  }

  @Test
  void aCaptureServesTheSameCatalogAndCheckoutTotals() {
    Seed seed = StoreCapture.builder(original.baseUrl()).build().capture();
    try (MedusaMockServer copy =
            new MedusaMockServer(MockServerOptions.defaults().seed(seed)).start();
        MedusaStore before = MedusaStore.builder().baseUrl(original.baseUrl()).build();
        MedusaStore after = MedusaStore.builder().baseUrl(copy.baseUrl()).build()) {
      String snapshot = CatalogSnapshot.of(before);
      assertEquals(
          CatalogSnapshot.priceLines(seed),
          snapshot.lines().filter(l -> l.startsWith("price ")).count());
      assertEquals(snapshot, CatalogSnapshot.of(after));
      for (Region region : CatalogSnapshot.regions(before)) {
        String sku = CatalogSnapshot.sellableSku(before, region);
        assertEquals(
            CatalogSnapshot.checkoutTotals(before, region, sku),
            CatalogSnapshot.checkoutTotals(after, region, sku),
            region.getName() + ", " + sku);
      }
    }
  }

  @Test
  void whatTheStoreApiHidesIsLeftOut() {
    Seed seed = StoreCapture.builder(original.baseUrl()).build().capture();
    Seed bundled = Seed.loadDefault();
    assertEquals(bundled.products.size(), seed.products.size());
    assertEquals(List.of(), seed.customers);
    assertEquals(List.of(), seed.orders);
    assertEquals(List.of(), seed.giftCards);
    assertEquals(List.of(), seed.discounts);
    assertEquals(List.of(), seed.publishableKeys);
    // The sales channels come along (asked for by expand), the key does not without
    // --publishable-key.
    assertEquals(
        bundled.salesChannels.stream().map(c -> c.id).toList(),
        seed.salesChannels.stream().map(c -> c.id).toList());
  }

  @Test
  void aPublishableKeyIsCapturedWithItsChannels() {
    String key = Seed.loadDefault().publishableKeys.get(0).id;
    Seed seed = StoreCapture.builder(original.baseUrl()).publishableKey(key).build().capture();
    assertEquals(List.of(key), seed.publishableKeys.stream().map(k -> k.id).toList());
    List<String> channels = seed.salesChannels.stream().map(c -> c.id).toList();
    assertEquals(channels, seed.publishableKeys.get(0).salesChannelIds);
    assertTrue(
        seed.products.stream()
            .allMatch(
                p -> channels.containsAll(p.salesChannelIds) && !p.salesChannelIds.isEmpty()));
  }

  @Test
  void aLongCatalogIsPagedWithAProgressLinePerPageAndRegion() {
    Seed big = Seed.loadDefault();
    Product template = big.products.get(0);
    for (int i = 0; i < 226; i++) {
      big.products.add(copy(template, i));
    }
    try (MedusaMockServer server =
        new MedusaMockServer(MockServerOptions.defaults().seed(big)).start()) {
      List<String> progress = new ArrayList<>();
      Seed seed = StoreCapture.builder(server.baseUrl()).progress(progress::add).build().capture();
      assertEquals(250, seed.products.size());
      String second = "prices in " + big.regions.get(1).name;
      assertEquals(
          List.of(
              "products 100/250",
              "products 200/250",
              "products 250/250",
              second + " 100/250",
              second + " 200/250",
              second + " 250/250"),
          progress);
    }
  }

  @Test
  void aCatalogOverTheLimitFailsBeforeReadingIt() {
    CaptureException e =
        assertThrows(
            CaptureException.class,
            () -> StoreCapture.builder(original.baseUrl()).maxProducts(5).build().capture());
    assertEquals(CaptureException.Reason.TOO_LARGE, e.reason());
    assertEquals(
        "the store at "
            + original.baseUrl()
            + " lists 24 products, over the capture limit of 5"
            + " (raise it with --max-products or maxProducts)",
        e.getMessage());
  }

  @Test
  void aStoreWithoutRegionsFails() {
    try (MedusaMockServer empty =
        new MedusaMockServer(MockServerOptions.defaults().seed(new Seed())).start()) {
      CaptureException e =
          assertThrows(
              CaptureException.class,
              () -> StoreCapture.builder(empty.baseUrl()).build().capture());
      assertEquals(CaptureException.Reason.NO_REGIONS, e.reason());
      assertEquals(
          "the store at "
              + empty.baseUrl()
              + " lists no regions; a mock store needs at least one"
              + " to price and sell anything",
          e.getMessage());
    }
  }

  @Test
  void aRefusingStoreFailsWithItsStatus() {
    try (MedusaMockServer guarded = new MedusaMockServer().start()) {
      guarded.faults().httpError("GET", "/store/products", 401, null, FaultPlan.FOREVER);
      CaptureException e =
          assertThrows(
              CaptureException.class,
              () ->
                  StoreCapture.builder(guarded.baseUrl())
                      .publishableKey("pk_wrong")
                      .build()
                      .capture());
      assertEquals(CaptureException.Reason.REFUSED, e.reason());
      assertEquals(
          "the store at "
              + guarded.baseUrl()
              + " refused to list products (401); check the"
              + " publishable key",
          e.getMessage());
      guarded.faults().clear();
      guarded.faults().httpError("GET", "/store/regions", 403, null, FaultPlan.FOREVER);
      e =
          assertThrows(
              CaptureException.class,
              () -> StoreCapture.builder(guarded.baseUrl()).build().capture());
      assertEquals(
          "the store at " + guarded.baseUrl() + " refused to list regions (403)", e.getMessage());
    }
  }

  @Test
  void anAnswerWithoutNeededFieldsFailsWithoutATrace() {
    try (MedusaMockServer odd = new MedusaMockServer().start()) {
      odd.wireMock()
          .stubFor(
              WireMock.get(WireMock.urlPathEqualTo("/store/regions"))
                  .willReturn(
                      WireMock.okJson(
                          "{\"regions\": [{\"id\": \"reg_1\", \"name\": \"Odd\"}], \"count\": 1, \"offset\": 0,"
                              + " \"limit\": 100}")));
      CaptureException e =
          assertThrows(
              CaptureException.class, () -> StoreCapture.builder(odd.baseUrl()).build().capture());
      assertEquals(CaptureException.Reason.FAILED, e.reason());
      assertTrue(e.getMessage().startsWith("the store at " + odd.baseUrl()), e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
  }

  @Test
  void anUnreachableStoreFails() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;
    CaptureException e =
        assertThrows(CaptureException.class, () -> StoreCapture.builder(url).build().capture());
    assertEquals(CaptureException.Reason.UNREACHABLE, e.reason());
    assertTrue(
        e.getMessage().startsWith("cannot reach the store at " + url + ": "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void badSettingsFailOnBuild() {
    assertEquals(
        "the store URL must be an http:// or https:// URL, was shop.example.com",
        assertThrows(
                IllegalArgumentException.class,
                () -> StoreCapture.builder("shop.example.com").build())
            .getMessage());
    assertEquals(
        "the product limit must be at least 1, was 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> StoreCapture.builder("http://127.0.0.1:9").maxProducts(0).build())
            .getMessage());
  }

  private static Product copy(Product template, int i) {
    Product p = Seed.load(toJson(template)).products.get(0);
    p.id = template.id + "x" + i;
    p.handle = template.handle + "-" + i;
    p.createdAt = null;
    p.options.forEach(o -> o.id = o.id + "x" + i);
    for (Variant v : p.variants) {
      v.id = v.id + "x" + i;
      v.sku = v.sku + "-" + i;
    }
    return p;
  }

  private static byte[] toJson(Product product) {
    Seed one = new Seed();
    one.products.add(product);
    return one.toJson();
  }
}
