package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.Return;
import io.medusajava.mock.domain.model.ReturnItem;
import io.medusajava.mock.domain.model.ReturnReason;
import io.medusajava.mock.domain.model.Swap;

/** JSON of returns (StoreReturnsRes) and swaps (StoreSwapsRes). */
public final class ReturnViews {
  private final Catalog store;
  private final CatalogViews catalog;

  public ReturnViews(Catalog store) {
    this.store = store;
    this.catalog = new CatalogViews(store);
  }

  /**
   * {@code {"return": ...}} for POST /store/returns: Medusa does not load the shipping method
   * there.
   */
  public ObjectNode returnResponse(Return r) {
    ObjectNode n = Json.object();
    n.set("return", returnOrder(r, false));
    return n;
  }

  /**
   * A return with its items and, in a swap, its return shipping method (or null). A swap's return
   * belongs to the swap, so its order_id is null. Items show their reason only outside a swap.
   */
  public ObjectNode returnOrder(Return r, boolean inSwap) {
    ObjectNode n = Json.entity(r.id, r.createdAt, r.updatedAt);
    n.remove("deleted_at");
    n.put("status", r.status);
    n.put("swap_id", r.swapId);
    n.putNull("claim_order_id");
    n.put("order_id", r.swapId != null ? null : r.orderId);
    // Shipping data comes with a return shipping method (the manual provider's is empty); none
    // without one.
    if (r.shippingMethod != null) {
      n.putObject("shipping_data");
    } else {
      n.putNull("shipping_data");
    }
    n.putNull("location_id");
    n.put("refund_amount", r.refundAmount);
    // Medusa leaves it unset on a plain return; a swap's return inherits the swap's flag.
    if (r.swapId != null) {
      n.put("no_notification", r.noNotification);
    } else {
      n.putNull("no_notification");
    }
    n.putNull("idempotency_key");
    n.putNull("received_at");
    n.putNull("metadata");
    n.set("items", Json.array(r.items, i -> item(i, !inSwap)));
    if (inSwap) {
      if (r.shippingMethod != null) {
        ObjectNode m = CartViews.shippingMethodColumns(r.shippingMethod);
        m.put("return_id", r.id);
        m.set(
            "shipping_option",
            catalog.shippingOptionBase(store.shippingOption(r.shippingMethod.shippingOptionId)));
        n.set("shipping_method", m);
      } else {
        n.putNull("shipping_method");
      }
    }
    return n;
  }

  private ObjectNode item(ReturnItem i, boolean withReason) {
    ObjectNode n = Json.object();
    n.put("return_id", i.returnId);
    n.put("item_id", i.itemId);
    n.put("quantity", i.quantity);
    n.put("is_requested", true);
    n.put("requested_quantity", i.quantity);
    n.putNull("received_quantity");
    n.put("reason_id", i.reasonId);
    n.put("note", i.note);
    n.putObject("metadata");
    if (withReason) {
      n.set("reason", i.reasonId == null ? null : reason(store.returnReason(i.reasonId)));
    }
    return n;
  }

  private static ObjectNode reason(ReturnReason r) {
    ObjectNode n = Json.entity(r.id, r.createdAt, r.updatedAt);
    n.put("value", r.value);
    n.put("label", r.label);
    n.put("description", r.description);
    n.putNull("parent_return_reason_id");
    n.putNull("metadata");
    return n;
  }

  /**
   * Where a swap is being answered: POST /store/swaps loads fewer columns than GET
   * /store/swaps/{cart_id}.
   */
  public enum SwapShape {
    CREATED,
    GET
  }

  /**
   * {@code {"swap": ...}} with its additional items, return, cart and order, each as Medusa loads
   * them.
   */
  public ObjectNode swapResponse(Swap s, Return ret, Cart cart, Order order, SwapShape shape) {
    ObjectNode n = Json.object();
    n.set("swap", swap(s, ret, cart, order, shape));
    return n;
  }

  public ObjectNode swap(Swap s, Return ret, Cart cart, Order order, SwapShape shape) {
    ObjectNode n = Json.object();
    n.put("id", s.id);
    n.put("created_at", s.createdAt);
    n.put("updated_at", s.updatedAt);
    n.putNull("deleted_at");
    n.put("fulfillment_status", s.fulfillmentStatus);
    n.put("payment_status", s.paymentStatus);
    n.put("order_id", s.orderId);
    if (s.differenceDue == null) {
      n.putNull("difference_due");
    } else {
      n.put("difference_due", s.differenceDue);
    }
    n.put("shipping_address_id", s.shippingAddressId);
    n.put("cart_id", s.cartId);
    n.putNull("confirmed_at");
    if (shape == SwapShape.GET) {
      n.putNull("canceled_at");
      n.put("no_notification", s.noNotification);
      n.put("allow_backorder", s.allowBackorder);
    }
    n.putNull("idempotency_key");
    n.putNull("metadata");
    // The new goods as bare rows with their bare variant: Medusa loads no totals or tax lines here.
    n.set(
        "additional_items",
        Json.array(
            cart.items.stream().filter(i -> s.additionalItemIds.contains(i.id)).toList(),
            i -> {
              ObjectNode item = CartViews.lineItemColumns(i, null);
              item.put("swap_id", s.id);
              item.set("variant", catalog.variantBase(store.variant(i.variantId)));
              return item;
            }));
    n.set("cart", CartViews.cartColumns(cart));
    n.set("order", OrderViews.orderColumns(order));
    n.set("return_order", ret == null ? null : returnOrder(ret, true));
    n.set("fulfillments", Json.array());
    n.putNull("payment");
    n.putNull("shipping_address");
    n.set("shipping_methods", Json.array());
    return n;
  }
}
