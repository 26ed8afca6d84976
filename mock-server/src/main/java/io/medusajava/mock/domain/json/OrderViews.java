package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ShippingMethod;
import io.medusajava.mock.domain.totals.CartTotals;
import io.medusajava.mock.domain.totals.ItemTotals;

/**
 * JSON of orders as GET /store/orders/{id} and /store/orders/cart/{cart_id} return them
 * (transcripts 28-29), the complete-cart envelope (26-27) and the customer's order list (30).
 * Orders show their frozen totals and stored tax lines (with ids). The caller looks up the order's
 * customer and hands it in.
 */
public final class OrderViews {
  private final Catalog store;
  private final CatalogViews catalog;

  public OrderViews(Catalog store) {
    this.store = store;
    this.catalog = new CatalogViews(store);
  }

  /**
   * The three order shapes of Medusa 1.20: each endpoint loads different relations, so the same
   * order prints differently. GET is /store/orders/{id} and /orders/cart/{id} (transcripts 28, 29);
   * COMPLETE is the data of the complete-cart response (26); LIST is an element of
   * /store/customers/me/orders (30); BY_CART is /store/orders/cart/{id}, which loads GET's
   * relations plus claims, gift cards, refunds and swaps.
   */
  public enum Shape {
    GET,
    COMPLETE,
    LIST,
    BY_CART
  }

  /**
   * {@code {"order": ...}} body; {@code customer} is the order's customer, or null for a guest
   * order.
   */
  public ObjectNode orderResponse(Order order, Customer customer) {
    return orderResponse(order, Shape.GET, customer, null);
  }

  /**
   * {@code {"order": ...}} in the given shape, cut down to what {@code projection} (may be null)
   * keeps.
   */
  public ObjectNode orderResponse(
      Order order, Shape shape, Customer customer, OrderProjection projection) {
    ObjectNode n = Json.object();
    ObjectNode o = order(order, shape, customer);
    n.set("order", projection == null ? o : projection.apply(o));
    return n;
  }

  /**
   * POST /store/carts/{id}/complete body: {@code {"data":{...},"type":"order"}}, not {@code
   * {"order":...}}.
   */
  public ObjectNode completeResponse(Order order) {
    ObjectNode n = Json.object();
    // Medusa writes data before type.
    n.set("data", order(order, Shape.COMPLETE, null));
    n.put("type", "order");
    return n;
  }

  /** GET /store/customers/me/orders body: the orders of {@code customer}. */
  public ObjectNode ordersPage(Page<Order> page, Customer customer) {
    return ordersPage(page, customer, null);
  }

  /** As above, each order cut down to what {@code projection} (may be null) keeps. */
  public ObjectNode ordersPage(Page<Order> page, Customer customer, OrderProjection projection) {
    ObjectNode n = Json.object();
    n.set(
        "orders",
        Json.array(
            page.items(),
            o ->
                projection == null
                    ? order(o, Shape.LIST, customer)
                    : projection.apply(order(o, Shape.LIST, customer))));
    n.put("count", page.count());
    n.put("offset", page.offset());
    n.put("limit", page.limit());
    return n;
  }

  /** One order in the given shape; {@code customer} is only printed by GET and LIST. */
  public ObjectNode order(Order o, Shape shape, Customer customer) {
    Region region = store.region(o.regionId);
    CartTotals t = o.totals;
    boolean complete = shape == Shape.COMPLETE;
    ObjectNode n = columns(o, complete);
    if (shape != Shape.GET) {
      n.set("claims", Json.array());
    }
    if (!complete) {
      n.set("customer", customer == null ? null : CommonViews.customer(customer));
    }
    n.set("discounts", Json.array(o.discounts, CommonViews::discount));
    if (!complete) {
      n.set("fulfillments", Json.array());
    }
    if (shape != Shape.GET) {
      n.set("gift_card_transactions", Json.array());
      n.set("gift_cards", Json.array(o.giftCards, CommonViews::giftCard));
    }
    n.set("items", items(o));
    n.set("payments", Json.array(o.payments, CommonViews::payment));
    if (shape != Shape.GET) {
      n.set("refunds", Json.array());
    }
    n.set("region", catalog.regionBase(region));
    n.set("shipping_address", CommonViews.address(o.shippingAddress));
    n.set(
        "shipping_methods",
        Json.array(o.shippingMethods, m -> shippingMethod(m, t, region, !complete)));
    if (shape != Shape.GET) {
      n.set("swaps", Json.array());
    }
    putTotals(n, o, t, shape == Shape.LIST);
    return n;
  }

  /** The order's own columns, without relations or totals: how a swap shows its order. */
  static ObjectNode orderColumns(Order o) {
    return columns(o, true);
  }

  /**
   * The order's columns: all of them ({@code complete}), or the fewer an order list or GET selects.
   */
  private static ObjectNode columns(Order o, boolean complete) {
    ObjectNode n = Json.object();
    n.put("object", "order");
    n.put("id", o.id);
    n.put("created_at", o.createdAt);
    if (complete) {
      n.put("updated_at", o.updatedAt);
    }
    n.put("status", o.status);
    n.put("fulfillment_status", o.fulfillmentStatus);
    n.put("payment_status", o.paymentStatus);
    n.put("display_id", o.displayId);
    n.put("cart_id", o.cartId);
    n.put("customer_id", o.customerId);
    n.put("email", o.email);
    if (complete) {
      n.put("billing_address_id", o.billingAddress == null ? null : o.billingAddress.id);
      n.put("shipping_address_id", o.shippingAddress == null ? null : o.shippingAddress.id);
    }
    n.put("region_id", o.regionId);
    n.put("currency_code", o.currencyCode);
    // Null: the order takes the region's rate through its tax lines, not its own column.
    n.putNull("tax_rate");
    if (complete) {
      n.putNull("draft_order_id");
      n.putNull("canceled_at");
      n.putObject("metadata");
      n.putNull("no_notification");
      n.putNull("idempotency_key");
      n.putNull("external_id");
      n.put("sales_channel_id", o.salesChannelId);
    }
    return n;
  }

  private static void putTotals(ObjectNode n, Order o, CartTotals t, boolean withRawDiscount) {
    long paid = o.payments.stream().mapToLong(p -> p.amount).sum();
    n.put("subtotal", t.subtotal());
    n.put("discount_total", t.discountTotal());
    n.put("shipping_total", t.shippingTotal());
    n.put("refunded_total", 0);
    n.put("paid_total", paid);
    n.put("refundable_amount", paid);
    n.put("item_tax_total", t.itemTaxTotal());
    n.put("shipping_tax_total", t.shippingTaxTotal());
    n.put("tax_total", t.orderTaxTotal());
    n.put("gift_card_total", t.giftCardTotal());
    n.put("gift_card_tax_total", t.giftCardTaxTotal());
    if (withRawDiscount) {
      n.put("raw_discount_total", t.discountTotal());
    }
    n.put("total", t.total());
  }

  /** The order's lines, each with its share of the frozen totals. */
  public ArrayNode items(Order o) {
    Region region = store.region(o.regionId);
    return Json.array(o.items, i -> item(i, o.totals.item(i.id), region));
  }

  /** An order line: stored tax line, bare variant, totals and what is still refundable. */
  private ObjectNode item(LineItem i, ItemTotals t, Region region) {
    ObjectNode n = CartViews.lineItemColumns(i, t);
    n.set("tax_lines", Json.array().add(CartViews.storedItemTaxLine(i, region)));
    n.set("variant", i.variantId == null ? null : catalog.variantBase(store.variant(i.variantId)));
    CartViews.putItemTotals(n, t);
    n.put("refundable", t.total());
    return n;
  }

  private ObjectNode shippingMethod(
      ShippingMethod m, CartTotals t, Region region, boolean withOption) {
    ObjectNode n = CartViews.shippingMethodColumns(m);
    if (withOption) {
      n.set(
          "shipping_option", catalog.shippingOptionBase(store.shippingOption(m.shippingOptionId)));
    }
    ObjectNode taxLine = Json.entity(m.taxLineId, m.createdAt, m.createdAt);
    taxLine.remove("deleted_at");
    Json.putRate(taxLine, "rate", region.taxRate);
    taxLine.put("name", "default");
    taxLine.put("code", "default");
    taxLine.putNull("metadata");
    taxLine.put("shipping_method_id", m.id);
    n.set("tax_lines", Json.array().add(taxLine));
    CartViews.putShippingTotals(n, t.shippingMethod(m.id));
    return n;
  }
}
