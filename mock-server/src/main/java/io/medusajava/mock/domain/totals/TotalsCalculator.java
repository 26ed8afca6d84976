package io.medusajava.mock.domain.totals;

import io.medusajava.mock.domain.model.Discount;
import io.medusajava.mock.domain.model.GiftCard;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ShippingMethod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cart and order totals following Medusa 1.20.11 (tax-exclusive prices, one default tax line per
 * item and shipping method at the region's rate). The rounding rules that matter:
 *
 * <ul>
 *   <li>Tax is rounded once per tax line: {@code round((unit_price * quantity - raw_discount) *
 *       rate / 100)} for an item, {@code round(price * rate / 100)} for a shipping method. The
 *       cart's tax is the sum of those already-rounded numbers, so it can differ by a cent from
 *       rounding the cart subtotal's tax.
 *   <li>Rounding is JavaScript {@code Math.round}: halves go up (toward +infinity), which is what
 *       {@link Math#round(double)} does too.
 *   <li>The cart's discount_total rounds the sum of the items' raw (unrounded) discounts.
 *   <li>Gift cards cover at most subtotal + shipping - discount (tax included too when the region's
 *       gift cards are not taxable). Each card with a tax_rate adds round(covered part * rate /
 *       100) to gift_card_tax_total.
 *   <li>A cart's tax_total is item tax + shipping tax, and its total subtracts gift card, discount
 *       and gift card tax; an order shows the same total but folds the gift card tax into tax_total
 *       instead ({@link CartTotals#orderTaxTotal()}).
 * </ul>
 */
public final class TotalsCalculator {
  private TotalsCalculator() {}

  /** Totals of the given cart contents in the given region. */
  public static CartTotals compute(
      Region region,
      List<LineItem> items,
      List<ShippingMethod> methods,
      List<Discount> discounts,
      List<GiftCard> giftCards) {
    double rate = region.taxRate;
    Map<String, List<Adjustment>> adjustments = DiscountAllocator.adjustments(items, discounts);

    Map<String, ItemTotals> itemTotals = new LinkedHashMap<>();
    long subtotal = 0;
    double rawDiscountSum = 0;
    long itemTax = 0;
    for (LineItem item : items) {
      ItemTotals t = itemTotals(item, adjustments.getOrDefault(item.id, List.of()), rate);
      itemTotals.put(item.id, t);
      subtotal += t.subtotal();
      rawDiscountSum += t.rawDiscountTotal();
      itemTax += t.taxTotal();
    }

    Map<String, ShippingTotals> shippingTotals = new LinkedHashMap<>();
    long shipping = 0;
    long shippingTax = 0;
    for (ShippingMethod m : methods) {
      ShippingTotals t = shippingTotals(m, rate);
      shippingTotals.put(m.id, t);
      shipping += t.subtotal();
      shippingTax += t.taxTotal();
    }

    long discountTotal = Math.round(rawDiscountSum);
    long giftCardable =
        region.giftCardsTaxable
            ? subtotal + shipping - discountTotal
            : subtotal + shipping + itemTax + shippingTax - discountTotal;
    long giftCardTotal = giftCardAmount(giftCards, giftCardable);
    long giftCardTax = giftCardTax(giftCards, giftCardable);

    long taxTotal = itemTax + shippingTax;
    long total = subtotal + shipping + taxTotal - (giftCardTotal + discountTotal + giftCardTax);
    return new CartTotals(
        subtotal,
        discountTotal,
        itemTax,
        shipping,
        shippingTax,
        taxTotal,
        giftCardTotal,
        giftCardTax,
        total,
        itemTotals,
        shippingTotals);
  }

  /** One item's totals from its adjustments; their unrounded sum is the item's raw discount. */
  public static ItemTotals itemTotals(LineItem item, List<Adjustment> adjustments, double rate) {
    return itemTotals(
        item, adjustments.stream().mapToDouble(Adjustment::amount).sum(), adjustments, rate);
  }

  private static ItemTotals itemTotals(
      LineItem item, double rawDiscount, List<Adjustment> adjustments, double rate) {
    long subtotal = item.unitPrice * item.quantity;
    long discount = Math.round(rawDiscount);
    long tax = Math.round((subtotal - rawDiscount) * rate / 100);
    long originalTax = Math.round(subtotal * rate / 100);
    return new ItemTotals(
        subtotal,
        discount,
        rawDiscount,
        tax,
        originalTax,
        subtotal - discount + tax,
        subtotal + originalTax,
        List.copyOf(adjustments));
  }

  /** One shipping method's totals. */
  public static ShippingTotals shippingTotals(ShippingMethod method, double rate) {
    long tax = Math.round(method.price * rate / 100);
    return new ShippingTotals(method.price, tax, tax, method.price + tax, method.price + tax);
  }

  /**
   * Tax on a price: what product pricing reports as calculated_tax and shipping options as
   * tax_amount.
   */
  public static long taxOn(long amount, double rate) {
    return Math.round(amount * rate / 100);
  }

  /** All balances together, capped at what may be paid by gift card. */
  private static long giftCardAmount(List<GiftCard> cards, long coverable) {
    long balance = cards.stream().mapToLong(c -> c.balance).sum();
    return Math.max(Math.min(coverable, balance), 0);
  }

  /** Cards are used in order; each taxed card is taxed on the part it covers, rounded per card. */
  private static long giftCardTax(List<GiftCard> cards, long coverable) {
    long left = coverable;
    long tax = 0;
    for (GiftCard card : cards) {
      long covered = Math.min(left, card.balance);
      if (covered <= 0 || card.taxRate == null || card.taxRate == 0) {
        continue;
      }
      tax += Math.round(covered * card.taxRate / 100);
      left -= covered;
    }
    return tax;
  }
}
