package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.PaymentSession;
import io.medusajava.mock.domain.totals.CartTotals;

/**
 * A cart as {@link CartViews} prints it, plus what the after-checkout cart operations store on it: tax lines
 * saved by POST /store/carts/{id}/taxes (they gain id and timestamps, like an order's) and provider data set on
 * a payment session. Layering this on top keeps the core cart view untouched.
 */
public final class StoredCartViews {
    private final CartViews carts;

    public StoredCartViews(Catalog catalog) {
        this.carts = new CartViews(catalog);
    }

    /** {@code {"cart": ...}} body. */
    public ObjectNode cartResponse(Cart cart, CartTotals totals) {
        ObjectNode n = carts.cartResponse(cart, totals);
        ObjectNode c = (ObjectNode) n.get("cart");
        for (JsonNode item : c.withArray("items")) {
            cart.items.stream().filter(i -> i.id.equals(item.get("id").asText())).findFirst()
                    .filter(i -> i.taxLineId != null)
                    .ifPresent(i -> persist((ObjectNode) item, i.taxLineId, i.updatedAt, "item_id", i.id));
        }
        for (JsonNode method : c.withArray("shipping_methods")) {
            cart.shippingMethods.stream().filter(m -> m.id.equals(method.get("id").asText())).findFirst()
                    .filter(m -> m.taxLineId != null)
                    .ifPresent(m -> persist((ObjectNode) method, m.taxLineId, cart.updatedAt, "shipping_method_id", m.id));
        }
        for (JsonNode s : c.withArray("payment_sessions")) {
            withData((ObjectNode) s, cart);
        }
        if (c.get("payment_session") instanceof ObjectNode selected) {
            withData(selected, cart);
        }
        return n;
    }

    /** Rewrites the computed tax line of a row in the stored shape: id, timestamps, then the rate columns. */
    private static void persist(ObjectNode row, String taxLineId, String at, String ownerField, String ownerId) {
        ArrayNode lines = (ArrayNode) row.get("tax_lines");
        if (lines == null || lines.isEmpty()) {
            return;
        }
        JsonNode computed = lines.get(0);
        ObjectNode stored = Json.object();
        stored.put("id", taxLineId);
        stored.put("created_at", at);
        stored.put("updated_at", at);
        stored.set("rate", computed.get("rate"));
        stored.set("name", computed.get("name"));
        stored.set("code", computed.get("code"));
        stored.putNull("metadata");
        stored.put(ownerField, ownerId);
        lines.set(0, stored);
    }

    private static void withData(ObjectNode sessionNode, Cart cart) {
        String id = sessionNode.get("id").asText();
        for (PaymentSession s : cart.paymentSessions) {
            if (s.id.equals(id) && s.data != null) {
                sessionNode.set("data", Json.map(s.data));
            }
        }
    }
}
