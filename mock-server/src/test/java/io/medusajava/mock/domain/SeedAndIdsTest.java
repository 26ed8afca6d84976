package io.medusajava.mock.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.mock.domain.catalog.ProductQuery;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.seed.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled seed's promises, loading a user seed file, and the id generator. */
class SeedAndIdsTest {

  @Test
  void bundledSeedHasEverythingTheBriefAsksFor() {
    Seed s = Seed.loadDefault();
    assertEquals(2, s.regions.size());
    assertNotEquals(s.regions.get(0).currencyCode, s.regions.get(1).currencyCode);
    assertTrue(s.products.size() >= 20);
    assertTrue(
        s.collections.size() >= 2
            && s.categories.size() >= 2
            && !s.tags.isEmpty()
            && !s.types.isEmpty());
    assertEquals(6, s.shippingOptions.size());
    assertTrue(s.shippingOptions.stream().anyMatch(o -> o.isReturn));
    assertTrue(s.discounts.stream().anyMatch(d -> d.type.equals("percentage")));
    assertTrue(s.discounts.stream().anyMatch(d -> d.type.equals("fixed")));
    assertEquals(1, s.giftCards.size());
    assertEquals(1, s.publishableKeys.size());
    assertTrue(s.customers.get(0).password != null);
    assertTrue(s.orders.stream().anyMatch(o -> o.fulfillmentStatus.equals("fulfilled")));
    assertEquals(1, s.orderEdits.size());
    assertEquals(1, s.paymentCollections.size());
    for (Product p : s.products) {
      assertTrue(
          p.variants.stream().allMatch(v -> v.prices.size() == 2),
          p.handle + " is priced in both currencies");
    }
  }

  @Test
  void seedIdsAreUniqueAndMedusaLike() {
    Seed s = Seed.loadDefault();
    Set<String> ids = new HashSet<>();
    s.products.forEach(
        p -> {
          ids.add(p.id);
          p.variants.forEach(v -> ids.add(v.id));
        });
    s.regions.forEach(r -> ids.add(r.id));
    s.shippingOptions.forEach(o -> ids.add(o.id));
    assertTrue(
        ids.stream().allMatch(id -> id.matches("[a-z]+_[0-9A-HJKMNP-TV-Z]{26}")), ids.toString());
    long variants = s.products.stream().mapToLong(p -> p.variants.size()).sum();
    assertEquals(
        s.products.size() + variants + s.regions.size() + s.shippingOptions.size(), ids.size());
  }

  @Test
  void userSeedFileIsUsedAndResetReloadsIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tiny.json");
    Files.writeString(
        file,
        """
                {"regions": [{"id": "reg_TINY0000000000000000000000", "name": "Tiny", "currency_code": "gbp",
                  "tax_rate": 20, "countries": ["gb"], "payment_providers": ["manual"]}],
                 "products": [{"id": "prod_TINY0000000000000000000000", "title": "Only", "handle": "only",
                  "variants": [{"id": "variant_TINY000000000000000000000", "title": "One",
                    "inventory_quantity": 1, "prices": [{"currency_code": "gbp", "amount": 1000}]}]}]}
                """);
    StoreState state =
        new StoreState(() -> Seed.load(file), new IdGenerator(3), MockClock.system());
    assertEquals("gbp", state.catalog().listRegions().get(0).currencyCode);
    var cart = state.carts().create(null, null, null);
    state.carts().addLineItem(cart.id, "variant_TINY000000000000000000000", 1);
    // 20% of 1000 = 200.
    assertEquals(1200, state.carts().totals(cart).total());
    state.reset();
    assertEquals(1, state.catalog().listProducts(new ProductQuery()).count());
  }

  @Test
  void idGeneratorIsDeterministicPerSeedAndRestartsOnReset() {
    IdGenerator a = new IdGenerator(42);
    IdGenerator b = new IdGenerator(42);
    String first = a.next("cart");
    assertTrue(first.matches("cart_[0-9A-HJKMNP-TV-Z]{26}"), first);
    assertEquals(first, b.next("cart"));
    assertNotEquals(first, a.next("cart"));
    a.reset();
    assertEquals(first, a.next("cart"));
    assertNotEquals(first, new IdGenerator(43).next("cart"));
  }

  @Test
  void newIdsSortAfterSeededIds() {
    String seeded = Seed.loadDefault().products.get(0).id.substring(5);
    String fresh = new IdGenerator(1).next("prod").substring(5);
    assertTrue(fresh.compareTo(seeded) > 0, fresh + " vs " + seeded);
  }
}
