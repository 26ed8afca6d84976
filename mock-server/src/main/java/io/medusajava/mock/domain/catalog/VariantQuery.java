package io.medusajava.mock.domain.catalog;

import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of GET /store/variants. Empty lists and null fields do not filter. Inventory bounds
 * use the qs operator names ({@code lt}, {@code gt}, {@code lte}, {@code gte}); a plain {@code
 * inventory_quantity=n} is stored under {@code eq}.
 */
public final class VariantQuery {
  public List<String> ids = new ArrayList<>();
  public List<String> titles = new ArrayList<>();
  public String salesChannelId;
  public Map<String, Integer> inventory = new LinkedHashMap<>();
  public int offset = 0;

  /** Medusa's default page size for store variants. */
  public int limit = 100;

  /** True when the variant (of product {@code p}) passes every filter that is set. */
  public boolean matches(Variant v, Product p) {
    return "published".equals(p.status)
        && (ids.isEmpty() || ids.contains(v.id))
        && (titles.isEmpty() || titles.contains(v.title))
        && (salesChannelId == null || p.salesChannelIds.contains(salesChannelId))
        && inventory.entrySet().stream()
            .allMatch(e -> compare(v.inventoryQuantity, e.getKey(), e.getValue()));
  }

  private static boolean compare(int actual, String op, int bound) {
    return switch (op) {
      case "lt" -> actual < bound;
      case "gt" -> actual > bound;
      case "lte" -> actual <= bound;
      case "gte" -> actual >= bound;
      default -> actual == bound;
    };
  }
}
