package io.medusajava.mock.domain.totals;

import java.util.List;

/**
 * The totals Medusa 1.20 decorates a line item with. {@code rawDiscountTotal} is the unrounded sum
 * of the item's discount adjustments; a fixed discount spread over several items gives fractions
 * there. {@code adjustments} are those adjustments, one per discount that touches the line.
 */
public record ItemTotals(
    long subtotal,
    long discountTotal,
    double rawDiscountTotal,
    long taxTotal,
    long originalTaxTotal,
    long total,
    long originalTotal,
    List<Adjustment> adjustments) {

  /** Totals of a line no discount touches. */
  public ItemTotals(
      long subtotal,
      long discountTotal,
      double rawDiscountTotal,
      long taxTotal,
      long originalTaxTotal,
      long total,
      long originalTotal) {
    this(
        subtotal,
        discountTotal,
        rawDiscountTotal,
        taxTotal,
        originalTaxTotal,
        total,
        originalTotal,
        List.of());
  }
}
