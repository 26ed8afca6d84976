package io.medusajava.mock.domain;

import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.GiftCard;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.Payment;
import io.medusajava.mock.domain.model.PaymentSession;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ShippingMethod;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.domain.totals.CartTotals;
import io.medusajava.mock.domain.totals.TotalsCalculator;
import java.util.ArrayList;

/**
 * The steps of turning a validated cart into an order, in the order Medusa takes them: freeze totals,
 * authorize the payment, persist tax lines, take stock and gift-card balance, then link cart and order.
 * Runs under the {@link StoreState} lock.
 */
final class CartCompletion {
    private final StoreState state;
    private final Cart cart;
    private final PaymentSession session;
    private final String now;

    CartCompletion(StoreState state, Cart cart, PaymentSession session) {
        this.state = state;
        this.cart = cart;
        this.session = session;
        this.now = state.now();
    }

    Order run() {
        Region region = state.regionOf(cart);
        CartTotals totals = TotalsCalculator.compute(region, cart.items, cart.shippingMethods,
                cart.discounts, cart.giftCards);
        Order order = newOrder(region, totals);
        authorize(order, totals.total());
        persistTaxLines(order);
        takeStock();
        spendGiftCards(totals.giftCardTotal());
        cart.completedAt = now;
        cart.orderId = order.id;
        cart.updatedAt = now;
        state.saveOrder(order);
        return order;
    }

    private Order newOrder(Region region, CartTotals totals) {
        Order order = new Order();
        order.id = state.nextId("order");
        order.displayId = state.nextDisplayId();
        order.cartId = cart.id;
        order.customerId = cart.customerId;
        order.email = cart.email;
        order.regionId = region.id;
        order.currencyCode = region.currencyCode;
        order.salesChannelId = cart.salesChannelId;
        order.billingAddress = cart.billingAddress;
        order.shippingAddress = cart.shippingAddress;
        order.items = cart.items;
        order.shippingMethods = cart.shippingMethods;
        order.discounts = new ArrayList<>(cart.discounts);
        order.giftCards = new ArrayList<>(cart.giftCards);
        order.totals = totals;
        order.createdAt = now;
        order.updatedAt = now;
        order.items.forEach(i -> { i.orderId = order.id; i.updatedAt = now; });
        order.shippingMethods.forEach(m -> m.orderId = order.id);
        return order;
    }

    /** The manual provider authorizes immediately; the payment carries the order total. */
    private void authorize(Order order, long amount) {
        Payment p = new Payment();
        p.id = state.nextId("pay");
        p.cartId = cart.id;
        p.orderId = order.id;
        p.amount = amount;
        p.currencyCode = order.currencyCode;
        p.providerId = session.providerId;
        p.createdAt = now;
        p.updatedAt = now;
        order.payments.add(p);
        session.status = "authorized";
        session.updatedAt = now;
        cart.payment = p;
        cart.paymentId = p.id;
        cart.paymentAuthorizedAt = now;
    }

    /** Carts compute tax lines on the fly; orders store them, so they get ids (litl_/smtl_ in transcript 28). */
    private void persistTaxLines(Order order) {
        for (LineItem i : order.items) {
            i.taxLineId = state.nextId("litl");
        }
        for (ShippingMethod m : order.shippingMethods) {
            m.taxLineId = state.nextId("smtl");
        }
    }

    private void takeStock() {
        state.catalogChanged(); // product pages show inventory_quantity
        for (LineItem i : cart.items) {
            Variant v = state.variantOf(i.variantId);
            if (v.manageInventory) {
                v.inventoryQuantity -= i.quantity;
            }
        }
    }

    private void spendGiftCards(long amount) {
        long left = amount;
        for (GiftCard g : cart.giftCards) {
            long take = Math.min(left, g.balance);
            g.balance -= take;
            left -= take;
        }
    }
}
