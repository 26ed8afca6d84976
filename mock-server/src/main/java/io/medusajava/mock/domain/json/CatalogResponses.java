package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ValueRow;
import java.util.List;

/**
 * Whole response bodies of the catalog endpoints: regions (transcript 06) and products (08, 10).
 */
public final class CatalogResponses {
  private final Catalog store;
  private final CatalogViews catalog;

  public CatalogResponses(Catalog store) {
    this.store = store;
    this.catalog = new CatalogViews(store);
  }

  /** GET /store/regions: regions, count, limit, offset (that order, as on the wire). */
  public ObjectNode regions(Page<Region> page) {
    ObjectNode n = Json.object();
    n.set("regions", Json.array(page.items(), catalog::region));
    n.put("count", page.count());
    n.put("limit", page.limit());
    n.put("offset", page.offset());
    return n;
  }

  public ObjectNode region(Region r) {
    ObjectNode n = Json.object();
    n.set("region", catalog.region(r));
    return n;
  }

  /**
   * GET /store/products: products, then count, offset, limit (that order, as on the wire). {@code
   * keyScoped} is true when a publishable key narrows the request to its sales channels, which adds
   * each product's.
   */
  public ObjectNode products(
      Page<Product> page,
      Region region,
      String currencyCode,
      Selection selection,
      boolean keyScoped) {
    ObjectNode n = Json.object();
    n.set(
        "products",
        Json.array(
            page.items(), p -> catalog.product(p, region, currencyCode, selection, keyScoped)));
    n.put("count", page.count());
    n.put("offset", page.offset());
    n.put("limit", page.limit());
    return n;
  }

  /** GET /store/products/{id}. */
  public ObjectNode product(Product p, Region region, String currencyCode, Selection selection) {
    ObjectNode n = Json.object();
    n.set("product", catalog.product(p, region, currencyCode, selection, false));
    return n;
  }

  /** GET /store/collections: collections, then count, offset, limit. */
  public ObjectNode collections(Page<io.medusajava.mock.domain.model.Collection> page) {
    return page("collections", Json.array(page.items(), CatalogViews::collection), page);
  }

  /**
   * GET /store/product-categories: count, offset, limit, then the categories (that order, as on the
   * wire).
   */
  public ObjectNode categories(
      Page<io.medusajava.mock.domain.model.Category> page,
      Selection selection,
      boolean descendantsTree) {
    List<io.medusajava.mock.domain.model.Category> all = store.listCategories();
    ObjectNode n = Json.object();
    n.put("count", page.count());
    n.put("offset", page.offset());
    n.put("limit", page.limit());
    n.set(
        "product_categories",
        Json.array(
            page.items(), c -> CatalogViews.listedCategory(c, all, selection, descendantsTree)));
    return n;
  }

  /** GET /store/product-tags and /store/product-types: {@code field} names the list. */
  public ObjectNode valueRows(String field, Page<? extends ValueRow> page, Selection selection) {
    return page(
        field,
        Json.array(page.items(), r -> selection.pickColumns(CatalogViews.valueRow(r))),
        page);
  }

  private static ObjectNode page(
      String field, com.fasterxml.jackson.databind.node.ArrayNode items, Page<?> page) {
    ObjectNode n = Json.object();
    n.set(field, items);
    n.put("count", page.count());
    n.put("offset", page.offset());
    n.put("limit", page.limit());
    return n;
  }
}
