package io.medusajava.mock.domain.aftersales;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.cart.Carts;
import io.medusajava.mock.domain.cart.Quantities;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.customer.Orders;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.Return;
import io.medusajava.mock.domain.model.Swap;
import io.medusajava.mock.domain.model.Variant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Exchanges (POST /store/swaps). A swap is a return of some order items plus a cart of type {@code
 * swap} that holds the new items and, as lines with a negative price, the credit for the returned
 * ones, so the cart's total is the difference the customer pays. The customer then checks the cart
 * out as usual.
 */
public final class Swaps {
  private final StoreContext ctx;
  private final Catalog catalog;
  private final Carts carts;
  private final Orders orders;
  private final Returns returns;

  public Swaps(StoreContext ctx, Catalog catalog, Carts carts, Orders orders, Returns returns) {
    this.ctx = ctx;
    this.catalog = catalog;
    this.carts = carts;
    this.orders = orders;
    this.returns = returns;
  }

  /** One new item wanted in exchange. */
  public record NewItem(String variantId, long quantity) {}

  /**
   * Creates the swap, its return and its cart. Medusa only swaps orders whose payment was captured
   * and that are fulfilled. The swap owes nothing yet (difference_due stays null until its cart is
   * paid).
   */
  public Swap create(
      String orderId,
      List<Returns.Line> returnItems,
      List<NewItem> additionalItems,
      String returnShippingOptionId) {
    synchronized (ctx.lock()) {
      Order order;
      try {
        order = orders.order(orderId);
      } catch (MedusaError e) {
        throw MedusaError.notFound("Order with id: " + orderId + " was not found");
      }
      if (!"captured".equals(order.paymentStatus)) {
        throw MedusaError.notAllowed("Cannot swap an order that has not been captured");
      }
      if ("not_fulfilled".equals(order.fulfillmentStatus)) {
        throw MedusaError.notAllowed("Cannot swap an order that has not been fulfilled");
      }
      if (additionalItems.isEmpty()) {
        throw MedusaError.invalidData("additional_items must contain at least 1 elements");
      }
      additionalItems.forEach(this::requireSellable);
      String now = ctx.now();
      Swap swap = new Swap();
      swap.id = ctx.nextId("swap");
      swap.orderId = order.id;
      Return ret = returns.create(order, returnItems, returnShippingOptionId, swap.id);
      swap.returnId = ret.id;
      Cart cart = carts.create(order.regionId, order.salesChannelId, null);
      cart.type = "swap";
      cart.email = order.email;
      cart.customerId = order.customerId;
      cart.shippingAddress = order.shippingAddress;
      cart.metadata = new LinkedHashMap<>();
      cart.metadata.put("swap_id", swap.id);
      cart.metadata.put("parent_order_id", order.id);
      // Real announces the swap and its new cart, not the items put into it.
      ctx.events()
          .muted(
              () ->
                  additionalItems.forEach(
                      n -> {
                        Set<String> before = ids(cart);
                        carts.addLineItem(cart.id, n.variantId(), n.quantity());
                        cart.items.stream()
                            .map(i -> i.id)
                            .filter(id -> !before.contains(id))
                            .forEach(swap.additionalItemIds::add);
                      }));
      if (ret.shippingMethod != null) {
        cart.items.add(returnShipping(cart, ret, now));
      }
      for (Returns.Line line : returnItems) {
        cart.items.add(credit(order, cart, line, now));
      }
      swap.cartId = cart.id;
      swap.createdAt = now;
      swap.updatedAt = now;
      order.swaps.add(swap);
      ctx.events().swapCreated(swap);
      return swap;
    }
  }

  /** GET /store/swaps/{cart_id}. */
  public Swap byCart(String cartId) {
    synchronized (ctx.lock()) {
      return orders.all().stream()
          .flatMap(o -> o.swaps.stream())
          .filter(s -> cartId.equals(s.cartId))
          .findFirst()
          .orElseThrow(() -> MedusaError.notFound("Swap was not found"));
    }
  }

  /** The return that belongs to a swap. */
  public Return returnOf(Swap swap) {
    synchronized (ctx.lock()) {
      return orders.order(swap.orderId).returns.stream()
          .filter(r -> r.id.equals(swap.returnId))
          .findFirst()
          .orElse(null);
    }
  }

  /** Checked before anything is created, so a refused swap leaves no return or cart behind. */
  private void requireSellable(NewItem n) {
    Variant v = catalog.variantOrNull(n.variantId());
    if (v == null) {
      throw MedusaError.invalidData(
          "Unable to generate the line items, some variant has not been found: " + n.variantId());
    }
    if (n.quantity() < 1) {
      throw MedusaError.invalidData("quantity must be a positive number");
    }
    if (!v.canSell(n.quantity())) {
      throw MedusaError.insufficientInventory(v.id);
    }
    Quantities.storable(n.quantity());
  }

  /**
   * The return shipping the customer pays, as Medusa adds it to a swap's cart: an is_return line
   * without a variant at the shipping method's price, with a stored tax line.
   */
  private LineItem returnShipping(Cart cart, Return ret, String now) {
    LineItem line = new LineItem();
    line.id = ctx.nextId("item");
    line.cartId = cart.id;
    line.title = "Return shipping";
    line.unitPrice = ret.shippingMethod.price;
    line.quantity = 1;
    line.isReturn = true;
    line.hasShipping = true;
    line.allowDiscounts = false;
    line.metadata = null;
    line.taxLineId = ctx.nextId("litl");
    line.createdAt = now;
    line.updatedAt = now;
    return line;
  }

  /**
   * A returned item as a cart line at minus its unit price: Medusa's is_return line, a copy of the
   * order line (metadata included) whose tax line is stored with it.
   */
  private LineItem credit(Order order, Cart cart, Returns.Line line, String now) {
    LineItem original =
        order.items.stream().filter(i -> i.id.equals(line.itemId())).findFirst().orElseThrow();
    LineItem credit = new LineItem();
    credit.id = ctx.nextId("item");
    credit.isReturn = true;
    credit.taxLineId = ctx.nextId("litl");
    credit.metadata = original.metadata == null ? null : new LinkedHashMap<>(original.metadata);
    credit.cartId = cart.id;
    credit.title = original.title;
    credit.description = original.description;
    credit.thumbnail = original.thumbnail;
    credit.variantId = original.variantId;
    credit.unitPrice = -original.unitPrice;
    credit.quantity = (int) line.quantity(); // a returned quantity, at most what was fulfilled
    credit.allowDiscounts = false;
    credit.createdAt = now;
    credit.updatedAt = now;
    return credit;
  }

  private static Set<String> ids(Cart cart) {
    Set<String> s = new HashSet<>();
    cart.items.forEach(i -> s.add(i.id));
    return s;
  }
}
