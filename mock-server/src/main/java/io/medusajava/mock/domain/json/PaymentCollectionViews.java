package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.domain.model.PaymentSession;

/**
 * JSON of payment collections (StorePaymentCollectionsRes) with the store's default relations, region and
 * payment sessions, and of a single collection session (StorePaymentCollectionsSessionRes).
 */
public final class PaymentCollectionViews {
    private final Catalog store;
    private final CatalogViews catalog;

    public PaymentCollectionViews(Catalog store) {
        this.store = store;
        this.catalog = new CatalogViews(store);
    }

    /** {@code {"payment_collection": ...}}. */
    public ObjectNode paymentCollectionResponse(PaymentCollection pc) {
        ObjectNode n = Json.object();
        n.set("payment_collection", paymentCollection(pc));
        return n;
    }

    /** {@code {"payment_session": ...}}. */
    public ObjectNode paymentSessionResponse(PaymentSession s) {
        ObjectNode n = Json.object();
        n.set("payment_session", session(s));
        return n;
    }

    public ObjectNode paymentCollection(PaymentCollection pc) {
        ObjectNode n = Json.entity(pc.id, pc.createdAt, pc.updatedAt);
        n.put("type", pc.type);
        n.put("status", pc.status);
        n.put("description", pc.description);
        n.put("amount", pc.amount);
        if (pc.authorizedAmount == null) {
            n.putNull("authorized_amount");
        } else {
            n.put("authorized_amount", pc.authorizedAmount);
        }
        n.put("region_id", pc.regionId);
        n.put("currency_code", pc.currencyCode);
        n.putNull("metadata");
        n.put("created_by", pc.createdBy);
        n.set("region", catalog.region(store.region(pc.regionId)));
        n.set("payment_sessions", Json.array(pc.paymentSessions, this::session));
        return n;
    }

    /** A collection session: no cart, provider data as set, authorized_at when authorized. */
    private ObjectNode session(PaymentSession s) {
        ObjectNode n = CommonViews.paymentSession(s, s.updatedAt);
        if (s.data != null) {
            n.set("data", Json.map(s.data));
        }
        return n;
    }
}
