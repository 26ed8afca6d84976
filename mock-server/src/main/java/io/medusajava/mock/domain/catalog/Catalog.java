package io.medusajava.mock.domain.catalog;

import static io.medusajava.mock.domain.StoreContext.require;

import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.model.Category;
import io.medusajava.mock.domain.model.Collection;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.ProductType;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ReturnReason;
import io.medusajava.mock.domain.model.SalesChannel;
import io.medusajava.mock.domain.model.ShippingOption;
import io.medusajava.mock.domain.model.ShippingProfile;
import io.medusajava.mock.domain.model.Tag;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.domain.seed.Seed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store's reference data, read by every other part: regions, products and their variants (with
 * stock), shipping options, and the small catalog rows (collections, categories, tags, types,
 * return reasons, sales channels, shipping profiles, publishable keys). Only stock changes after
 * loading. It depends on nothing else in the store.
 */
public final class Catalog {
  private final StoreContext ctx;
  private final Map<String, Region> regions = new LinkedHashMap<>();
  private final Map<String, Product> products = new LinkedHashMap<>();
  private final Map<String, Variant> variants = new LinkedHashMap<>();
  private final Map<String, ShippingOption> shippingOptions = new LinkedHashMap<>();
  private Seed seed = new Seed();

  /** See {@link #version()}. */
  private final AtomicLong version = new AtomicLong();

  public Catalog(StoreContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Replaces everything with the seed's rows; variants learn their product, rank and timestamps.
   */
  public void load(Seed seed) {
    synchronized (ctx.lock()) {
      changed();
      this.seed = seed;
      regions.clear();
      products.clear();
      variants.clear();
      shippingOptions.clear();
      seed.regions.forEach(r -> regions.put(r.id, r));
      seed.shippingOptions.forEach(o -> shippingOptions.put(o.id, o));
      for (Product p : seed.products) {
        int rank = 0;
        for (Variant v : p.variants) {
          v.productId = p.id;
          v.variantRank = rank++;
          v.createdAt = p.createdAt;
          v.updatedAt = p.updatedAt;
          variants.put(v.id, v);
        }
        products.put(p.id, p);
      }
    }
  }

  /**
   * A number that changes whenever anything a catalog page shows may have changed: a reload, stock
   * taken by an order. Caches of rendered pages key on it. This class's own operations keep it
   * current; code that edits catalog objects (products, variants, prices, regions) directly must
   * call {@link #changed()}.
   */
  public long version() {
    return version.get();
  }

  /** Marks the catalog as changed, so no page rendered before is served again. */
  public void changed() {
    version.incrementAndGet();
  }

  // ---------------------------------------------------------------- regions

  /** All regions, in seed order. */
  public List<Region> listRegions() {
    synchronized (ctx.lock()) {
      return List.copyOf(regions.values());
    }
  }

  public Region region(String id) {
    synchronized (ctx.lock()) {
      return require(regions.get(id), "Region with " + id + " was not found");
    }
  }

  /** The region a new cart gets when none is asked for. */
  public Region defaultRegion() {
    synchronized (ctx.lock()) {
      return regions.values().iterator().next();
    }
  }

  // ---------------------------------------------------------------- products and variants

  /** Products passing the query, paged. */
  public Page<Product> listProducts(ProductQuery query) {
    return Page.of(findProducts(query), query.offset, query.limit);
  }

  /**
   * Every product passing the query's filters, in seed order, for callers that sort before paging.
   */
  public List<Product> findProducts(ProductQuery query) {
    synchronized (ctx.lock()) {
      return products.values().stream().filter(query::matches).toList();
    }
  }

  public Product product(String id) {
    synchronized (ctx.lock()) {
      return require(products.get(id), "Product with id: " + id + " was not found");
    }
  }

  public Variant variant(String id) {
    synchronized (ctx.lock()) {
      return require(variants.get(id), "Variant with id: " + id + " was not found");
    }
  }

  /** The variant, or null when there is none (callers word their own error). */
  public Variant variantOrNull(String id) {
    synchronized (ctx.lock()) {
      return variants.get(id);
    }
  }

  /** Every variant, in product then rank order. */
  public List<Variant> allVariants() {
    synchronized (ctx.lock()) {
      return List.copyOf(variants.values());
    }
  }

  /** Takes sold units out of stock; unmanaged variants keep no count. */
  public void takeStock(String variantId, int quantity) {
    synchronized (ctx.lock()) {
      Variant v = variant(variantId);
      if (v.manageInventory) {
        changed(); // product pages show inventory_quantity
        v.inventoryQuantity -= quantity;
      }
    }
  }

  // ---------------------------------------------------------------- shipping

  public ShippingOption shippingOption(String id) {
    synchronized (ctx.lock()) {
      return require(shippingOptions.get(id), "Shipping Option with id: " + id + " was not found");
    }
  }

  /** Region options, return options included (GET /store/shipping-options?region_id=...). */
  public List<ShippingOption> shippingOptionsForRegion(String regionId, Boolean isReturn) {
    synchronized (ctx.lock()) {
      return shippingOptions.values().stream()
          .filter(o -> regionId == null || o.regionId.equals(regionId))
          .filter(o -> isReturn == null || o.isReturn == isReturn)
          .filter(o -> !o.adminOnly)
          .toList();
    }
  }

  public List<ShippingProfile> shippingProfiles() {
    synchronized (ctx.lock()) {
      return List.copyOf(seed.shippingProfiles);
    }
  }

  /** The profile, or null. */
  public ShippingProfile shippingProfile(String id) {
    synchronized (ctx.lock()) {
      return seed.shippingProfiles.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null);
    }
  }

  // ---------------------------------------------------------------- small catalog rows

  public List<Collection> listCollections() {
    synchronized (ctx.lock()) {
      return List.copyOf(seed.collections);
    }
  }

  public Collection collection(String id) {
    synchronized (ctx.lock()) {
      return require(
          seed.collections.stream().filter(c -> c.id.equals(id)).findFirst().orElse(null),
          "Product collection with id: " + id + " was not found");
    }
  }

  public List<Category> listCategories() {
    synchronized (ctx.lock()) {
      return List.copyOf(seed.categories);
    }
  }

  /**
   * A category the store may show: active and not internal. Medusa looks it up with that scope in
   * the query, so a hidden one is as unknown as a missing one, and the message names the scope.
   */
  public Category category(String id) {
    synchronized (ctx.lock()) {
      return require(
          seed.categories.stream()
              .filter(c -> c.id.equals(id) && c.isActive && !c.isInternal)
              .findFirst()
              .orElse(null),
          "ProductCategory with id: " + id + ", is_internal: false, is_active: true was not found");
    }
  }

  public List<Tag> listTags() {
    synchronized (ctx.lock()) {
      return List.copyOf(seed.tags);
    }
  }

  public List<ProductType> listTypes() {
    synchronized (ctx.lock()) {
      return List.copyOf(seed.types);
    }
  }

  public List<ReturnReason> listReturnReasons() {
    synchronized (ctx.lock()) {
      return List.copyOf(seed.returnReasons);
    }
  }

  /** The reason, or null when there is none (callers word their own error). */
  public ReturnReason returnReasonOrNull(String id) {
    synchronized (ctx.lock()) {
      return seed.returnReasons.stream().filter(r -> r.id.equals(id)).findFirst().orElse(null);
    }
  }

  public ReturnReason returnReason(String id) {
    synchronized (ctx.lock()) {
      return require(
          seed.returnReasons.stream().filter(r -> r.id.equals(id)).findFirst().orElse(null),
          "Return Reason with id: " + id + " was not found");
    }
  }

  public List<SalesChannel> salesChannels() {
    synchronized (ctx.lock()) {
      return List.copyOf(seed.salesChannels);
    }
  }

  /**
   * The channel a cart gets when neither the request nor its publishable key names one; null
   * without any.
   */
  public String defaultSalesChannelId() {
    synchronized (ctx.lock()) {
      return seed.salesChannels.isEmpty() ? null : seed.salesChannels.get(0).id;
    }
  }

  /**
   * The sales channels a publishable key narrows to; an unknown key narrows nothing (transcript
   * 72).
   */
  public List<String> salesChannelsOfKey(String publishableKey) {
    synchronized (ctx.lock()) {
      return seed.publishableKeys.stream()
          .filter(k -> k.id.equals(publishableKey))
          .findFirst()
          .map(k -> List.copyOf(k.salesChannelIds))
          .orElse(List.of());
    }
  }
}
