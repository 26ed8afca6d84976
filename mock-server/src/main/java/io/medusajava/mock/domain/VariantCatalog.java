package io.medusajava.mock.domain;

import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Variant;
import java.util.List;

/** The variant endpoints: lookups across all products, which the product-centred {@link StoreState} lacks. */
public final class VariantCatalog {
    private final StoreState state;

    public VariantCatalog(StoreState state) {
        this.state = state;
    }

    /** Variants passing the query, in product then rank order, paged. */
    public Page<Variant> list(VariantQuery query) {
        if (query.offset < 0 || query.limit < 0) {
            // The real server lets a negative offset reach the database and fails with a 500 (transcript 63).
            throw new MedusaError(500, "unknown_error", "An unknown error occurred.", "unknown_error");
        }
        return state.atomically(() -> {
            List<Variant> hits = state.allVariants().stream()
                    .filter(v -> query.matches(v, state.product(v.productId))).toList();
            return Page.of(hits, query.offset, query.limit);
        });
    }

    /**
     * One variant. With a sales channel, a variant whose product is not sold there is not found, the same
     * message as an unknown id.
     */
    public Variant get(String id, String salesChannelId) {
        return state.atomically(() -> {
            Variant v = state.variant(id);
            Product p = state.product(v.productId);
            if (salesChannelId != null && !p.salesChannelIds.contains(salesChannelId)) {
                throw MedusaError.notFound("Variant with id: " + id + " was not found");
            }
            return v;
        });
    }
}
