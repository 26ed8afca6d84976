package io.medusajava.mock.domain;

import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.PaymentSession;
import io.medusajava.mock.domain.model.ShippingMethod;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cart operations around payment sessions and taxes that come after the core checkout flow: replacing a
 * session's provider data, refreshing a session, and computing tax lines on demand.
 */
public final class CartSessionChanges {
    private final StoreState state;

    public CartSessionChanges(StoreState state) {
        this.state = state;
    }

    /**
     * POST /store/carts/{id}/payment-sessions/{provider_id}: Medusa first selects the provider's session and then
     * replaces the selected session's data, so the call also changes the selection.
     */
    public Cart updateSessionData(String cartId, String providerId, Map<String, Object> data) {
        return state.atomically(() -> {
            Cart cart = state.selectPaymentSession(cartId, providerId);
            PaymentSession s = cart.selectedPaymentSession();
            s.data = new LinkedHashMap<>(data);
            s.updatedAt = state.now();
            cart.updatedAt = s.updatedAt;
            return cart;
        });
    }

    /**
     * POST /store/carts/{id}/payment-sessions/{provider_id}/refresh: Medusa drops the session and starts a new one
     * with the provider, so the id changes and any provider data is gone; the selection is kept. A provider
     * without a session leaves the cart as it is, as the real server does.
     */
    public Cart refreshSession(String cartId, String providerId) {
        return state.atomically(() -> {
            Cart cart = state.cart(cartId);
            String now = state.now();
            for (PaymentSession s : cart.paymentSessions) {
                if (s.providerId.equals(providerId)) {
                    s.id = state.nextId("ps");
                    s.data = null;
                    s.status = "pending";
                    s.amount = state.totals(cart).total();
                    s.createdAt = now;
                    s.updatedAt = now;
                    cart.updatedAt = now;
                }
            }
            return cart;
        });
    }

    /**
     * POST /store/carts/{id}/taxes: Medusa computes the tax lines with {@code force_taxes} and saves them, so from
     * now on they have ids. Lines that already have one keep it; the rates follow the region as everywhere else.
     */
    public Cart computeTaxes(String cartId) {
        return state.atomically(() -> {
            Cart cart = state.cart(cartId);
            String now = state.now();
            for (LineItem i : cart.items) {
                if (i.taxLineId == null) {
                    i.taxLineId = state.nextId("litl");
                }
            }
            for (ShippingMethod m : cart.shippingMethods) {
                if (m.taxLineId == null) {
                    m.taxLineId = state.nextId("smtl");
                }
            }
            cart.updatedAt = now;
            return cart;
        });
    }
}
