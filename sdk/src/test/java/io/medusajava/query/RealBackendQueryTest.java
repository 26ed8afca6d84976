package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.medusajava.api.ProductsApi;
import io.medusajava.internal.QueryValueConverterFactory;
import io.medusajava.json.MedusaJson;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.ProductTag;
import io.medusajava.model.StoreProductsListRes;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Against a real Medusa at {@code MEDUSA_URL} (skipped when unset), each filter returns exactly the products
 * that the unfiltered list says should match. Needs a store with at most 1000 products; set
 * {@code MEDUSA_PUBLISHABLE_KEY} if the store requires one.
 */
class RealBackendQueryTest {
  private ProductsApi products;
  private List<PricedProduct> all;

  @BeforeEach
  void connect() throws IOException {
    String url = System.getenv("MEDUSA_URL");
    assumeTrue(url != null, "MEDUSA_URL is not set");
    String key = System.getenv("MEDUSA_PUBLISHABLE_KEY");
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          Request.Builder request = chain.request().newBuilder();
          if (key != null) {
            request.header("x-publishable-api-key", key);
          }
          return chain.proceed(request.build());
        })
        .build();
    products = new Retrofit.Builder()
        .baseUrl(url.endsWith("/") ? url : url + "/")
        .client(client)
        .addConverterFactory(new QueryValueConverterFactory())
        .addConverterFactory(MoshiConverterFactory.create(MedusaJson.moshi()))
        .build()
        .create(ProductsApi.class);
    StoreProductsListRes page = list(ProductQuery.builder().expand("tags").limit(PagedQuery.MAX_LIMIT).build());
    assumeTrue(page.getCount() <= PagedQuery.MAX_LIMIT, "store has more products than one page holds");
    all = page.getProducts();
    assumeTrue(all.size() >= 2, "store needs at least two products");
  }

  private StoreProductsListRes list(ProductQuery q) throws IOException {
    Response<StoreProductsListRes> response = products.list(
        q.getQ(), q.getIds(), q.getSalesChannelIds(), q.getCollectionIds(), q.getTypeIds(), q.getTags(),
        q.getTitle(), q.getDescription(), q.getHandle(), q.getIsGiftcard(),
        DateRange.lt(q.getCreatedAt()), DateRange.gt(q.getCreatedAt()), DateRange.lte(q.getCreatedAt()), DateRange.gte(q.getCreatedAt()),
        DateRange.lt(q.getUpdatedAt()), DateRange.gt(q.getUpdatedAt()), DateRange.lte(q.getUpdatedAt()), DateRange.gte(q.getUpdatedAt()),
        q.getCategoryIds(), q.getIncludeCategoryChildren(), q.getOffset(), q.getLimit(),
        q.getExpand(), q.getFields(), q.getOrder(), q.getCartId(), q.getRegionId(), q.getCurrencyCode())
        .execute();
    assumeTrue(response.isSuccessful(), "server answered " + response.code());
    return response.body();
  }

  private Set<String> idsOf(ProductQuery query) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (PricedProduct product : list(query.newBuilder().limit(PagedQuery.MAX_LIMIT).build()).getProducts()) {
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

    assertEquals(new TreeSet<>(List.of(first, second)), idsOf(ProductQuery.builder().ids(first, second).build()));
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
    assertEquals(expected, idsOf(ProductQuery.builder().collectionIds(wanted).build()));
  }

  @Test
  void tagFilterReturnsTheTaggedProducts() throws IOException {
    String tag = null;
    for (PricedProduct product : all) {
      if (product.getTags() != null && !product.getTags().isEmpty()) {
        tag = product.getTags().get(0).getId();
        break;
      }
    }
    assumeTrue(tag != null, "no product has a tag");
    String wanted = tag;

    Set<String> expected = expected(p -> p.getTags() != null && tagIds(p.getTags()).contains(wanted));
    assertEquals(expected, idsOf(ProductQuery.builder().tags(wanted).build()));
  }

  /**
   * Seeded products often share one creation time, and the database keeps microseconds that the JSON
   * rounds to milliseconds, so bounds are placed a second clear of the stored times.
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

    assertEquals(expected(p -> true), idsOf(ProductQuery.builder()
        .createdAt(DateRange.after(earliest.minusSeconds(1))).build()));
    assertEquals(Set.of(), idsOf(ProductQuery.builder()
        .createdAt(DateRange.after(latest.plusSeconds(1))).build()));
    assertEquals(Set.of(), idsOf(ProductQuery.builder()
        .createdAt(DateRange.before(earliest.minusSeconds(1))).build()));
  }

  private static Set<String> tagIds(List<ProductTag> tags) {
    Set<String> ids = new TreeSet<>();
    for (ProductTag tag : tags) {
      ids.add(tag.getId());
    }
    return ids;
  }
}
