package io.medusajava.mock;

import static io.medusajava.mock.SeedIds.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.junit.MedusaMockTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * How fields, expand and order shape the catalog's answers, and the shapes of the small catalog
 * rows, as a real Medusa 1.20.11 answers them (checked side by side with the differential test).
 */
@MedusaMockTest
class CatalogShapingTest {
  private static final Set<String> PRODUCT_RELATIONS =
      Set.of("collection", "images", "options", "profiles", "tags", "type", "variants");

  private static Set<String> keys(JsonNode n) {
    Set<String> out = new TreeSet<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void expandReplacesTheDefaultRelations(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    JsonNode p = http.get("/store/products?limit=2&expand=variants").json().at("/products/0");
    assertTrue(p.has("variants") && p.has("title") && p.has("collection_id"), p.toString());
    for (String dropped :
        List.of("images", "options", "tags", "type", "collection", "profiles", "profile_id")) {
      assertFalse(p.has(dropped), dropped + " was not asked for");
    }
    JsonNode v = p.at("/variants/0");
    assertFalse(
        v.has("prices") || v.has("options") || v.has("calculated_price"),
        "variants alone are unpriced: " + v);

    JsonNode priced =
        http.get("/store/products?limit=1&expand=variants,variants.prices")
            .json()
            .at("/products/0/variants/0");
    assertTrue(priced.has("prices") && priced.has("calculated_price"), priced.toString());
    assertFalse(priced.has("options"));
  }

  @Test
  void fieldsNarrowTheColumnsAndKeepTheRelations(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    JsonNode p = http.get("/store/products?limit=1&fields=id,title").json().at("/products/0");
    Set<String> expected = new TreeSet<>(PRODUCT_RELATIONS);
    expected.addAll(List.of("id", "title", "created_at")); // lists always add created_at
    assertEquals(expected, keys(p));

    JsonNode one = http.get("/store/products/" + PRODUCT_1 + "?fields=title").json().get("product");
    assertTrue(
        one.has("id") && one.has("title") && !one.has("created_at") && !one.has("handle"),
        one.toString());

    JsonNode narrow =
        http.get("/store/products?limit=1&fields=handle,variants.title&expand=variants")
            .json()
            .at("/products/0");
    assertEquals(Set.of("id", "created_at", "handle", "variants"), keys(narrow));
    assertEquals(
        Set.of("title"), keys(narrow.at("/variants/0")), "a dotted field narrows that relation");

    JsonNode minus = http.get("/store/products?limit=1&fields=-title").json().at("/products/0");
    assertFalse(minus.has("title"));
    assertTrue(minus.has("handle") && minus.has("variants"));
  }

  @Test
  void whatTheRouteDoesNotAllowIsRefused(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertRefused(http.get("/store/products?fields=nope"), "Requested fields [nope] are not valid");
    assertRefused(
        http.get("/store/products?expand=variants,categories"),
        "Requested fields [categories] are not valid");
    assertRefused(http.get("/store/products?order=nope"), "Order field nope is not valid");
    assertRefused(http.get("/store/product-tags?order=colour"), "Order field colour is not valid");
    assertRefused(http.get("/store/variants?expand=nope"), "Requested fields [nope] are not valid");
    assertEquals(
        500,
        http.get("/store/product-categories?expand=nope").status(),
        "Medusa's query builder fails");
  }

  private static void assertRefused(TestHttp.Res r, String message) {
    assertEquals(400, r.status(), r.body());
    assertEquals("invalid_data", r.json().get("type").asText());
    assertEquals(message, r.json().get("message").asText());
  }

  @Test
  void orderSortsAndListsAreNewestFirst(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    List<String> titles =
        values(http.get("/store/products?limit=0&order=title").json().get("products"), "title");
    List<String> sorted = new ArrayList<>(titles);
    sorted.sort(null);
    assertEquals(sorted, titles);
    List<String> down =
        values(http.get("/store/products?limit=0&order=-title").json().get("products"), "title");
    List<String> reversed = new ArrayList<>(sorted);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, down);
    List<String> created =
        values(http.get("/store/products?limit=0").json().get("products"), "created_at");
    List<String> newestFirst = new ArrayList<>(created);
    newestFirst.sort(java.util.Comparator.reverseOrder());
    assertEquals(newestFirst, created);
    assertEquals(
        PRODUCT_1,
        http.get("/store/products?limit=1").json().at("/products/0/id").asText(),
        "the seed's first product is its newest");

    List<String> tags =
        values(http.get("/store/product-tags?order=-value").json().get("product_tags"), "value");
    List<String> tagsDown = new ArrayList<>(tags);
    tagsDown.sort(java.util.Comparator.reverseOrder());
    assertEquals(tagsDown, tags);
  }

  private static List<String> values(JsonNode items, String field) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.get(field).asText()));
    return out;
  }

  @Test
  void variantsArePricedWithoutARegionToo(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    JsonNode v = http.get("/store/products/" + PRODUCT_1).json().at("/product/variants/0");
    assertTrue(v.get("prices").size() >= 2, "every currency's price: " + v.get("prices"));
    assertTrue(v.get("calculated_price").isNull() && v.get("tax_rates").isNull());
    assertFalse(v.has("calculated_price_type"), "Medusa leaves it unset when no price matched");

    JsonNode usd =
        http.get("/store/products/" + PRODUCT_1 + "?currency_code=usd")
            .json()
            .at("/product/variants/0");
    usd.get("prices").forEach(price -> assertEquals("usd", price.get("currency_code").asText()));
    assertEquals("default", usd.get("calculated_price_type").asText());
    assertFalse(
        http.get("/store/variants/" + VARIANT).json().get("variant").has("calculated_price_type"));
  }

  @Test
  void salesChannelsComeWithAPublishableKeyOnly(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertFalse(http.get("/store/products?limit=1").json().at("/products/0").has("sales_channels"));
    assertTrue(
        http.get("/store/products?limit=1", "x-publishable-api-key", PUBLISHABLE_KEY)
            .json()
            .at("/products/0")
            .has("sales_channels"));
    assertFalse(
        http.get("/store/products/" + PRODUCT_1, "x-publishable-api-key", PUBLISHABLE_KEY)
            .json()
            .get("product")
            .has("sales_channels"),
        "the single product route does not load them");
  }

  @Test
  void variantsFollowExpandAndFields(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    JsonNode v = http.get("/store/variants?limit=1&expand=options").json().at("/variants/0");
    assertTrue(v.has("options") && v.has("prices") && !v.has("product"), v.toString());
    JsonNode narrow =
        http.get("/store/variants?limit=1&fields=title&expand=product").json().at("/variants/0");
    assertTrue(
        narrow.has("title") && narrow.has("product") && narrow.has("prices") && !narrow.has("sku"));
    assertFalse(narrow.get("product").has("profile_id"));
  }

  @Test
  void limitZeroIsNoLimitAndRegionsArePaged(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    JsonNode all = http.get("/store/products?limit=0").json();
    assertEquals(all.get("count").asInt(), all.get("products").size());
    JsonNode second = http.get("/store/regions?limit=1&offset=1").json();
    assertEquals(1, second.get("regions").size());
    assertEquals(REGION_EU, second.at("/regions/0/id").asText());
    assertEquals(0, http.get("/store/regions?offset=5").json().get("regions").size());
  }

  @Test
  void categoriesCarryTheColumnsMedusaSelects(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    JsonNode list = http.get("/store/product-categories").json();
    assertEquals(Set.of("count", "offset", "limit", "product_categories"), keys(list));
    Set<String> columns =
        Set.of(
            "id",
            "created_at",
            "updated_at",
            "name",
            "description",
            "handle",
            "parent_category_id",
            "rank",
            "metadata");
    for (JsonNode c : list.get("product_categories")) {
      Set<String> expected = new TreeSet<>(columns);
      expected.addAll(List.of("category_children", "parent_category"));
      assertEquals(expected, keys(c));
      c.get("category_children")
          .forEach(k -> assertEquals(columns, keys(k), "one level, same columns"));
      if (!c.get("parent_category").isNull()) {
        assertEquals(columns, keys(c.get("parent_category")));
      }
    }
    JsonNode tree =
        http.get("/store/product-categories?include_descendants_tree=true&parent_category_id=null")
            .json()
            .at("/product_categories/0/category_children/0");
    assertTrue(
        tree.has("is_active") && tree.has("category_children") && !tree.has("mpath"),
        tree.toString());

    String top = list.at("/product_categories/0/id").asText();
    JsonNode one =
        http.get("/store/product-categories/" + top + "?fields=id,name")
            .json()
            .get("product_category");
    assertEquals(Set.of("id", "name", "category_children", "parent_category"), keys(one));
    assertEquals(Set.of("id", "name", "category_children"), keys(one.at("/category_children/0")));
    JsonNode missing = http.get("/store/product-categories/pcat_nope").json();
    assertEquals(
        "ProductCategory with id: pcat_nope, is_internal: false, is_active: true was not found",
        missing.get("message").asText());
  }

  @Test
  void smallRowsAnswerAsRealDoes(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(
        Set.of("id", "value", "created_at", "updated_at"),
        keys(http.get("/store/product-tags").json().at("/product_tags/0")));
    assertEquals(
        Set.of("id", "value", "created_at", "updated_at"),
        keys(http.get("/store/product-types").json().at("/product_types/0")));

    JsonNode card = http.get("/store/gift-cards/GIFT-5TAR-T3R5-M0CK").json().get("gift_card");
    assertEquals(Set.of("id", "code", "value", "balance", "region"), keys(card));
    assertEquals(
        404,
        http.get("/store/gift-cards/gift-5tar-t3r5-m0ck").status(),
        "codes are matched as written");

    JsonNode reasons = http.get("/store/return-reasons").json().get("return_reasons");
    reasons.forEach(
        r -> {
          assertTrue(r.get("parent_return_reason").isNull(), "only top-level reasons are listed");
          assertFalse(r.has("metadata"));
        });
    String child = "rr_01KDVDNB2B6B02P6WTP67DP0WD";
    JsonNode reason = http.get("/store/return-reasons/" + child).json().get("return_reason");
    assertEquals("fit", reason.at("/parent_return_reason/value").asText());
    assertTrue(
        reason.get("parent_return_reason").has("metadata"), "a joined parent is a whole row");
    assertEquals(
        "Return Reason with id: rr_nope was not found.",
        http.get("/store/return-reasons/rr_nope").json().get("message").asText());

    assertFalse(
        http.get("/store/shipping-options?region_id=" + REGION_NA)
            .json()
            .at("/shipping_options/0")
            .has("profile"));
  }

  @Test
  void searchTakesUnknownFieldsButNotAScopedKey(MedusaMockServer server) {
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(
        200, http.post("/store/products/search", "{\"q\":\"tee\",\"colour\":\"red\"}").status());
    TestHttp.Res badLimit =
        http.post("/store/products/search", "{\"q\":\"tee\",\"limit\":\"many\"}");
    assertEquals(
        "limit must be a number conforming to the specified constraints",
        badLimit.json().get("message").asText());
    TestHttp.Res keyed =
        http.post(
            "/store/products/search", "{\"q\":\"tee\"}", "x-publishable-api-key", PUBLISHABLE_KEY);
    assertEquals(404, keyed.status());
    assertEquals("Product with id: search was not found", keyed.json().get("message").asText());
  }
}
