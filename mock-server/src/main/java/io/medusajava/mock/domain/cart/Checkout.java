package io.medusajava.mock.domain.cart;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.catalog.Promotions;
import io.medusajava.mock.domain.customer.Orders;
import io.medusajava.mock.domain.events.CartRelations;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.PaymentSession;
import io.medusajava.mock.domain.model.Region;
import java.util.List;
import java.util.Map;

/**
 * Paying for a cart and turning it into an order: payment sessions (start, select, update, refresh,
 * delete), saved tax lines, and completion. Completion takes stock and gift-card balance and places
 * the order with {@link Orders}; it is the only step that writes outside the cart.
 */
public final class Checkout {
  private final StoreContext ctx;
  private final Carts carts;
  private final Catalog catalog;
  private final Promotions promotions;
  private final Orders orders;

  public Checkout(
      StoreContext ctx, Carts carts, Catalog catalog, Promotions promotions, Orders orders) {
    this.ctx = ctx;
    this.carts = carts;
    this.catalog = catalog;
    this.promotions = promotions;
    this.orders = orders;
  }

  /**
   * Starts one payment session per provider of the cart's region. With a single provider Medusa
   * selects it straight away (transcript 24).
   */
  public Cart createPaymentSessions(String cartId) {
    synchronized (ctx.lock()) {
      Cart cart = carts.cartForWrite(cartId);
      String now = ctx.now();
      Region region = catalog.region(cart.regionId);
      for (String provider : region.paymentProviders) {
        if (cart.paymentSessions.stream().noneMatch(s -> s.providerId.equals(provider))) {
          PaymentSession s = new PaymentSession();
          s.id = ctx.nextId("ps");
          s.cartId = cart.id;
          s.providerId = provider;
          s.createdAt = now;
          s.updatedAt = now;
          cart.paymentSessions.add(s);
        }
      }
      if (cart.paymentSessions.size() == 1) {
        cart.paymentSessions.get(0).isSelected = true;
      }
      carts.touched(cart, now);
      return cart;
    }
  }

  /** Selects the provider's session; a provider the cart's region does not offer is not allowed. */
  public Cart selectPaymentSession(String cartId, String providerId) {
    synchronized (ctx.lock()) {
      Cart cart = carts.cartForWrite(cartId);
      if (!catalog.region(cart.regionId).paymentProviders.contains(providerId)) {
        throw MedusaError.notAllowed("The payment method is not available in this region");
      }
      if (cart.paymentSessions.stream().noneMatch(s -> s.providerId.equals(providerId))) {
        throw MedusaError.notFound("Could not find payment session for provider " + providerId);
      }
      cart.paymentSessions.forEach(s -> s.isSelected = s.providerId.equals(providerId));
      carts.touched(cart, ctx.now());
      ctx.events().cartUpdated(cart);
      return cart;
    }
  }

  /** DELETE /store/carts/{id}/payment-sessions/{provider_id}. */
  public Cart deletePaymentSession(String cartId, String providerId) {
    synchronized (ctx.lock()) {
      Cart cart = carts.cartForWrite(cartId);
      cart.paymentSessions.removeIf(s -> s.providerId.equals(providerId));
      carts.touched(cart, ctx.now());
      ctx.events().cartUpdated(cart);
      return cart;
    }
  }

  /**
   * POST /store/carts/{id}/payment-sessions/{provider_id}: Medusa first selects the provider's
   * session and then hands the data to the provider, so the call also changes the selection. The
   * manual provider, the only one here, keeps its own data ({@code {"status": ...}}) and ignores
   * what is sent.
   */
  public Cart updateSessionData(String cartId, String providerId, Map<String, Object> data) {
    synchronized (ctx.lock()) {
      Cart cart = selectPaymentSession(cartId, providerId);
      PaymentSession s = cart.selectedPaymentSession();
      s.updatedAt = ctx.now();
      cart.updatedAt = s.updatedAt;
      ctx.events().cartUpdated(cart, CartRelations.COLUMNS_ONLY);
      return cart;
    }
  }

  /**
   * POST /store/carts/{id}/payment-sessions/{provider_id}/refresh: Medusa drops the session and
   * starts a new one with the provider, so the id changes, any provider data is gone and the new
   * session is not selected ({@code is_selected} null) until the storefront selects it again. A
   * provider without a session leaves the cart as it is, as the real server does.
   */
  public Cart refreshSession(String cartId, String providerId) {
    synchronized (ctx.lock()) {
      Cart cart = carts.cartForWrite(cartId);
      String now = ctx.now();
      for (PaymentSession s : cart.paymentSessions) {
        if (s.providerId.equals(providerId)) {
          s.id = ctx.nextId("ps");
          s.data = null;
          s.isSelected = null;
          s.status = "pending";
          s.amount = carts.totals(cart).total();
          s.createdAt = now;
          s.updatedAt = now;
          cart.updatedAt = now;
        }
      }
      ctx.events().cartUpdated(cart);
      return cart;
    }
  }

  /**
   * POST /store/carts/{id}/taxes: Medusa computes the tax lines with {@code force_taxes}. A cart
   * keeps showing computed lines (no ids) until it completes, so nothing here changes but the
   * cart's stamp; the answer is the cart in its TAXES shape.
   */
  public Cart computeTaxes(String cartId) {
    synchronized (ctx.lock()) {
      Cart cart = carts.cartForWrite(cartId);
      cart.updatedAt = ctx.now();
      return cart;
    }
  }

  /**
   * Completes a cart into an order: authorizes the selected session, takes stock and gift-card
   * balance, and numbers the order. A cart that is already complete returns its order again
   * (transcript 27).
   */
  public Order complete(String cartId) {
    synchronized (ctx.lock()) {
      Cart cart = carts.cartForWrite(cartId);
      if (cart.orderId != null) {
        return orders.order(cart.orderId);
      }
      if (cart.items.isEmpty()) {
        throw MedusaError.invalidData("Cannot create order from empty cart");
      }
      PaymentSession session = cart.selectedPaymentSession();
      if (session == null) {
        throw MedusaError.notAllowed("You cannot complete a cart without a payment session.");
      }
      // A swap cart's return lines (credits, return shipping) take no stock: only the new goods do.
      List<LineItem> goods =
          cart.items.stream().filter(i -> !i.isReturn && i.variantId != null).toList();
      for (LineItem i : goods) {
        if (!catalog.variant(i.variantId).canSell(i.quantity)) {
          throw MedusaError.insufficientInventory(i.variantId);
        }
      }
      Order order =
          new CartCompletion(ctx, cart, session, carts.totals(cart))
              .toOrder(catalog.region(cart.regionId));
      goods.forEach(i -> catalog.takeStock(i.variantId, i.quantity));
      promotions.spend(cart.giftCards, order.totals.giftCardTotal());
      orders.place(order);
      ctx.events().cartCompleted(cart, order, catalog::variant);
      return order;
    }
  }
}
