package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.Variant;
import java.util.List;

/**
 * JSON of the variant endpoints and of product search. Variants are priced exactly like the variants inside
 * a priced product (transcripts 08-10) and add their product's own columns, the store default relation of
 * GET /store/variants.
 */
public final class VariantViews {
    private final Catalog store;
    private final CatalogViews catalog;

    public VariantViews(Catalog store) {
        this.store = store;
        this.catalog = new CatalogViews(store);
    }

    /** {@code {"variants": [...]}}; Medusa's store list has no count/offset/limit. */
    public ObjectNode variantsResponse(List<Variant> variants, Region region, String currencyCode) {
        ObjectNode n = Json.object();
        n.set("variants", Json.array(variants, v -> variant(v, region, currencyCode)));
        return n;
    }

    /** {@code {"variant": ...}}. */
    public ObjectNode variantResponse(Variant v, Region region, String currencyCode) {
        ObjectNode n = Json.object();
        n.set("variant", variant(v, region, currencyCode));
        return n;
    }

    /** A priced variant with its product; unpriced fields are null when neither region nor currency is known. */
    public ObjectNode variant(Variant v, Region region, String currencyCode) {
        ObjectNode n = catalog.pricedVariant(v, region, currencyCode);
        n.set("product", productColumns(store.product(v.productId)));
        return n;
    }

    /** {@code {"hits": [...]}} of POST /store/products/search: each hit is a product as the list shows it. */
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
