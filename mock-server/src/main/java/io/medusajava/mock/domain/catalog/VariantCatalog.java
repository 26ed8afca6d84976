package io.medusajava.mock.domain.catalog;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Variant;
import java.util.List;

/**
 * The variant endpoints: lookups across all products, which the product-centred {@link Catalog}
 * lacks.
 */
public final class VariantCatalog {
  private final StoreContext ctx;
  private final Catalog catalog;

  public VariantCatalog(StoreContext ctx, Catalog catalog) {
    this.ctx = ctx;
    this.catalog = catalog;
  }

  /** Variants passing the query, in product then rank order, paged. */
  public Page<Variant> list(VariantQuery query) {
    if (query.offset < 0 || query.limit < 0) {
      // The real server lets a negative offset reach the database and fails with a 500 (transcript
      // 63).
      throw MedusaError.unknown();
    }
    synchronized (ctx.lock()) {
      List<Variant> hits =
          catalog.allVariants().stream()
              .filter(v -> query.matches(v, catalog.product(v.productId)))
              .toList();
      return Page.of(hits, query.offset, query.limit);
    }
  }

  /**
   * One variant. With a sales channel, a variant whose product is not sold there is not found, the
   * same message as an unknown id.
   */
  public Variant get(String id, String salesChannelId) {
    synchronized (ctx.lock()) {
      Variant v = catalog.variant(id);
      Product p = catalog.product(v.productId);
      if (salesChannelId != null && !p.salesChannelIds.contains(salesChannelId)) {
        throw MedusaError.notFound("Variant with id: " + id + " was not found");
      }
      return v;
    }
  }
}
