package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.errors.InvalidRequestException;
import io.medusajava.errors.MedusaException;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.PricedVariant;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.VariantListParams;
import io.medusajava.query.DateRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Page and AutoPager behaviour through {@link MedusaStore}, against a synthetic catalog served by
 * MockWebServer.
 */
class PagingTest {
  private MockWebServer server;
  private MedusaStore store;
  private Catalog catalog;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    catalog = new Catalog();
    server.setDispatcher(catalog);
    server.start();
    store = MedusaStore.builder().baseUrl(server.url("/").toString()).maxRetries(0).build();
  }

  @AfterEach
  void stop() throws Exception {
    store.close();
    server.shutdown();
  }

  private static ProductListParams limit(int limit) {
    return ProductListParams.builder().limit(limit).build();
  }

  /**
   * Product ids the catalog serves for positions {@code from} (inclusive) to {@code to}
   * (exclusive).
   */
  private static List<String> productIds(int from, int to) {
    return IntStream.range(from, to).mapToObj(Catalog::productId).collect(Collectors.toList());
  }

  private static List<String> ids(List<PricedProduct> products) {
    return products.stream().map(PricedProduct::getId).collect(Collectors.toList());
  }

  // ---- Page
  // -------------------------------------------------------------------------------------------

  @Test
  void pageHoldsItemsAndTheServersCountOffsetAndLimit() {
    catalog.products(95);

    Page<PricedProduct> page = store.products().list(limit(20)).execute();

    assertEquals(productIds(0, 20), ids(page.items()));
    assertEquals(Integer.valueOf(95), page.count());
    assertEquals(0, page.offset());
    assertEquals(20, page.limit());
    assertEquals(List.of("none"), catalog.offsets());
  }

  @Test
  void nextPageAsksForTheOffsetAfterThisPage() {
    catalog.products(95);

    Page<PricedProduct> second = store.products().list(limit(20)).execute().nextPage();

    assertEquals(20, second.offset());
    assertEquals(productIds(20, 40), ids(second.items()));
    assertEquals(List.of("none", "20"), catalog.offsets());
  }

  @Test
  void walkingWithNextPageStopsAtTheCount() {
    catalog.products(95);

    List<Integer> offsets = new ArrayList<>();
    Page<PricedProduct> page = store.products().list(limit(20)).execute();
    offsets.add(page.offset());
    while (page.hasNextPage()) {
      page = page.nextPage();
      offsets.add(page.offset());
    }

    assertEquals(List.of(0, 20, 40, 60, 80), offsets);
    assertEquals(productIds(80, 95), ids(page.items()));
    assertEquals(5, catalog.offsets().size());
  }

  @Test
  void nextPageOnTheLastPageThrowsWithoutSendingARequest() {
    catalog.products(95);
    Page<PricedProduct> last =
        store.products().list(ProductListParams.builder().limit(20).offset(80).build()).execute();

    assertFalse(last.hasNextPage());
    assertThrows(NoSuchElementException.class, last::nextPage);
    assertEquals(List.of("80"), catalog.offsets());
  }

  // ---- AutoPager: laziness and request pattern
  // --------------------------------------------------------

  @Test
  void listAllSendsNothingUntilIterated() {
    catalog.products(95);

    AutoPager<PricedProduct> pager = store.products().listAll(limit(20));
    Iterator<PricedProduct> iterator = pager.iterator();
    pager.stream();

    assertEquals(0, server.getRequestCount());
    assertTrue(iterator.hasNext());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void iteratingEverythingFetchesEachPageOnceInOrder() {
    catalog.products(95);

    List<String> seen = new ArrayList<>();
    for (PricedProduct p : store.products().listAll(limit(20))) {
      seen.add(p.getId());
    }

    assertEquals(List.of("0", "20", "40", "60", "80"), catalog.offsets());
    assertEquals(productIds(0, 95), seen);
    assertEquals(95, new LinkedHashSet<>(seen).size());
  }

  @Test
  void everyPageRequestKeepsTheOtherParameters() throws Exception {
    catalog.products(45);
    ProductListParams query =
        ProductListParams.builder()
            .q("shirt")
            .ids("a", "b")
            .salesChannelIds("sc")
            .collectionIds("c")
            .typeIds("ty")
            .tags("t1")
            .title("T")
            .description("D")
            .handle("h")
            .isGiftcard(false)
            .createdAt(DateRange.atOrAfter(Instant.parse("2024-01-01T00:00:00Z")))
            .updatedAt(DateRange.before(Instant.parse("2024-02-01T00:00:00Z")))
            .categoryIds("cat")
            .includeCategoryChildren(true)
            .limit(20)
            .expand("variants", "variants.prices")
            .fields("id", "title")
            .order("-created_at")
            .cartId("cart_1")
            .regionId("reg_1")
            .currencyCode("eur")
            .build();

    store.products().listAll(query).forEach(p -> {});

    String shared =
        "q=shirt&id[]=a&id[]=b&sales_channel_id[]=sc&collection_id[]=c&type_id[]=ty&tags[]=t1"
            + "&title=T&description=D&handle=h&is_giftcard=false&created_at[gte]=2024-01-01T00:00:00Z"
            + "&updated_at[lt]=2024-02-01T00:00:00Z&category_id[]=cat&include_category_children=true";
    String tail =
        "&limit=20&expand=variants,variants.prices&fields=id,title&order=-created_at"
            + "&cart_id=cart_1&region_id=reg_1&currency_code=eur";
    assertEquals("/store/products?" + shared + "&offset=0" + tail, server.takeRequest().getPath());
    assertEquals("/store/products?" + shared + "&offset=20" + tail, server.takeRequest().getPath());
    assertEquals("/store/products?" + shared + "&offset=40" + tail, server.takeRequest().getPath());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void streamLimitFetchesOnlyThePagesItNeeds() {
    catalog.products(95);

    List<String> first25 =
        store.products().listAll(limit(20)).stream()
            .limit(25)
            .map(PricedProduct::getId)
            .collect(Collectors.toList());

    assertEquals(productIds(0, 25), first25);
    assertEquals(List.of("0", "20"), catalog.offsets());
  }

  @Test
  void anEmptyListSendsOneRequestAndYieldsNothing() {
    catalog.products(0);

    Iterator<PricedProduct> iterator = store.products().listAll(limit(20)).iterator();

    assertFalse(iterator.hasNext());
    assertThrows(NoSuchElementException.class, iterator::next);
    assertEquals(List.of("0"), catalog.offsets());
  }

  @Test
  void aCountLargerThanTheCatalogEndsAtTheFirstEmptyPage() {
    catalog.products(40).reportCount(100);

    List<String> seen =
        ids(store.products().listAll(limit(20)).stream().collect(Collectors.toList()));

    assertEquals(productIds(0, 40), seen);
    assertEquals(List.of("0", "20", "40"), catalog.offsets());
  }

  @Test
  void aListWithoutCountStopsAtTheFirstShortPage() {
    catalog.variants(45);

    List<String> seen = new ArrayList<>();
    for (PricedVariant v :
        store.variants().listAll(VariantListParams.builder().limit(20).build())) {
      seen.add(v.getId());
    }

    assertEquals(
        IntStream.range(0, 45).mapToObj(Catalog::variantId).collect(Collectors.toList()), seen);
    assertEquals(List.of("0", "20", "40"), catalog.offsets());
  }

  @Test
  void aListWithoutCountThatEndsOnAFullPageStopsAtTheEmptyOneAfter() {
    catalog.variants(40);

    long n =
        store.variants().listAll(VariantListParams.builder().limit(20).build()).stream().count();

    assertEquals(40, n);
    assertEquals(List.of("0", "20", "40"), catalog.offsets());
  }

  @Test
  void aStartingOffsetIsWhereIterationBegins() {
    catalog.products(95);

    List<String> seen =
        ids(
            store
                .products()
                .listAll(ProductListParams.builder().limit(20).offset(60).build())
                .stream()
                .collect(Collectors.toList()));

    assertEquals(productIds(60, 95), seen);
    assertEquals(List.of("60", "80"), catalog.offsets());
  }

  @Test
  void eachIterationOfTheSamePagerStartsFromTheFirstPage() {
    catalog.products(45);
    AutoPager<PricedProduct> pager = store.products().listAll(limit(20));

    List<String> first = ids(pager.stream().collect(Collectors.toList()));
    List<String> second = ids(pager.stream().collect(Collectors.toList()));

    assertEquals(productIds(0, 45), first);
    assertEquals(productIds(0, 45), second);
    assertEquals(List.of("0", "20", "40", "0", "20", "40"), catalog.offsets());
  }

  // ---- AutoPager: async
  // ------------------------------------------------------------------------------

  @Test
  void forEachAsyncVisitsEveryItemInOrderAndCompletes() throws Exception {
    catalog.products(95);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());

    CompletableFuture<Void> done =
        store.products().listAll(limit(20)).forEachAsync(p -> seen.add(p.getId()));
    done.get(10, TimeUnit.SECONDS);

    assertEquals(productIds(0, 95), seen);
    assertEquals(List.of("0", "20", "40", "60", "80"), catalog.offsets());
  }

  @Test
  void forEachAsyncOnAnEmptyListCompletesAfterOneRequest() throws Exception {
    catalog.products(0);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());

    store
        .products()
        .listAll(limit(20))
        .forEachAsync(p -> seen.add(p.getId()))
        .get(10, TimeUnit.SECONDS);

    assertEquals(List.of(), seen);
    assertEquals(List.of("0"), catalog.offsets());
  }

  // ---- errors
  // ----------------------------------------------------------------------------------------

  @Test
  void anErrorOnPageThreeSurfacesFromTheIteratorAfterTwoPagesWereYielded() {
    catalog.products(95).failAt(40);
    Iterator<PricedProduct> iterator = store.products().listAll(limit(20)).iterator();

    List<String> seen = new ArrayList<>();
    MedusaException e =
        assertThrows(
            MedusaException.class,
            () -> {
              while (iterator.hasNext()) {
                seen.add(iterator.next().getId());
              }
            });

    assertEquals(productIds(0, 40), seen);
    assertInstanceOf(InvalidRequestException.class, e);
    assertEquals(400, e.getStatusCode());
    assertEquals("offset 40 is broken", e.getServerMessage());
    assertEquals(List.of("0", "20", "40"), catalog.offsets());
  }

  @Test
  void anErrorOnPageThreeFailsTheForEachAsyncFuture() throws Exception {
    catalog.products(95).failAt(40);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());

    CompletableFuture<Void> done =
        store.products().listAll(limit(20)).forEachAsync(p -> seen.add(p.getId()));
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));

    InvalidRequestException cause = assertInstanceOf(InvalidRequestException.class, e.getCause());
    assertEquals("offset 40 is broken", cause.getServerMessage());
    assertEquals(productIds(0, 40), seen);
    assertEquals(List.of("0", "20", "40"), catalog.offsets());
  }

  /**
   * A synthetic store: {@code /store/products} (with {@code count}, {@code offset}, {@code limit},
   * as Medusa answers) and {@code /store/variants} (a bare array, as Medusa answers). Records the
   * offset each request asked for, and can misreport the count or fail at one offset.
   */
  static final class Catalog extends Dispatcher {
    private volatile int products;
    private volatile int variants;
    private volatile Integer reportedCount;
    private volatile int failAt = -1;
    private final List<String> offsets = new CopyOnWriteArrayList<>();

    static String productId(int i) {
      return String.format("prod_%05d", i + 1);
    }

    static String variantId(int i) {
      return String.format("variant_%05d", i + 1);
    }

    Catalog products(int n) {
      products = n;
      return this;
    }

    Catalog variants(int n) {
      variants = n;
      return this;
    }

    /** Makes the product list claim this total instead of its real size. */
    Catalog reportCount(int count) {
      reportedCount = count;
      return this;
    }

    /** Answers 400 to the request for this offset. */
    Catalog failAt(int offset) {
      failAt = offset;
      return this;
    }

    /**
     * The {@code offset} parameter of each request so far, in order ({@code "none"} when absent).
     */
    List<String> offsets() {
      return new ArrayList<>(offsets);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getRequestUrl();
      String offsetParam = url.queryParameter("offset");
      String limitParam = url.queryParameter("limit");
      offsets.add(offsetParam == null ? "none" : offsetParam);
      int offset = offsetParam == null ? 0 : Integer.parseInt(offsetParam);
      // Medusa's default page size for products and variants is 100.
      int limit = limitParam == null ? 100 : Integer.parseInt(limitParam);
      if (offset == failAt) {
        return json(
            400, "{\"type\":\"invalid_data\",\"message\":\"offset " + offset + " is broken\"}");
      }
      switch (url.encodedPath()) {
        case "/store/products":
          {
            int count = reportedCount != null ? reportedCount : products;
            return json(
                200,
                "{\"products\":"
                    + items(products, offset, limit, true)
                    + ",\"count\":"
                    + count
                    + ",\"offset\":"
                    + offset
                    + ",\"limit\":"
                    + limit
                    + "}");
          }
        case "/store/variants":
          return json(200, "{\"variants\":" + items(variants, offset, limit, false) + "}");
        default:
          return json(404, "{\"type\":\"not_found\",\"message\":\"no route\"}");
      }
    }

    private static String items(int size, int offset, int limit, boolean products) {
      StringBuilder out = new StringBuilder("[");
      for (int i = offset; i < Math.min(size, offset + limit); i++) {
        if (out.length() > 1) {
          out.append(',');
        }
        if (products) {
          out.append("{\"id\":\"")
              .append(productId(i))
              .append("\",\"title\":\"Product ")
              .append(i + 1)
              .append("\",\"handle\":\"product-")
              .append(i + 1)
              .append("\",\"status\":\"published\"}");
        } else {
          out.append("{\"id\":\"")
              .append(variantId(i))
              .append("\",\"title\":\"Variant ")
              .append(i + 1)
              .append("\",\"product_id\":\"prod_1\",\"inventory_quantity\":10}");
        }
      }
      return out.append(']').toString();
    }

    private static MockResponse json(int status, String body) {
      return new MockResponse()
          .setResponseCode(status)
          .setHeader("Content-Type", "application/json")
          .setBody(body);
    }
  }
}
