package io.medusajava.mock.domain.catalog;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.model.Product;
import java.util.List;
import java.util.Locale;

/**
 * POST /store/products/search without a search plugin: a case-insensitive substring match of every
 * word of the query over title, description and handle. Real stores plug in MeiliSearch or Algolia,
 * whose ranking this does not imitate; it only gives a client something consistent to page through.
 */
public final class ProductSearch {
  private final Catalog catalog;

  public ProductSearch(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Published products matching all words of {@code q} (all of them when q is blank), paged. */
  public List<Product> search(String q, int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw MedusaError.invalidData("offset and limit must not be negative");
    }
    ProductQuery all = new ProductQuery();
    all.limit = Integer.MAX_VALUE;
    String[] words =
        q == null || q.isBlank() ? new String[0] : q.toLowerCase(Locale.ROOT).trim().split("\\s+");
    return catalog.listProducts(all).items().stream()
        .filter(p -> "published".equals(p.status))
        .filter(p -> matchesAll(p, words))
        .skip(offset)
        .limit(limit)
        .toList();
  }

  private static boolean matchesAll(Product p, String[] words) {
    String text =
        (nn(p.title) + " " + nn(p.description) + " " + nn(p.handle)).toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (!text.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
