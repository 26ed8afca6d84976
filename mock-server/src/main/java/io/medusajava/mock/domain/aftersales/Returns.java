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
 * Return requests (POST /store/returns, and the returned half of a swap). Only fulfilled units can go back:
 * the returnable quantity of a line is its fulfilled quantity minus what was already returned. Like Medusa,
 * units in other still-open return requests are not subtracted, since only receiving a return counts.
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
    public record Line(String itemId, long quantity, String reasonId, String note) {
    }

    /** POST /store/returns. {@code shippingOptionId} may be null (the customer ships at their own cost). */
    public Return create(String orderId, List<Line> lines, String shippingOptionId) {
        synchronized (ctx.lock()) {
            Return r = create(orders.order(orderId), lines, shippingOptionId, null);
            ctx.events().returnRequested(r.orderId, r.id);
            return r;
        }
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
            LineItem item = order.items.stream().filter(i -> i.id.equals(line.itemId())).findFirst()
                    .orElseThrow(() -> MedusaError.invalidData("Return contains invalid line item: " + line.itemId()));
            requireReturnable(item, line.quantity());
            if (line.reasonId() != null) {
                catalog.returnReason(line.reasonId());
            }
            ReturnItem ri = new ReturnItem();
            ri.returnId = r.id;
            ri.itemId = item.id;
            ri.quantity = (int) line.quantity(); // at most the fulfilled quantity, checked above
            ri.reasonId = line.reasonId();
            ri.note = line.note();
            r.items.add(ri);
            refund += refundFor(order, item, line.quantity());
        }
        if (shippingOptionId != null) {
            r.shippingMethod = returnShipping(order, shippingOptionId, r.id, now);
            Region region = catalog.region(order.regionId);
            long price = r.shippingMethod.price;
            refund -= price + TotalsCalculator.taxOn(price, region.taxRate);
        }
        // A return never asks the customer for money; the shipping cost at most eats the refund.
        r.refundAmount = Math.max(0, refund);
        order.returns.add(r);
        return r;
    }

    private static void requireReturnable(LineItem item, long quantity) {
        if (quantity < 1) {
            throw MedusaError.invalidData("quantity must not be less than 1");
        }
        int fulfilled = item.fulfilledQuantity == null ? 0 : item.fulfilledQuantity;
        int returned = item.returnedQuantity == null ? 0 : item.returnedQuantity;
        if (fulfilled == 0) {
            throw MedusaError.notAllowed("Cannot return an item that has not been fulfilled");
        }
        if (quantity > fulfilled - returned) {
            throw MedusaError.notAllowed("Cannot return more items than have been purchased");
        }
    }

    /** The item's share of what the customer paid (tax and discount included), per unit, rounded down. */
    private static long refundFor(Order order, LineItem item, long quantity) {
        long total = order.totals.item(item.id).total();
        return total * quantity / item.quantity;
    }

    private ShippingMethod returnShipping(Order order, String optionId, String returnId, String now) {
        ShippingOption option = catalog.shippingOption(optionId);
        if (!option.isReturn || !option.regionId.equals(order.regionId)) {
            throw MedusaError.notAllowed("The selected shipping option is not a return option of the order's region");
        }
        ShippingMethod m = new ShippingMethod();
        m.id = ctx.nextId("sm");
        m.shippingOptionId = option.id;
        m.price = option.amount;
        m.createdAt = now;
        return m;
    }
}
