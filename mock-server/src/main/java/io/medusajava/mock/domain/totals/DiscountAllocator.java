package io.medusajava.mock.domain.totals;

import io.medusajava.mock.domain.model.Discount;
import io.medusajava.mock.domain.model.LineItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the discount adjustment of each line item the way Medusa 1.20's discount service does:
 *
 * <ul>
 *   <li>percentage: {@code round(unit_price * quantity / 100 * value)} per item;
 *   <li>fixed, allocation total: the amount (capped at the discountable subtotal) is shared in
 *       proportion to each item's subtotal, and NOT rounded, which is why items carry a
 *       raw_discount_total;
 *   <li>fixed, allocation item: {@code value * quantity};
 * </ul>
 *
 * each capped at the item's own subtotal. free_shipping never touches items.
 */
public final class DiscountAllocator {
  private DiscountAllocator() {}

  /** Unrounded adjustment per line item id (0 for items without one). */
  public static Map<String, Double> allocate(List<LineItem> items, List<Discount> discounts) {
    Map<String, Double> out = new LinkedHashMap<>();
    adjustments(items, discounts)
        .forEach((id, list) -> out.put(id, list.stream().mapToDouble(Adjustment::amount).sum()));
    return out;
  }

  /**
   * Each line item's adjustments, one per discount that gives it something (an empty list for the
   * others), keyed by line item id in the cart's order.
   */
  public static Map<String, List<Adjustment>> adjustments(
      List<LineItem> items, List<Discount> discounts) {
    Map<String, List<Adjustment>> out = new LinkedHashMap<>();
    long discountable = 0;
    for (LineItem i : items) {
      out.put(i.id, new ArrayList<>());
      if (i.allowDiscounts) {
        discountable += i.unitPrice * i.quantity;
      }
    }
    for (Discount d : discounts) {
      if ("free_shipping".equals(d.type)) {
        continue; // shipping only: Medusa makes no line adjustment for it
      }
      for (LineItem i : items) {
        if (i.allowDiscounts) {
          out.get(i.id).add(new Adjustment(d.id, adjustment(d, i, discountable)));
        }
      }
    }
    return out;
  }

  private static double adjustment(Discount d, LineItem item, long discountableSubtotal) {
    long full = item.unitPrice * item.quantity;
    double adjustment;
    switch (d.type) {
      case "percentage" -> adjustment = Math.round(full / 100.0 * d.value);
      case "fixed" -> {
        if ("item".equals(d.allocation)) {
          adjustment = (double) d.value * item.quantity;
        } else if (discountableSubtotal == 0) {
          adjustment = 0;
        } else {
          adjustment =
              Math.min(d.value, discountableSubtotal) * ((double) full / discountableSubtotal);
        }
      }
      default -> adjustment = 0;
    }
    return Math.min(adjustment, full);
  }
}
