package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.medusajava.MedusaStore;
import io.medusajava.Page;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.ProductTag;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against a real Medusa at {@code MEDUSA_URL} (skipped when unset), each filter returns exactly the
 * products that the unfiltered list says should match. Needs a store with at most 1000 products;
 * set {@code MEDUSA_PUBLISHABLE_KEY} if the store requires one.
 */
class RealBackendQueryTest {
  /** The most products one page may hold (the SDK's bound on limit). */
  private static final int MAX_LIMIT = 1000;

  private MedusaStore store;
  private List<PricedProduct> all;

  @BeforeEach
  void connect() {
    String url = System.getenv("MEDUSA_URL");
    assumeTrue(url != null, "MEDUSA_URL is not set");
    MedusaStore.Builder builder = MedusaStore.builder().baseUrl(url);
    String key = System.getenv("MEDUSA_PUBLISHABLE_KEY");
    if (key != null) {
      builder.publishableApiKey(key);
    }
    store = builder.build();
    Page<PricedProduct> page =
        list(ProductListParams.builder().expand("tags").limit(MAX_LIMIT).build());
    assumeTrue(page.count() <= MAX_LIMIT, "store has more products than one page holds");
    all = page.items();
    assumeTrue(all.size() >= 2, "store needs at least two products");
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private Page<PricedProduct> list(ProductListParams q) {
    return store.products().list(q).execute();
  }

  private Set<String> idsOf(ProductListParams query) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (PricedProduct product : list(query.toBuilder().limit(MAX_LIMIT).build()).items()) {
      ids.add(product.getId());
    }
    return ids;
  }

  private Set<String> expected(Predicate<PricedProduct> filter) {
    Set<String> ids = new TreeSet<>();
    for (PricedProduct product : all) {
      if (filter.test(product)) {
        ids.add(product.getId());
      }
    }
    return ids;
  }

  @Test
  void idFilterReturnsExactlyThoseProducts() throws IOException {
    String first = all.get(0).getId();
    String second = all.get(1).getId();

    assertEquals(
        new TreeSet<>(List.of(first, second)),
        idsOf(ProductListParams.builder().ids(first, second).build()));
  }

  @Test
  void collectionFilterReturnsTheCollectionsProducts() throws IOException {
    String collection = null;
    for (PricedProduct product : all) {
      if (product.getCollectionId() != null) {
        collection = product.getCollectionId();
        break;
      }
    }
    assumeTrue(collection != null, "no product is in a collection");
    String wanted = collection;

    Set<String> expected = expected(p -> wanted.equals(p.getCollectionId()));
    assertEquals(expected, idsOf(ProductListParams.builder().collectionIds(wanted).build()));
  }

  @Test
  void tagFilterReturnsTheTaggedProducts() throws IOException {
    if (all.stream().allMatch(p -> p.getTags().isEmpty())) {
      // Medusa's demo seed tags no product: give one a tag, as a store owner would.
      tagThroughTheAdminApi(all.get(0).getId());
      all = list(ProductListParams.builder().expand("tags").limit(MAX_LIMIT).build()).items();
    }
    String tag = null;
    for (PricedProduct product : all) {
      if (!product.getTags().isEmpty()) {
        tag = product.getTags().get(0).getId();
        break;
      }
    }
    assumeTrue(tag != null, "no product has a tag");
    String wanted = tag;

    Set<String> expected = expected(p -> tagIds(p.getTags()).contains(wanted));
    assertEquals(expected, idsOf(ProductListParams.builder().tags(wanted).build()));
  }

  /**
   * Tags a product through the Admin API, as the admin that {@code setup.sh} makes (or {@code
   * ADMIN_EMAIL}/{@code ADMIN_PASSWORD}); skips the test when that admin cannot log in.
   */
  private static void tagThroughTheAdminApi(String productId) throws IOException {
    String url = System.getenv("MEDUSA_URL").replaceAll("/+$", "");
    String email = System.getenv().getOrDefault("ADMIN_EMAIL", "admin@test.com");
    String password = System.getenv().getOrDefault("ADMIN_PASSWORD", "supersecret");
    OkHttpClient http = new OkHttpClient();
    MediaType json = MediaType.get("application/json");
    String login = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    String token;
    try (Response r =
        http.newCall(
                new Request.Builder()
                    .url(url + "/admin/auth/token")
                    .post(RequestBody.create(login, json))
                    .build())
            .execute()) {
      String body = r.body().string();
      Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
      assumeTrue(m.find(), "no product has a tag, and the Admin API login failed: " + r.code());
      token = m.group(1);
    }
    try (Response r =
        http.newCall(
                new Request.Builder()
                    .url(url + "/admin/products/" + productId)
                    .header("Authorization", "Bearer " + token)
                    .post(RequestBody.create("{\"tags\":[{\"value\":\"sdk-query\"}]}", json))
                    .build())
            .execute()) {
      assertEquals(200, r.code(), "tagging a product through the Admin API");
    }
  }

  /**
   * Seeded products often share one creation time, and the database keeps microseconds that the
   * JSON rounds to milliseconds, so bounds are placed a second clear of the stored times.
   */
  @Test
  void createdAfterFilterReturnsTheNewerProducts() throws IOException {
    List<OffsetDateTime> times = new ArrayList<>();
    for (PricedProduct product : all) {
      times.add(product.getCreatedAt());
    }
    times.sort(null);
    OffsetDateTime earliest = times.get(0);
    OffsetDateTime latest = times.get(times.size() - 1);

    assertEquals(
        expected(p -> true),
        idsOf(
            ProductListParams.builder()
                .createdAt(DateRange.after(earliest.minusSeconds(1)))
                .build()));
    assertEquals(
        Set.of(),
        idsOf(
            ProductListParams.builder().createdAt(DateRange.after(latest.plusSeconds(1))).build()));
    assertEquals(
        Set.of(),
        idsOf(
            ProductListParams.builder()
                .createdAt(DateRange.before(earliest.minusSeconds(1)))
                .build()));
  }

  private static Set<String> tagIds(List<ProductTag> tags) {
    Set<String> ids = new TreeSet<>();
    for (ProductTag tag : tags) {
      ids.add(tag.getId());
    }
    return ids;
  }
}
