package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.Variant;
import java.util.List;
import java.util.Set;

/**
 * JSON of the variant endpoints and of product search. Variants are priced exactly like the
 * variants inside a priced product (transcripts 08-10) and add their product's own columns, the
 * store default relation of GET /store/variants.
 */
public final class VariantViews {
  private final Catalog store;
  private final CatalogViews catalog;

  public VariantViews(Catalog store) {
    this.store = store;
    this.catalog = new CatalogViews(store);
  }

  /**
   * Medusa's store variant routes: no column lists, and prices, options and product loaded by
   * default.
   */
  public static final Selection.Config VARIANT_QUERY = variantQuery(true);

  /** The same for one variant by id. */
  public static final Selection.Config VARIANT_RETRIEVE_QUERY = variantQuery(false);

  private static Selection.Config variantQuery(boolean isList) {
    List<String> relations = List.of("prices", "options", "product");
    return new Selection.Config(
        List.of(),
        null,
        relations,
        List.of("prices", "options", "product", "inventory_items"),
        isList);
  }

  /** Keys the pricing sets on every variant after loading, whatever was selected or expanded. */
  private static final Set<String> PRICING =
      Set.of(
          "prices",
          "original_price",
          "calculated_price",
          "calculated_price_type",
          "original_price_incl_tax",
          "calculated_price_incl_tax",
          "original_tax",
          "calculated_tax",
          "tax_rates");

  /** {@code {"variants": [...]}}; Medusa's store list has no count/offset/limit. */
  public ObjectNode variantsResponse(
      List<Variant> variants, Region region, String currencyCode, Selection selection) {
    ObjectNode n = Json.object();
    n.set("variants", Json.array(variants, v -> variant(v, region, currencyCode, selection)));
    return n;
  }

  /** {@code {"variant": ...}}. */
  public ObjectNode variantResponse(
      Variant v, Region region, String currencyCode, Selection selection) {
    ObjectNode n = Json.object();
    n.set("variant", variant(v, region, currencyCode, selection));
    return n;
  }

  /**
   * A variant with the relations {@code selection} loads and the columns it selects. The variant
   * routes price every variant afterwards, so its prices and computed prices are there whatever was
   * asked for; the computed ones are null when neither region nor currency is known.
   */
  public ObjectNode variant(Variant v, Region region, String currencyCode, Selection selection) {
    ObjectNode n = catalog.pricedVariant(v, region, currencyCode);
    if (!selection.reaches("options")) {
      n.remove("options");
    }
    if (selection.reaches("product")) {
      n.set("product", productColumns(store.product(v.productId)));
    }
    return selection.selectColumns(n, PRICING);
  }

  /**
   * {@code {"hits": [...]}} of POST /store/products/search: each hit is a product as the list shows
   * it.
   */
  public ObjectNode searchResponse(List<Product> hits) {
    ObjectNode n = Json.object();
    Selection defaults = Selection.of(CatalogViews.PRODUCT_RETRIEVE_QUERY, null, null, null);
    n.set("hits", Json.array(hits, p -> catalog.product(p, null, null, defaults, false)));
    return n;
  }

  private ObjectNode productColumns(Product p) {
    ObjectNode n = CatalogViews.productBasics(p);
    n.put("collection_id", p.collectionId);
    n.put("type_id", p.typeId);
    n.put("discountable", p.discountable);
    n.putNull("external_id");
    n.putNull("metadata");
    return n;
  }
}
