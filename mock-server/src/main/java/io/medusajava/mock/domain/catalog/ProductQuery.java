package io.medusajava.mock.domain.catalog;

import io.medusajava.mock.domain.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The filters of {@code GET /store/products}. Empty lists and nulls mean "no filter"; timestamps
 * compare as ISO-8601 strings, which sort like the instants they name. Set fields directly, then
 * call {@link #matches}.
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
   * True when the product passes every filter that is set. Null columns are checked before
   * contains(), because the immutable lists callers pass (List.of) throw on contains(null).
   */
  public boolean matches(Product p) {
    return "published".equals(p.status)
        && (ids.isEmpty() || ids.contains(p.id))
        && (collectionIds.isEmpty()
            || p.collectionId != null && collectionIds.contains(p.collectionId))
        && (tagIds.isEmpty() || p.tagIds.stream().anyMatch(tagIds::contains))
        && (typeIds.isEmpty() || p.typeId != null && typeIds.contains(p.typeId))
        && (categoryIds.isEmpty() || p.categoryIds.stream().anyMatch(categoryIds::contains))
        && (salesChannelIds.isEmpty()
            || p.salesChannelIds.stream().anyMatch(salesChannelIds::contains))
        && (handle == null || handle.equals(p.handle))
        && (isGiftcard == null || isGiftcard == p.isGiftcard)
        && (createdAfter == null || p.createdAt.compareTo(createdAfter) > 0)
        && (createdBefore == null || p.createdAt.compareTo(createdBefore) < 0)
        && matchesText(p);
  }

  /**
   * Medusa's q searches title, description, handle, subtitle and variant skus, case-insensitively.
   * It goes into an ILIKE pattern unescaped, so {@code %} and {@code _} in it are wildcards there
   * and here.
   */
  private boolean matchesText(Product p) {
    if (q == null || q.isBlank()) {
      return true;
    }
    Predicate<String> found = likePattern(q.toLowerCase(Locale.ROOT));
    return found.test(lower(p.title))
        || found.test(lower(p.description))
        || found.test(lower(p.handle))
        || found.test(lower(p.subtitle))
        || p.variants.stream().anyMatch(v -> found.test(lower(v.sku)));
  }

  /** {@code ILIKE '%needle%'}: plain containment unless the needle has wildcards. */
  private static Predicate<String> likePattern(String needle) {
    if (needle.indexOf('%') < 0 && needle.indexOf('_') < 0) {
      return hay -> hay != null && hay.contains(needle);
    }
    StringBuilder rx = new StringBuilder();
    for (String literal : needle.split("(?<=[%_])|(?=[%_])")) {
      rx.append(literal.equals("%") ? ".*" : literal.equals("_") ? "." : Pattern.quote(literal));
    }
    Pattern pattern = Pattern.compile(rx.toString(), Pattern.DOTALL);
    return hay -> hay != null && pattern.matcher(hay).find();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
