package io.medusajava.mock.domain.totals;

/**
 * The totals Medusa 1.20 decorates a line item with. {@code rawDiscountTotal} is the unrounded sum of the
 * item's discount adjustments; a fixed discount spread over several items gives fractions there.
 */
public record ItemTotals(long subtotal, long discountTotal, double rawDiscountTotal, long taxTotal,
                         long originalTaxTotal, long total, long originalTotal) {
}
