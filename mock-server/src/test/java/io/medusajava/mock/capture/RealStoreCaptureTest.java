package io.medusajava.mock.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.medusajava.MedusaStore;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import io.medusajava.mock.domain.seed.Seed;
import io.medusajava.model.Region;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures a real Medusa's catalog, serves the capture on a mock, and finds the same catalog and
 * the same checkout totals on both. Runs when {@code MEDUSA_URL} is set (with {@code
 * MEDUSA_PUBLISHABLE_KEY} when set).
 */
class RealStoreCaptureTest {
  @Test
  void theMockServesTheRealStoresCatalogAndTotals(@TempDir Path dir) {
    String url = System.getenv("MEDUSA_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "MEDUSA_URL is not set: this test captures a real Medusa 1.20");
    String key = System.getenv("MEDUSA_PUBLISHABLE_KEY");
    boolean withKey = key != null && !key.isBlank();

    StoreCapture.Builder capture = StoreCapture.builder(url);
    List<String> notes = new ArrayList<>();
    capture.progress(notes::add);
    if (withKey) {
      capture.publishableKey(key);
    }
    long start = System.nanoTime();
    Seed seed = capture.build().capture();
    long millis = (System.nanoTime() - start) / 1_000_000;
    Path file = dir.resolve("real-store.json");
    seed.save(file);
    System.out.printf(
        "[capture] %s: %d regions, %d products, %d shipping options in %d ms, %d bytes; notes %s%n",
        url,
        seed.regions.size(),
        seed.products.size(),
        seed.shippingOptions.size(),
        millis,
        file.toFile().length(),
        notes);
    assertFalse(seed.products.isEmpty(), "the real store should list products");

    try (MedusaMockServer mock =
            new MedusaMockServer(MockServerOptions.defaults().seedFile(file)).start();
        MedusaStore real = client(url, withKey ? key : null);
        MedusaStore onMock = client(mock.baseUrl(), withKey ? key : null)) {
      String snapshot = CatalogSnapshot.of(real);
      assertEquals(
          CatalogSnapshot.priceLines(seed),
          snapshot.lines().filter(l -> l.startsWith("price ")).count());
      assertEquals(snapshot, CatalogSnapshot.of(onMock));
      for (Region region : CatalogSnapshot.regions(real)) {
        String sku = CatalogSnapshot.sellableSku(real, region);
        assertEquals(
            CatalogSnapshot.checkoutTotals(real, region, sku),
            CatalogSnapshot.checkoutTotals(onMock, region, sku),
            region.getName() + ", " + sku);
      }
    }
  }

  private static MedusaStore client(String url, String key) {
    MedusaStore.Builder b = MedusaStore.builder().baseUrl(url);
    return key == null ? b.build() : b.publishableApiKey(key).build();
  }
}
