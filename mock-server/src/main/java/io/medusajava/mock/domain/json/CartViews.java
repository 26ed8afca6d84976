package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.PaymentSession;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ShippingMethod;
import io.medusajava.mock.domain.model.ShippingOption;
import io.medusajava.mock.domain.model.ShippingProfile;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.domain.totals.Adjustment;
import io.medusajava.mock.domain.totals.CartTotals;
import io.medusajava.mock.domain.totals.ItemTotals;
import io.medusajava.mock.domain.totals.ShippingTotals;
import java.util.List;

/**
 * JSON of a cart with the relations and totals the store cart endpoints return (transcripts 11-13,
 * 21-25, 31). Carts show tax lines without ids because Medusa computes them on the fly; only a swap
 * cart's return lines carry the stored tax lines they were copied with. The caller computes the
 * totals, looks up the customer when the shape prints one, and hands both in.
 */
public final class CartViews {
  /**
   * The cart shapes of Medusa 1.20: each endpoint loads its own relations, so the same cart prints
   * differently.
   *
   * <ul>
   *   <li>DEFAULT: get, create, update, shipping methods, line item update and delete, session
   *       select, update and delete;
   *   <li>LINE_ITEM_ADDED: DEFAULT plus {@code customer} (POST /store/carts/{id}/line-items);
   *   <li>SESSIONS_CREATED: DEFAULT plus {@code customer} and {@code raw_discount_total} (POST
   *       /store/carts/{id}/payment-sessions, which also repeats the cart as {@code data});
   *   <li>SESSION_REFRESHED: without billing address, payment, selected session and sales channel;
   *   <li>TAXES: totals and lines only: no addresses but the shipping one, no customer, payments or
   *       sales channel, shipping methods without their option, the region without countries and
   *       providers.
   * </ul>
   */
  public enum Shape {
    DEFAULT,
    LINE_ITEM_ADDED,
    SESSIONS_CREATED,
    SESSION_REFRESHED,
    TAXES
  }

  private final Catalog store;
  private final CatalogViews catalog;

  public CartViews(Catalog store) {
    this.store = store;
    this.catalog = new CatalogViews(store);
  }

  /** {@code {"cart": ...}} body in the DEFAULT shape. */
  public ObjectNode cartResponse(Cart cart, CartTotals totals) {
    return cartResponse(cart, totals, Shape.DEFAULT, null);
  }

  /**
   * {@code {"cart": ...}} body in the given shape; {@code customer} is the cart's customer (null
   * for none), only printed by the shapes that load it. SESSIONS_CREATED also carries the cart
   * again as {@code data}, without raw_discount_total, as Medusa's idempotent handler leaves it.
   */
  public ObjectNode cartResponse(Cart cart, CartTotals totals, Shape shape, Customer customer) {
    ObjectNode n = Json.object();
    n.set("cart", cart(cart, totals, shape, customer));
    if (shape == Shape.SESSIONS_CREATED) {
      ObjectNode data = cart(cart, totals, shape, customer);
      data.remove("raw_discount_total");
      n.set("data", data);
    }
    return n;
  }

  public ObjectNode cart(Cart c, CartTotals totals) {
    return cart(c, totals, Shape.DEFAULT, null);
  }

  /** The cart's own columns, without relations or totals: how a swap shows its cart. */
  static ObjectNode cartColumns(Cart c) {
    ObjectNode n = Json.object();
    n.put("object", "cart");
    n.put("id", c.id);
    n.put("created_at", c.createdAt);
    n.put("updated_at", c.updatedAt);
    n.putNull("deleted_at");
    n.put("email", c.email);
    n.put("billing_address_id", c.billingAddress == null ? null : c.billingAddress.id);
    n.put("shipping_address_id", c.shippingAddress == null ? null : c.shippingAddress.id);
    n.put("region_id", c.regionId);
    n.put("customer_id", c.customerId);
    n.put("payment_id", c.paymentId);
    n.put("type", c.type);
    n.put("completed_at", c.completedAt);
    n.put("payment_authorized_at", c.paymentAuthorizedAt);
    n.putNull("idempotency_key");
    n.set("context", Json.map(c.context));
    n.set("metadata", c.metadata == null ? null : Json.map(c.metadata));
    n.put("sales_channel_id", c.salesChannelId);
    return n;
  }

  private ObjectNode cart(Cart c, CartTotals totals, Shape shape, Customer customer) {
    boolean taxes = shape == Shape.TAXES;
    boolean refreshed = shape == Shape.SESSION_REFRESHED;
    Region region = store.region(c.regionId);
    ObjectNode n = cartColumns(c);
    if (!taxes && !refreshed) {
      n.set("billing_address", CommonViews.address(c.billingAddress));
    }
    if (shape == Shape.LINE_ITEM_ADDED || shape == Shape.SESSIONS_CREATED) {
      n.set("customer", CommonViews.customer(customer));
    }
    n.set("discounts", Json.array(c.discounts, CommonViews::discount));
    n.set("gift_cards", Json.array(c.giftCards, CommonViews::giftCard));
    n.set("items", Json.array(c.items, i -> lineItem(i, totals.item(i.id), region)));
    if (!taxes) {
      if (!refreshed) {
        n.set("payment", CommonViews.payment(c.payment));
      }
      n.set(
          "payment_sessions",
          Json.array(c.paymentSessions, s -> CommonViews.paymentSession(s, c.paymentAuthorizedAt)));
      PaymentSession selected = c.selectedPaymentSession();
      if (selected != null && !refreshed) {
        n.set("payment_session", CommonViews.paymentSession(selected, c.paymentAuthorizedAt));
      }
    }
    ObjectNode regionNode = catalog.cartRegion(region);
    if (taxes) {
      regionNode.remove(List.of("countries", "payment_providers"));
    }
    n.set("region", regionNode);
    if (!taxes && !refreshed) {
      n.set(
          "sales_channel",
          store.salesChannels().stream()
              .filter(sc -> sc.id.equals(c.salesChannelId))
              .findFirst()
              .map(CatalogViews::salesChannel)
              .orElse(null));
    }
    n.set("shipping_address", CommonViews.address(c.shippingAddress));
    n.set(
        "shipping_methods",
        Json.array(
            c.shippingMethods,
            m -> {
              ObjectNode method = shippingMethod(m, totals.shippingMethod(m.id), region);
              if (taxes) {
                method.remove("shipping_option");
              }
              return method;
            }));
    putTotals(n, totals, shape == Shape.SESSIONS_CREATED);
    return n;
  }

  private static void putTotals(ObjectNode n, CartTotals t, boolean withRawDiscount) {
    n.put("subtotal", t.subtotal());
    n.put("discount_total", t.discountTotal());
    n.put("item_tax_total", t.itemTaxTotal());
    n.put("shipping_total", t.shippingTotal());
    n.put("shipping_tax_total", t.shippingTaxTotal());
    n.put("tax_total", t.taxTotal());
    if (withRawDiscount) {
      n.put("raw_discount_total", t.discountTotal());
    }
    n.put("gift_card_total", t.giftCardTotal());
    n.put("gift_card_tax_total", t.giftCardTaxTotal());
    n.put("total", t.total());
  }

  /**
   * A cart line item: the variant embeds its product and shipping profile, as in transcript 12. A
   * return line (a swap's credit) shows the tax line stored with it, which Medusa's totals use
   * instead of computing one.
   */
  public ObjectNode lineItem(LineItem i, ItemTotals t, Region region) {
    ObjectNode n = lineItemColumns(i, t);
    n.set(
        "tax_lines",
        Json.array()
            .add(
                i.isReturn && i.taxLineId != null
                    ? storedItemTaxLine(i, region)
                    : computedTaxLine(region, "item_id", i.id)));
    if (i.variantId == null) {
      n.putNull("variant");
    } else {
      Variant v = store.variant(i.variantId);
      ObjectNode variant = catalog.variantBase(v);
      variant.set("product", productOfLine(store.product(v.productId)));
      n.set("variant", variant);
    }
    putItemTotals(n, t);
    return n;
  }

  /** A tax line as Medusa computes it for an open cart: no id, no timestamps. */
  private static ObjectNode computedTaxLine(Region region, String ownerField, String ownerId) {
    ObjectNode taxLine = Json.object();
    Json.putRate(taxLine, "rate", region.taxRate);
    taxLine.put("name", "default");
    taxLine.put("code", "default");
    taxLine.put(ownerField, ownerId);
    return taxLine;
  }

  /**
   * A line item's tax line as stored (orders, and a swap cart's return lines): id and timestamps
   * first.
   */
  static ObjectNode storedItemTaxLine(LineItem i, Region region) {
    ObjectNode taxLine = Json.entity(i.taxLineId, i.createdAt, i.updatedAt);
    taxLine.remove("deleted_at");
    Json.putRate(taxLine, "rate", region.taxRate);
    taxLine.put("name", "default");
    taxLine.put("code", "default");
    taxLine.putNull("metadata");
    taxLine.put("item_id", i.id);
    return taxLine;
  }

  /**
   * The line item columns common to carts and orders, up to adjustments (taken from the line's
   * totals); a null {@code t} leaves the adjustments out, for views that do not load them.
   */
  static ObjectNode lineItemColumns(LineItem i, ItemTotals t) {
    ObjectNode n = Json.object();
    n.put("id", i.id);
    n.put("created_at", i.createdAt);
    n.put("updated_at", i.updatedAt);
    n.put("cart_id", i.cartId);
    n.put("order_id", i.orderId);
    n.putNull("swap_id");
    n.putNull("claim_order_id");
    n.putNull("original_item_id");
    n.putNull("order_edit_id");
    n.put("title", i.title);
    n.put("description", i.description);
    n.put("thumbnail", i.thumbnail);
    n.put("is_return", i.isReturn);
    n.put("is_giftcard", i.isGiftcard);
    n.put("should_merge", true);
    n.put("allow_discounts", i.allowDiscounts);
    n.put("has_shipping", i.hasShipping);
    n.put("unit_price", i.unitPrice);
    n.put("variant_id", i.variantId);
    n.put("quantity", i.quantity);
    putNullableInt(n, "fulfilled_quantity", i.fulfilledQuantity);
    putNullableInt(n, "returned_quantity", i.returnedQuantity);
    putNullableInt(n, "shipped_quantity", i.shippedQuantity);
    n.set("metadata", i.metadata == null ? null : Json.map(i.metadata));
    if (t == null) {
      return n;
    }
    ArrayNode adjustments = n.putArray("adjustments");
    for (int k = 0; k < t.adjustments().size(); k++) {
      adjustments.add(adjustment(i, t.adjustments().get(k), k));
    }
    return n;
  }

  /**
   * A line_item_adjustment row; its id is derived from the line's, so it stays the same between
   * answers.
   */
  private static ObjectNode adjustment(LineItem i, Adjustment a, int index) {
    ObjectNode n = Json.object();
    n.put("id", Json.childId("lia", i.id, index));
    n.put("item_id", i.id);
    n.put("description", "discount");
    n.put("discount_id", a.discountId());
    Json.putAmount(n, "amount", a.amount());
    n.putNull("metadata");
    return n;
  }

  private static void putNullableInt(ObjectNode n, String field, Integer value) {
    if (value == null) {
      n.putNull(field);
    } else {
      n.put(field, value);
    }
  }

  static void putItemTotals(ObjectNode n, ItemTotals t) {
    n.put("subtotal", t.subtotal());
    n.put("discount_total", t.discountTotal());
    n.put("total", t.total());
    n.put("original_total", t.originalTotal());
    n.put("original_tax_total", t.originalTaxTotal());
    n.put("tax_total", t.taxTotal());
    Json.putAmount(n, "raw_discount_total", t.rawDiscountTotal());
  }

  private ObjectNode productOfLine(Product p) {
    ObjectNode n = CatalogViews.productBasics(p);
    n.put("collection_id", p.collectionId);
    n.put("type_id", p.typeId);
    n.put("discountable", p.discountable);
    n.putNull("external_id");
    n.putNull("metadata");
    ShippingProfile profile = catalog.profileOf(p);
    n.set("profiles", Json.array().add(CatalogViews.profile(profile)));
    n.set("profile", CatalogViews.profile(profile));
    n.put("profile_id", profile == null ? null : profile.id);
    return n;
  }

  /** A cart shipping method with its option and computed tax line (transcript 23). */
  public ObjectNode shippingMethod(ShippingMethod m, ShippingTotals t, Region region) {
    ObjectNode n = shippingMethodColumns(m);
    n.set("shipping_option", catalog.shippingOptionBase(store.shippingOption(m.shippingOptionId)));
    n.set("tax_lines", Json.array().add(computedTaxLine(region, "shipping_method_id", m.id)));
    putShippingTotals(n, t);
    return n;
  }

  static ObjectNode shippingMethodColumns(ShippingMethod m) {
    ObjectNode n = Json.object();
    n.put("id", m.id);
    n.put("shipping_option_id", m.shippingOptionId);
    n.put("order_id", m.orderId);
    n.putNull("claim_order_id");
    n.put("cart_id", m.cartId);
    n.putNull("swap_id");
    n.putNull("return_id");
    n.put("price", m.price);
    n.putObject("data");
    return n;
  }

  static void putShippingTotals(ObjectNode n, ShippingTotals t) {
    n.put("original_total", t.originalTotal());
    n.put("total", t.total());
    n.put("subtotal", t.subtotal());
    n.put("original_tax_total", t.originalTaxTotal());
    n.put("tax_total", t.taxTotal());
  }

  /** GET /store/shipping-options/{cart_id} body. */
  public ObjectNode shippingOptionsResponse(List<ShippingOption> options) {
    ObjectNode n = Json.object();
    ArrayNode a = n.putArray("shipping_options");
    options.forEach(o -> a.add(catalog.pricedShippingOption(o)));
    return n;
  }
}
