package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.PaymentSession;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ShippingMethod;
import io.medusajava.mock.domain.model.ShippingOption;
import io.medusajava.mock.domain.model.ShippingProfile;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.domain.totals.CartTotals;
import io.medusajava.mock.domain.totals.ItemTotals;
import io.medusajava.mock.domain.totals.ShippingTotals;
import java.util.List;

/**
 * JSON of a cart with the relations and totals the store cart endpoints return (transcripts 11-13, 21-25, 31).
 * Carts show tax lines without ids because Medusa computes them on the fly until the cart completes. The
 * caller computes the totals and hands them in.
 */
public final class CartViews {
    private final Catalog store;
    private final CatalogViews catalog;

    public CartViews(Catalog store) {
        this.store = store;
        this.catalog = new CatalogViews(store);
    }

    /** {@code {"cart": ...}} body. */
    public ObjectNode cartResponse(Cart cart, CartTotals totals) {
        ObjectNode n = Json.object();
        n.set("cart", cart(cart, totals));
        return n;
    }

    public ObjectNode cart(Cart c, CartTotals totals) {
        Region region = store.region(c.regionId);
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
        n.putNull("metadata");
        n.put("sales_channel_id", c.salesChannelId);
        n.set("billing_address", CommonViews.address(c.billingAddress));
        n.set("discounts", Json.array(c.discounts, CommonViews::discount));
        n.set("gift_cards", Json.array(c.giftCards, CommonViews::giftCard));
        n.set("items", Json.array(c.items, i -> lineItem(i, totals.item(i.id), region)));
        n.set("payment", CommonViews.payment(c.payment));
        n.set("payment_sessions", Json.array(c.paymentSessions, s -> CommonViews.paymentSession(s, c.paymentAuthorizedAt)));
        PaymentSession selected = c.selectedPaymentSession();
        if (selected != null) {
            n.set("payment_session", CommonViews.paymentSession(selected, c.paymentAuthorizedAt));
        }
        n.set("region", catalog.cartRegion(region));
        n.set("sales_channel", store.salesChannels().stream().filter(sc -> sc.id.equals(c.salesChannelId))
                .findFirst().map(CatalogViews::salesChannel).orElse(null));
        n.set("shipping_address", CommonViews.address(c.shippingAddress));
        n.set("shipping_methods", Json.array(c.shippingMethods, m -> shippingMethod(m, totals.shippingMethod(m.id), region)));
        putTotals(n, totals);
        return n;
    }

    private static void putTotals(ObjectNode n, CartTotals t) {
        n.put("subtotal", t.subtotal());
        n.put("discount_total", t.discountTotal());
        n.put("item_tax_total", t.itemTaxTotal());
        n.put("shipping_total", t.shippingTotal());
        n.put("shipping_tax_total", t.shippingTaxTotal());
        n.put("tax_total", t.taxTotal());
        n.put("gift_card_total", t.giftCardTotal());
        n.put("gift_card_tax_total", t.giftCardTaxTotal());
        n.put("total", t.total());
    }

    /** A cart line item: the variant embeds its product and shipping profile, as in transcript 12. */
    public ObjectNode lineItem(LineItem i, ItemTotals t, Region region) {
        ObjectNode n = lineItemColumns(i);
        ObjectNode taxLine = Json.object();
        Json.putRate(taxLine, "rate", region.taxRate);
        taxLine.put("name", "default");
        taxLine.put("code", "default");
        taxLine.put("item_id", i.id);
        n.set("tax_lines", Json.array().add(taxLine));
        Variant v = store.variant(i.variantId);
        ObjectNode variant = catalog.variantBase(v);
        variant.set("product", productOfLine(store.product(v.productId)));
        n.set("variant", variant);
        putItemTotals(n, t);
        return n;
    }

    /** The line item columns common to carts and orders, up to adjustments. */
    static ObjectNode lineItemColumns(LineItem i) {
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
        n.put("is_return", false);
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
        n.putObject("metadata");
        n.set("adjustments", Json.array());
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
        double raw = t.rawDiscountTotal();
        if (raw == Math.rint(raw)) {
            n.put("raw_discount_total", (long) raw);
        } else {
            n.put("raw_discount_total", raw);
        }
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
        ObjectNode taxLine = Json.object();
        Json.putRate(taxLine, "rate", region.taxRate);
        taxLine.put("name", "default");
        taxLine.put("code", "default");
        taxLine.put("shipping_method_id", m.id);
        n.set("tax_lines", Json.array().add(taxLine));
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
