package io.medusajava.mock.domain.catalog;

import io.medusajava.mock.domain.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The filters of {@code GET /store/products}. Empty lists and nulls mean "no filter"; timestamps compare as
 * ISO-8601 strings, which sort like the instants they name. Set fields directly, then call {@link #matches}.
 */
public final class ProductQuery {
    public List<String> ids = new ArrayList<>();
    public List<String> collectionIds = new ArrayList<>();
    public List<String> tagIds = new ArrayList<>();
    public List<String> typeIds = new ArrayList<>();
    public List<String> categoryIds = new ArrayList<>();
    /** Restricts to these sales channels (what a publishable key resolves to); empty means any. */
    public List<String> salesChannelIds = new ArrayList<>();
    public String q;
    public String handle;
    public Boolean isGiftcard;
    public String createdAfter;
    public String createdBefore;
    public int offset = 0;
    /** Medusa's store default page size for products. */
    public int limit = 100;

    /**
     * True when the product passes every filter that is set. Null columns are checked before contains(),
     * because the immutable lists callers pass (List.of) throw on contains(null).
     */
    public boolean matches(Product p) {
        return "published".equals(p.status)
                && (ids.isEmpty() || ids.contains(p.id))
                && (collectionIds.isEmpty() || p.collectionId != null && collectionIds.contains(p.collectionId))
                && (tagIds.isEmpty() || p.tagIds.stream().anyMatch(tagIds::contains))
                && (typeIds.isEmpty() || p.typeId != null && typeIds.contains(p.typeId))
                && (categoryIds.isEmpty() || p.categoryIds.stream().anyMatch(categoryIds::contains))
                && (salesChannelIds.isEmpty() || p.salesChannelIds.stream().anyMatch(salesChannelIds::contains))
                && (handle == null || handle.equals(p.handle))
                && (isGiftcard == null || isGiftcard == p.isGiftcard)
                && (createdAfter == null || p.createdAt.compareTo(createdAfter) > 0)
                && (createdBefore == null || p.createdAt.compareTo(createdBefore) < 0)
                && matchesText(p);
    }

    /** Medusa's q searches title, description, handle, subtitle and variant skus, case-insensitively. */
    private boolean matchesText(Product p) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        return contains(p.title, needle) || contains(p.description, needle) || contains(p.handle, needle)
                || contains(p.subtitle, needle) || p.variants.stream().anyMatch(v -> contains(v.sku, needle));
    }

    private static boolean contains(String hay, String needle) {
        return hay != null && hay.toLowerCase(Locale.ROOT).contains(needle);
    }
}
