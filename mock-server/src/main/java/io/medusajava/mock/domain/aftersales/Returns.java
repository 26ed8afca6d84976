package io.medusajava.mock.domain.aftersales;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.customer.Orders;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.Return;
import io.medusajava.mock.domain.model.ReturnItem;
import io.medusajava.mock.domain.model.ShippingMethod;
import io.medusajava.mock.domain.model.ShippingOption;
import io.medusajava.mock.domain.totals.TotalsCalculator;
import java.util.List;

/**
 * Return requests (POST /store/returns, and the returned half of a swap). As in Medusa 1.20.11,
 * only quantities are checked, not the order's state: the returnable quantity of a line is its
 * quantity minus what was already returned, so even an unfulfilled order can get a return (swaps
 * check fulfillment themselves). Units in other still-open return requests are not subtracted,
 * since only receiving a return counts.
 */
public final class Returns {
  private final StoreContext ctx;
  private final Catalog catalog;
  private final Orders orders;

  public Returns(StoreContext ctx, Catalog catalog, Orders orders) {
    this.ctx = ctx;
    this.catalog = catalog;
    this.orders = orders;
  }

  /** One requested line: an order item, how many, and optionally why. */
  public record Line(String itemId, long quantity, String reasonId, String note) {}

  /**
   * POST /store/returns. {@code shippingOptionId} may be null (the customer ships at their own
   * cost). Medusa loads the lines before the order, so an unknown line is reported even when the
   * order is unknown too.
   */
  public Return create(String orderId, List<Line> lines, String shippingOptionId) {
    synchronized (ctx.lock()) {
      for (Line line : lines) {
        boolean known =
            orders.all().stream()
                .flatMap(o -> o.items.stream())
                .anyMatch(i -> i.id.equals(line.itemId()));
        if (!known) {
          throw lineNotFound(line.itemId());
        }
      }
      Return r = create(orders.order(orderId), lines, shippingOptionId, null);
      ctx.events().returnRequested(r.orderId, r.id);
      return r;
    }
  }

  private static MedusaError lineNotFound(String itemId) {
    return MedusaError.notFound("Line item with " + itemId + " was not found");
  }

  /** Creates the return; the caller holds the store lock. Swaps pass their id. */
  Return create(Order order, List<Line> lines, String shippingOptionId, String swapId) {
    if (lines.isEmpty()) {
      throw MedusaError.invalidData("items must contain at least 1 elements");
    }
    if ("canceled".equals(order.status) || "archived".equals(order.status)) {
      throw MedusaError.notAllowed("Cannot create a return for a " + order.status + " order");
    }
    String now = ctx.now();
    Return r = new Return();
    r.id = ctx.nextId("ret");
    r.orderId = order.id;
    r.swapId = swapId;
    r.createdAt = now;
    r.updatedAt = now;
    long refund = 0;
    for (Line line : lines) {
      LineItem item =
          order.items.stream()
              .filter(i -> i.id.equals(line.itemId()))
              .findFirst()
              .orElseThrow(() -> lineNotFound(line.itemId()));
      requireReturnable(item, line.quantity());
      if (line.reasonId() != null) {
        requireReason(line.reasonId());
      }
      ReturnItem ri = new ReturnItem();
      ri.returnId = r.id;
      ri.itemId = item.id;
      ri.quantity = (int) line.quantity(); // at most the fulfilled quantity, checked above
      ri.reasonId = line.reasonId();
      ri.note = line.note();
      r.items.add(ri);
      refund += refundFor(order, item, line.quantity(), catalog.region(order.regionId).taxRate);
    }
    if (shippingOptionId != null) {
      r.shippingMethod = returnShipping(order, shippingOptionId, r.id, now);
      Region region = catalog.region(order.regionId);
      long price = r.shippingMethod.price;
      refund -= price + TotalsCalculator.taxOn(price, region.taxRate);
    }
    // Not clamped: Medusa reports a negative refund when the return shipping costs more than the
    // items.
    r.refundAmount = refund;
    order.returns.add(r);
    return r;
  }

  private static void requireReturnable(LineItem item, long quantity) {
    if (quantity < 1) {
      throw MedusaError.invalidData("quantity must not be less than 1");
    }
    int returned = item.returnedQuantity == null ? 0 : item.returnedQuantity;
    if (quantity > item.quantity - returned) {
      throw MedusaError.notAllowed("Cannot return more items than have been purchased");
    }
  }

  /** The reason must exist; Medusa's return service words the miss its own way. */
  private void requireReason(String reasonId) {
    try {
      catalog.returnReason(reasonId);
    } catch (MedusaError e) {
      throw e.status() == 404
          ? MedusaError.notFound("Return_reason with reason_id " + reasonId + " does not exist.")
          : e;
    }
  }

  /**
   * What {@code quantity} units of the line refund, as Medusa's line refund computes it: the units'
   * price less their share of the line's unrounded discount, with tax added, rounded once (so one
   * unit of a 1950 line at 25% refunds 2438, not half of the line's 4875 total).
   */
  private static long refundFor(Order order, LineItem item, long quantity, double taxRate) {
    double discountPerUnit = order.totals.item(item.id).rawDiscountTotal() / item.quantity;
    double net = (item.unitPrice - discountPerUnit) * quantity;
    return Math.round(net * (1 + taxRate / 100));
  }

  private ShippingMethod returnShipping(Order order, String optionId, String returnId, String now) {
    ShippingOption option = catalog.shippingOption(optionId);
    if (!option.isReturn || !option.regionId.equals(order.regionId)) {
      throw MedusaError.notAllowed(
          "The selected shipping option is not a return option of the order's region");
    }
    ShippingMethod m = new ShippingMethod();
    m.id = ctx.nextId("sm");
    m.shippingOptionId = option.id;
    m.price = option.amount;
    m.createdAt = now;
    return m;
  }
}
