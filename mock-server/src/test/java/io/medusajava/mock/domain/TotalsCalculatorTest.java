package io.medusajava.mock.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.mock.domain.model.Discount;
import io.medusajava.mock.domain.model.GiftCard;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ShippingMethod;
import io.medusajava.mock.domain.totals.CartTotals;
import io.medusajava.mock.domain.totals.ItemTotals;
import io.medusajava.mock.domain.totals.TotalsCalculator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Totals against the real server's transcripts (usd, 0%) and against Medusa's rules for eur at 25%.
 */
class TotalsCalculatorTest {

  private static Region region(String currency, double rate) {
    Region r = new Region();
    r.id = "reg_test";
    r.currencyCode = currency;
    r.taxRate = rate;
    return r;
  }

  private static LineItem item(String id, long unitPrice, int quantity) {
    LineItem i = new LineItem();
    i.id = id;
    i.unitPrice = unitPrice;
    i.quantity = quantity;
    return i;
  }

  private static ShippingMethod shipping(long price) {
    ShippingMethod m = new ShippingMethod();
    m.id = "sm_test";
    m.price = price;
    return m;
  }

  @Test
  void transcript12And13_twoTeesNoShipping() {
    // 12/13: 2 x 2200 in North America (usd, tax 0): item and cart totals 4400, no tax.
    CartTotals t =
        TotalsCalculator.compute(
            region("usd", 0), List.of(item("item_1", 2200, 2)), List.of(), List.of(), List.of());
    assertEquals(new ItemTotals(4400, 0, 0.0, 0, 0, 4400, 4400), t.item("item_1"));
    assertEquals(4400, t.subtotal());
    assertEquals(0, t.shippingTotal());
    assertEquals(0, t.taxTotal());
    assertEquals(4400, t.total());
  }

  @Test
  void transcripts23To28_withStandardShipping() {
    // 23, 25, 26, 28: the same cart plus "Manual Standard (NA)" at 800: total 5200, payment amount
    // 5200.
    CartTotals t =
        TotalsCalculator.compute(
            region("usd", 0),
            List.of(item("item_1", 2200, 2)),
            List.of(shipping(800)),
            List.of(),
            List.of());
    assertEquals(4400, t.subtotal());
    assertEquals(0, t.discountTotal());
    assertEquals(0, t.itemTaxTotal());
    assertEquals(800, t.shippingTotal());
    assertEquals(0, t.shippingTaxTotal());
    assertEquals(0, t.taxTotal());
    assertEquals(0, t.giftCardTotal());
    assertEquals(5200, t.total());
    assertEquals(800, t.shippingMethod("sm_test").total());
  }

  @Test
  void europe25Percent_roundsTaxPerLine() {
    // 3 x 1950 = 5850; 25% of it is 1462.5, and JS Math.round takes halves up: item tax 1463.
    // Shipping 1000 has its own tax line: 250. Cart tax is the sum of the rounded lines: 1713.
    CartTotals t =
        TotalsCalculator.compute(
            region("eur", 25),
            List.of(item("item_1", 1950, 3)),
            List.of(shipping(1000)),
            List.of(),
            List.of());
    assertEquals(new ItemTotals(5850, 0, 0.0, 1463, 1463, 7313, 7313), t.item("item_1"));
    assertEquals(1463, t.itemTaxTotal());
    assertEquals(250, t.shippingTaxTotal());
    assertEquals(1713, t.taxTotal());
    assertEquals(5850 + 1000 + 1713, t.total());
  }

  @Test
  void europe25Percent_taxesEachItemSeparately() {
    // Two lines of 1 x 1 cent-odd prices: 25% of 1001 is 250.25 -> 250, of 999 is 249.75 -> 250.
    // Taxing the 2000 subtotal at once would give 500 too, but 1002 + 1002 shows the per-line rule:
    // 250.5 -> 251 each, 502 in all, where round(2004 * 0.25) = 501.
    CartTotals t =
        TotalsCalculator.compute(
            region("eur", 25),
            List.of(item("a", 1002, 1), item("b", 1002, 1)),
            List.of(),
            List.of(),
            List.of());
    assertEquals(502, t.taxTotal());
    assertEquals(2004 + 502, t.total());
  }

  @Test
  void percentageDiscount_reducesTaxableAmount() {
    // WELCOME10 on 3 x 1950: adjustment round(5850 / 100 * 10) = 585; tax on 5265 = 1316.25 ->
    // 1316.
    Discount d = new Discount();
    d.type = "percentage";
    d.value = 10;
    CartTotals t =
        TotalsCalculator.compute(
            region("eur", 25), List.of(item("item_1", 1950, 3)), List.of(), List.of(d), List.of());
    assertEquals(585, t.discountTotal());
    assertEquals(1316, t.taxTotal());
    assertEquals(5850 - 585 + 1316, t.total());
  }

  @Test
  void fixedDiscount_isSharedUnroundedByItemSubtotal() {
    // 500 off 1950 + 1400: 291.04... and 208.95... raw; each item rounds its own (291, 209), the
    // cart rounds the raw sum (500). Taxes: round(1658.955 * .25) = 415, round(1191.045 * .25) =
    // 298.
    Discount d = new Discount();
    d.type = "fixed";
    d.value = 500;
    CartTotals t =
        TotalsCalculator.compute(
            region("eur", 25),
            List.of(item("a", 1950, 1), item("b", 1400, 1)),
            List.of(),
            List.of(d),
            List.of());
    assertEquals(291, t.item("a").discountTotal());
    assertEquals(209, t.item("b").discountTotal());
    assertEquals(500, t.discountTotal());
    assertEquals(415, t.item("a").taxTotal());
    assertEquals(298, t.item("b").taxTotal());
    assertEquals(3350 - 500 + 713, t.total());
  }

  @Test
  void taxedGiftCard_inEurope() {
    // 2 x 1950 + 1000 shipping = 4900 before tax; item tax 975, shipping tax 250. A 2000 card taxed
    // at 25% covers 2000 of the 4900 (taxable gift cards exclude tax) and carries round(2000 *
    // 0.25) = 500 of gift card tax. The cart keeps tax_total 1225 and subtracts the 500 from total;
    // an order would show tax_total 725 and the same total.
    GiftCard g = new GiftCard();
    g.balance = 2000;
    g.taxRate = 25.0;
    Region eu = region("eur", 25);
    CartTotals t =
        TotalsCalculator.compute(
            eu, List.of(item("item_1", 1950, 2)), List.of(shipping(1000)), List.of(), List.of(g));
    assertEquals(2000, t.giftCardTotal());
    assertEquals(500, t.giftCardTaxTotal());
    assertEquals(1225, t.taxTotal());
    assertEquals(725, t.orderTaxTotal());
    assertEquals(4900 + 1225 - 2000 - 500, t.total());
  }

  @Test
  void untaxedGiftCard_coversUpToThePreTaxAmount() {
    // usd, tax 0: a 5000 card against 4400 + 800 covers all 5200, leaving nothing to pay.
    GiftCard g = new GiftCard();
    g.balance = 10000;
    CartTotals t =
        TotalsCalculator.compute(
            region("usd", 0),
            List.of(item("item_1", 2200, 2)),
            List.of(shipping(800)),
            List.of(),
            List.of(g));
    assertEquals(5200, t.giftCardTotal());
    assertEquals(0, t.total());
  }
}
