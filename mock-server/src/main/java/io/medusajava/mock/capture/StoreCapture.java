package io.medusajava.mock.capture;

import io.medusajava.AutoPager;
import io.medusajava.MedusaStore;
import io.medusajava.Page;
import io.medusajava.errors.ConnectionException;
import io.medusajava.errors.MedusaException;
import io.medusajava.errors.NotFoundException;
import io.medusajava.mock.domain.seed.Seed;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.ProductCategory;
import io.medusajava.model.ProductListParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * Reads a live store's public catalog through the Store API and turns it into a {@link Seed}, so a
 * mock serves that store's regions, products, prices and shipping options instead of the bundled
 * demo catalog.
 *
 * <pre>{@code
 * Seed seed = StoreCapture.builder("https://shop.example.com").publishableKey("pk_...").build().capture();
 * seed.save(Path.of("my-store.json"));                       // serve later with --seed my-store.json
 * MedusaMockServer mock = new MedusaMockServer(MockServerOptions.defaults().seed(seed)).start();
 * }</pre>
 *
 * Only what the Store API shows can be captured: no customers, orders, gift cards, discounts, price
 * lists or tax-rate overrides (the mock-server README lists every gap and the default put in its
 * place). Every failure is a {@link CaptureException} with a one-line message.
 */
public final class StoreCapture {
  /**
   * How many products a capture takes unless told otherwise; a larger catalog fails rather than
   * fill memory.
   */
  public static final int DEFAULT_MAX_PRODUCTS = 10_000;

  /**
   * Items per request: large enough to keep requests few, small enough for the SDK's response-size
   * limit.
   */
  static final int PAGE_SIZE = 100;

  private final String baseUrl;
  private final String publishableKey;
  private final int maxProducts;
  private final Consumer<String> progress;

  private StoreCapture(Builder b) {
    this.baseUrl = b.baseUrl;
    this.publishableKey = b.publishableKey;
    this.maxProducts = b.maxProducts;
    this.progress = b.progress;
  }

  /** A capture of the store at {@code baseUrl}, such as {@code https://shop.example.com}. */
  public static Builder builder(String baseUrl) {
    return new Builder(baseUrl);
  }

  /**
   * Reads the catalog. Sends only GET requests, which the SDK retries on connection failures and
   * 5xx answers.
   *
   * @throws CaptureException when the store cannot be reached, refuses, lists no regions or too
   *     many products
   */
  public Seed capture() {
    MedusaStore.Builder client =
        MedusaStore.builder()
            .baseUrl(baseUrl)
            .userAgentSuffix("medusa-mock-capture")
            // A page of a hundred products with all their relations can take a slow store a while.
            .readTimeout(Duration.ofSeconds(60))
            .callTimeout(Duration.ofMinutes(3));
    if (publishableKey != null) {
      client.publishableApiKey(publishableKey);
    }
    try (MedusaStore store = client.build()) {
      SeedBuilder seed = new SeedBuilder(HttpUrl.get(baseUrl).host(), publishableKey, progress);
      List<io.medusajava.model.Region> regions =
          read("regions", () -> list(store.regions().listAll()));
      if (regions.isEmpty()) {
        throw new CaptureException(
            CaptureException.Reason.NO_REGIONS,
            "the store at "
                + baseUrl
                + " lists no regions; a mock store needs at least one to price and sell anything",
            null);
      }
      seed.regions(regions);
      products(store, regions, seed);
      seed.collections(read("collections", () -> list(store.collections().listAll())));
      seed.tags(read("product tags", () -> list(store.productTags().listAll())));
      seed.types(read("product types", () -> list(store.productTypes().listAll())));
      for (ProductCategory category : read("product categories", () -> categories(store))) {
        seed.category(
            category,
            read(
                "the products of category " + category.getHandle(),
                () -> productIdsIn(store, category.getId())));
      }
      seed.shippingOptions(
          read("shipping options", () -> store.shippingOptions().list().execute()));
      seed.returnReasons(read("return reasons", () -> store.returnReasons().list().execute()));
      return seed.build();
    } catch (IllegalStateException missing) {
      // The SDK's getters throw this for a field the store should always send but left out.
      throw new CaptureException(
          CaptureException.Reason.FAILED,
          "the store at "
              + baseUrl
              + " answered without a field the capture needs: "
              + firstLine(missing.getMessage()),
          missing);
    }
  }

  /**
   * Relations asked for by name: the store's defaults leave out sales channels without a key.
   * {@code expand} replaces the defaults, so it names them all.
   */
  private static final String[] PRODUCT_RELATIONS = {
    "variants",
    "variants.prices",
    "variants.options",
    "options",
    "options.values",
    "images",
    "tags",
    "collection",
    "type",
    "profiles",
    "sales_channels"
  };

  /**
   * Every product, priced once per region: the store shows a variant's prices in the region's
   * currency (and the region's own) only, so each region adds its prices. The first pass also takes
   * the products themselves.
   */
  private void products(
      MedusaStore store, List<io.medusajava.model.Region> regions, SeedBuilder seed) {
    for (int i = 0; i < regions.size(); i++) {
      io.medusajava.model.Region region = regions.get(i);
      boolean first = i == 0;
      String label = first ? "products" : "prices in " + region.getName();
      read(
          label,
          () -> {
            walkProducts(store, region.getId(), label, first ? seed::product : seed::prices);
            return null;
          });
    }
  }

  /**
   * Pages through the products, failing before the walk when the store's count is over the limit.
   */
  private void walkProducts(
      MedusaStore store, String regionId, String label, Consumer<PricedProduct> each) {
    Page<PricedProduct> first =
        store
            .products()
            .list(
                ProductListParams.builder()
                    .regionId(regionId)
                    .expand(PRODUCT_RELATIONS)
                    .limit(PAGE_SIZE)
                    .build())
            .execute();
    Integer count = first.count();
    if (count != null && count > maxProducts) {
      throw tooLarge(count + " products");
    }
    int seen = 0;
    for (PricedProduct p : first.autoPager()) {
      if (seen == maxProducts) {
        throw tooLarge("more than " + maxProducts + " products");
      }
      each.accept(p);
      seen++;
      // One line per page, and only for a catalog of several pages.
      if (count != null && count > PAGE_SIZE && (seen % PAGE_SIZE == 0 || seen == count)) {
        progress.accept(label + " " + seen + "/" + count);
      }
    }
  }

  private CaptureException tooLarge(String what) {
    return new CaptureException(
        CaptureException.Reason.TOO_LARGE,
        "the store at "
            + baseUrl
            + " lists "
            + what
            + ", over the capture limit of "
            + maxProducts
            + " (raise it with --max-products or maxProducts)",
        null);
  }

  /**
   * A store without the product-categories feature answers 404 on its route: it simply has none.
   */
  private static List<ProductCategory> categories(MedusaStore store) {
    try {
      return list(store.categories().listAll());
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  /**
   * The ids of the products directly in a category (a parent's products are not its children's).
   */
  private static Set<String> productIdsIn(MedusaStore store, String categoryId) {
    Set<String> ids = new LinkedHashSet<>();
    store
        .products()
        .listAll(
            ProductListParams.builder()
                .categoryIds(categoryId)
                .fields("id")
                .limit(PAGE_SIZE)
                .build())
        .forEach(p -> ids.add(p.getId()));
    return ids;
  }

  private static <T> List<T> list(AutoPager<T> pager) {
    List<T> all = new ArrayList<>();
    pager.forEach(all::add);
    return all;
  }

  /**
   * Runs one step of the capture; the SDK's exception becomes a one-line {@link CaptureException}.
   */
  private <T> T read(String what, Supplier<T> step) {
    try {
      return step.get();
    } catch (ConnectionException e) {
      throw new CaptureException(
          CaptureException.Reason.UNREACHABLE,
          "cannot reach the store at " + baseUrl + ": " + firstLine(e.getMessage()),
          e);
    } catch (MedusaException e) {
      int status = e.getStatusCode();
      if (status == 401 || status == 403) {
        throw new CaptureException(
            CaptureException.Reason.REFUSED,
            "the store at "
                + baseUrl
                + " refused to list "
                + what
                + " ("
                + status
                + ")"
                + (publishableKey == null ? "" : "; check the publishable key"),
            e);
      }
      throw new CaptureException(
          CaptureException.Reason.FAILED,
          "listing " + what + " at " + baseUrl + " failed: " + firstLine(e.getMessage()),
          e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("").trim();
  }

  /** Settings of a capture; {@link #build()} checks them. */
  public static final class Builder {
    private final String baseUrl;
    private String publishableKey;
    private int maxProducts = DEFAULT_MAX_PRODUCTS;
    private Consumer<String> progress = line -> {};

    private Builder(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    /**
     * Sent as {@code x-publishable-api-key}: the store then shows only its key's sales channels.
     */
    public Builder publishableKey(String key) {
      this.publishableKey = key;
      return this;
    }

    /** The most products to take; a store listing more fails the capture. */
    public Builder maxProducts(int max) {
      this.maxProducts = max;
      return this;
    }

    /**
     * Receives a line now and then on a long capture ("products 300/1200") and notes on what was
     * changed.
     */
    public Builder progress(Consumer<String> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * @throws IllegalArgumentException for a URL that is not http(s), a blank key or a limit below
     *     1
     */
    public StoreCapture build() {
      if (baseUrl == null || HttpUrl.parse(baseUrl) == null) {
        throw new IllegalArgumentException(
            "the store URL must be an http:// or https:// URL, was " + baseUrl);
      }
      if (publishableKey != null && publishableKey.isBlank()) {
        throw new IllegalArgumentException("the publishable key must not be blank");
      }
      if (maxProducts < 1) {
        throw new IllegalArgumentException(
            "the product limit must be at least 1, was " + maxProducts);
      }
      return new StoreCapture(this);
    }
  }
}
