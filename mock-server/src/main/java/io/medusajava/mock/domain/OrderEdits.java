package io.medusajava.mock.domain;

import io.medusajava.mock.domain.model.OrderEdit;
import io.medusajava.mock.domain.model.PaymentCollection;

/**
 * The customer's side of an order edit: look at it, accept it (complete) or turn it down (decline). Only a
 * {@code requested} edit moves; the other states answer not_allowed the way Medusa's order edit service does,
 * except that repeating the transition already made returns the edit unchanged, as Medusa also does.
 */
public final class OrderEdits {
    private final StoreState state;

    public OrderEdits(StoreState state) {
        this.state = state;
    }

    /** GET /store/order-edits/{id}. */
    public OrderEdit get(String id) {
        return state.atomically(() -> stamped(state.orderEdit(id)));
    }

    /**
     * POST /store/order-edits/{id}/complete: requested → confirmed. When the edit has a payment collection the
     * customer must have authorized it first.
     */
    public OrderEdit complete(String id) {
        return state.atomically(() -> {
            OrderEdit e = stamped(state.orderEdit(id));
            if ("confirmed".equals(e.status)) {
                return e;
            }
            if (!"requested".equals(e.status)) {
                throw MedusaError.notAllowed("Cannot complete an order edit with status " + e.status);
            }
            if (e.paymentCollectionId != null) {
                PaymentCollection pc = state.paymentCollection(e.paymentCollectionId);
                if (!"authorized".equals(pc.status)) {
                    throw MedusaError.notAllowed("Unable to complete an order edit if the payment is not authorized");
                }
            }
            String now = state.now();
            e.status = "confirmed";
            e.confirmedAt = now;
            e.updatedAt = now;
            return e;
        });
    }

    /** POST /store/order-edits/{id}/decline: requested → declined, keeping the customer's reason. */
    public OrderEdit decline(String id, String reason) {
        return state.atomically(() -> {
            OrderEdit e = stamped(state.orderEdit(id));
            if ("declined".equals(e.status)) {
                return e;
            }
            if (!"requested".equals(e.status)) {
                throw MedusaError.notAllowed("Cannot decline an order edit with status " + e.status + ".");
            }
            String now = state.now();
            e.status = "declined";
            e.declinedReason = reason;
            e.declinedAt = now;
            e.updatedAt = now;
            return e;
        });
    }

    /**
     * Seeded edits carry no timestamps; they get them on first sight, like a row written just before the
     * store started. A seeded edit in {@code requested} state was requested at the same moment.
     */
    private OrderEdit stamped(OrderEdit e) {
        if (e.createdAt == null) {
            e.createdAt = state.now();
            e.updatedAt = e.createdAt;
            if (e.requestedAt == null && "requested".equals(e.status)) {
                e.requestedAt = e.createdAt;
            }
        }
        return e;
    }
}
