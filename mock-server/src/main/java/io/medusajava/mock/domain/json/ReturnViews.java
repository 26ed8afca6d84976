package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.Return;
import io.medusajava.mock.domain.model.ReturnItem;
import io.medusajava.mock.domain.model.ReturnReason;
import io.medusajava.mock.domain.model.Swap;
import io.medusajava.mock.domain.totals.CartTotals;

/** JSON of returns (StoreReturnsRes) and swaps (StoreSwapsRes). */
public final class ReturnViews {
    private final Catalog store;
    private final CartViews carts;
    private final CatalogViews catalog;

    public ReturnViews(Catalog store) {
        this.store = store;
        this.carts = new CartViews(store);
        this.catalog = new CatalogViews(store);
    }

    /** {@code {"return": ...}}. */
    public ObjectNode returnResponse(Return r) {
        ObjectNode n = Json.object();
        n.set("return", returnOrder(r));
        return n;
    }

    /** A return with its items (and their reasons) and, when chosen, its return shipping method. */
    public ObjectNode returnOrder(Return r) {
        ObjectNode n = Json.entity(r.id, r.createdAt, r.updatedAt);
        n.remove("deleted_at");
        n.put("status", r.status);
        n.put("swap_id", r.swapId);
        n.putNull("claim_order_id");
        n.put("order_id", r.orderId);
        // The manual fulfillment provider stores no data for a return.
        n.putObject("shipping_data");
        n.putNull("location_id");
        n.put("refund_amount", r.refundAmount);
        n.put("no_notification", r.noNotification);
        n.putNull("idempotency_key");
        n.putNull("received_at");
        n.putNull("metadata");
        n.set("items", Json.array(r.items, this::item));
        if (r.shippingMethod != null) {
            ObjectNode m = CartViews.shippingMethodColumns(r.shippingMethod);
            m.put("return_id", r.id);
            m.set("shipping_option", catalog.shippingOptionBase(store.shippingOption(r.shippingMethod.shippingOptionId)));
            n.set("shipping_method", m);
        } else {
            n.putNull("shipping_method");
        }
        return n;
    }

    private ObjectNode item(ReturnItem i) {
        ObjectNode n = Json.object();
        n.put("return_id", i.returnId);
        n.put("item_id", i.itemId);
        n.put("quantity", i.quantity);
        n.put("is_requested", true);
        n.put("requested_quantity", i.quantity);
        n.putNull("received_quantity");
        n.put("reason_id", i.reasonId);
        n.put("note", i.note);
        n.putNull("metadata");
        n.set("reason", i.reasonId == null ? null : reason(store.returnReason(i.reasonId)));
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

    /** {@code {"swap": ...}} with its additional items, return and cart id; {@code totals} are the cart's. */
    public ObjectNode swapResponse(Swap s, Return ret, Cart cart, CartTotals totals) {
        ObjectNode n = Json.object();
        n.set("swap", swap(s, ret, cart, totals));
        return n;
    }

    public ObjectNode swap(Swap s, Return ret, Cart cart, CartTotals totals) {
        Region region = store.region(cart.regionId);
        ObjectNode n = Json.object();
        n.put("object", "swap");
        n.put("id", s.id);
        n.put("created_at", s.createdAt);
        n.put("updated_at", s.updatedAt);
        n.putNull("deleted_at");
        n.put("fulfillment_status", s.fulfillmentStatus);
        n.put("payment_status", s.paymentStatus);
        n.put("order_id", s.orderId);
        n.put("difference_due", s.differenceDue);
        n.put("shipping_address_id", s.shippingAddressId);
        n.put("cart_id", s.cartId);
        n.putNull("confirmed_at");
        n.putNull("canceled_at");
        n.put("no_notification", s.noNotification);
        n.put("allow_backorder", s.allowBackorder);
        n.putNull("idempotency_key");
        n.putNull("metadata");
        n.set("additional_items", Json.array(cart.items.stream()
                .filter(i -> s.additionalItemIds.contains(i.id)).toList(), i -> carts.lineItem(i, totals.item(i.id), region)));
        n.set("return_order", ret == null ? null : returnOrder(ret));
        n.set("fulfillments", Json.array());
        n.putNull("payment");
        n.set("shipping_address", CommonViews.address(cart.shippingAddress));
        n.set("shipping_methods", Json.array(cart.shippingMethods,
                m -> carts.shippingMethod(m, totals.shippingMethod(m.id), region)));
        return n;
    }
}
