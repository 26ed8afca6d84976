package io.medusajava.mock.domain.cart;

import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.Payment;
import io.medusajava.mock.domain.model.PaymentSession;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ShippingMethod;
import io.medusajava.mock.domain.totals.CartTotals;
import java.util.ArrayList;

/**
 * The cart's side of completing it, in the order Medusa takes the steps: freeze the totals into a
 * new order, authorize the payment, persist tax lines, then link cart and order. {@link Checkout}
 * does the rest (stock, gift-card balance, placing the order) under the store lock.
 */
final class CartCompletion {
  private final StoreContext ctx;
  private final Cart cart;
  private final PaymentSession session;
  private final CartTotals totals;
  private final String now;

  CartCompletion(StoreContext ctx, Cart cart, PaymentSession session, CartTotals totals) {
    this.ctx = ctx;
    this.cart = cart;
    this.session = session;
    this.totals = totals;
    this.now = ctx.now();
  }

  /** The order, not yet numbered or placed; the cart is marked complete. */
  Order toOrder(Region region) {
    Order order = newOrder(region);
    authorize(order, totals.total());
    persistTaxLines(order);
    cart.completedAt = now;
    cart.orderId = order.id;
    cart.updatedAt = now;
    return order;
  }

  private Order newOrder(Region region) {
    Order order = new Order();
    order.id = ctx.nextId("order");
    order.cartId = cart.id;
    order.customerId = cart.customerId;
    order.email = cart.email;
    order.regionId = region.id;
    order.currencyCode = region.currencyCode;
    order.salesChannelId = cart.salesChannelId;
    order.billingAddress = cart.billingAddress;
    order.shippingAddress = cart.shippingAddress;
    // The rows are shared, as in Medusa's tables (a line has a cart_id and an order_id), but the
    // lists are the order's own: the completed cart refuses changes, and nothing may reach the
    // placed order through it.
    order.items = new ArrayList<>(cart.items);
    order.shippingMethods = new ArrayList<>(cart.shippingMethods);
    order.discounts = new ArrayList<>(cart.discounts);
    order.giftCards = new ArrayList<>(cart.giftCards);
    order.totals = totals;
    order.createdAt = now;
    order.updatedAt = now;
    order.items.forEach(
        i -> {
          i.orderId = order.id;
          i.updatedAt = now;
        });
    order.shippingMethods.forEach(m -> m.orderId = order.id);
    return order;
  }

  /** The manual provider authorizes immediately; the payment carries the order total. */
  private void authorize(Order order, long amount) {
    Payment p = new Payment();
    p.id = ctx.nextId("pay");
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

  /**
   * Carts compute tax lines on the fly; orders store them, so they get ids (litl_/smtl_ in
   * transcript 28).
   */
  private void persistTaxLines(Order order) {
    for (LineItem i : order.items) {
      i.taxLineId = ctx.nextId("litl");
    }
    for (ShippingMethod m : order.shippingMethods) {
      m.taxLineId = ctx.nextId("smtl");
    }
  }
}
