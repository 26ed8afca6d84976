package io.medusajava.mock;

import static io.medusajava.mock.SeedIds.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.junit.MedusaMockTest;
import org.junit.jupiter.api.Test;

/**
 * Products pages are served from rendered bytes while the catalog is unchanged; every change a page
 * shows must still be seen on the very next request.
 */
@MedusaMockTest
class ProductPageCacheTest {
  private static final String PAGE =
      "/store/products?region_id=" + REGION_NA + "&id[]=" + PRODUCT_1;

  private static int stockOf(TestHttp http, String url) {
    for (JsonNode v : http.get(url).json().at("/products/0/variants")) {
      if (v.get("id").asText().equals(VARIANT)) {
        return v.get("inventory_quantity").asInt();
      }
    }
    throw new AssertionError(VARIANT + " not on the page");
  }

  @Test
  void anOrderTakingStockIsSeenOnTheNextPage(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    int before = stockOf(http, PAGE);
    assertEquals(before, stockOf(http, PAGE), "served again, unchanged");
    String first = http.get(PAGE).body();
    assertEquals(first, http.get(PAGE).body());

    String cart = CheckoutSteps.readyCart(http);
    assertEquals(200, http.post("/store/carts/" + cart + "/complete", null).status());
    assertEquals(before - 1, stockOf(http, PAGE));
    // Through the Java API as well: the store's own operations move the catalog version on.
    server.state().checkout().complete(CheckoutSteps.readyCart(http));
    assertEquals(before - 2, stockOf(http, PAGE));

    server.reset();
    assertEquals(before, stockOf(http, PAGE), "a reset is seen");
  }

  @Test
  void directEditsAreSeenAfterCatalogChanged(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertNotEquals("Renamed", http.get(PAGE).json().at("/products/0/title").asText());
    server
        .state()
        .atomically(
            () -> {
              Product p = server.state().catalog().product(PRODUCT_1);
              p.title = "Renamed";
              return p;
            });
    server.state().catalog().changed();
    assertEquals("Renamed", http.get(PAGE).json().at("/products/0/title").asText());
  }

  /**
   * The pricing context is part of what a page is kept under: region, currency, and a cart's
   * region.
   */
  @Test
  void pagesFollowTheirPricingContext(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    String path = "/store/products?id[]=" + PRODUCT_1;
    String na =
        http.get(path + "&region_id=" + REGION_NA)
            .json()
            .at("/products/0/variants/0/calculated_price")
            .asText();
    String eu =
        http.get(path + "&region_id=" + REGION_EU)
            .json()
            .at("/products/0/variants/0/calculated_price")
            .asText();
    assertNotEquals(na, eu);
    assertTrue(
        http.get(path).json().at("/products/0/variants/0/calculated_price").isMissingNode()
            || http.get(path).json().at("/products/0/variants/0/calculated_price").isNull());

    String cart =
        http.post("/store/carts", "{\"region_id\":\"" + REGION_NA + "\"}")
            .json()
            .at("/cart/id")
            .asText();
    assertEquals(
        na,
        http.get(path + "&cart_id=" + cart)
            .json()
            .at("/products/0/variants/0/calculated_price")
            .asText());
    assertEquals(
        200, http.post("/store/carts/" + cart, "{\"region_id\":\"" + REGION_EU + "\"}").status());
    assertEquals(
        eu,
        http.get(path + "&cart_id=" + cart)
            .json()
            .at("/products/0/variants/0/calculated_price")
            .asText(),
        "the cart moved to another region: its page follows");
  }
}
