package io.medusajava.mock.domain.totals;

import java.util.Map;

/**
 * Cart (or order) level totals plus the per-item and per-shipping-method totals they were summed
 * from, keyed by line item id and shipping method id.
 */
public record CartTotals(
    long subtotal,
    long discountTotal,
    long itemTaxTotal,
    long shippingTotal,
    long shippingTaxTotal,
    long taxTotal,
    long giftCardTotal,
    long giftCardTaxTotal,
    long total,
    Map<String, ItemTotals> items,
    Map<String, ShippingTotals> shipping) {

  /**
   * tax_total as an order prints it: Medusa's order totals take the gift card tax off the tax
   * instead.
   */
  public long orderTaxTotal() {
    return taxTotal - giftCardTaxTotal;
  }

  public ItemTotals item(String itemId) {
    return items.get(itemId);
  }

  public ShippingTotals shippingMethod(String methodId) {
    return shipping.get(methodId);
  }
}
