package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.domain.model.PaymentSession;
import java.util.List;

/**
 * JSON of payment collections (StorePaymentCollectionsRes) and of a single collection session
 * (StorePaymentCollectionsSessionRes). Real Medusa 1.20.11 shows a collection differently per
 * operation (each service call selects its own columns and relations), so each operation has its
 * {@link Shape}.
 */
public final class PaymentCollectionViews {
  private final Catalog store;
  private final CatalogViews catalog;

  public PaymentCollectionViews(Catalog store) {
    this.store = store;
    this.catalog = new CatalogViews(store);
  }

  /** How an operation shows a collection, as measured on real. */
  public enum Shape {
    /** POST .../sessions and .../sessions/batch: all columns, the sessions and the region row. */
    SESSIONS_SET,
    /**
     * POST .../sessions/batch/authorize (and its event): all columns, the sessions and the
     * payments.
     */
    AUTHORIZED
  }

  /**
   * The query config of GET /store/payment-collections/{id}: its default columns (two of them
   * relations, which select nothing) and relations, neither list restricted.
   */
  public static final Selection.Config FETCH_QUERY =
      new Selection.Config(
          List.of(
              "id",
              "type",
              "status",
              "description",
              "amount",
              "region",
              "currency_code",
              "currency",
              "metadata"),
          null,
          List.of("region", "payment_sessions"),
          null,
          false);

  /** {@code {"payment_collection": ...}} as the operations that change the collection answer it. */
  public ObjectNode paymentCollectionResponse(PaymentCollection pc, Shape shape) {
    ObjectNode n = Json.object();
    n.set(
        "payment_collection",
        switch (shape) {
          case SESSIONS_SET -> paymentCollection(pc);
          case AUTHORIZED -> authorized(pc);
        });
    return n;
  }

  /** {@code {"payment_collection": ...}} as GET shows it with {@code fields} and {@code expand}. */
  public ObjectNode paymentCollectionResponse(PaymentCollection pc, Selection selection) {
    ObjectNode n = Json.object();
    n.set("payment_collection", fetched(pc, selection));
    return n;
  }

  /**
   * The selected columns, then each loaded relation. A relation the entity does not have makes the
   * real server's query builder throw: a 500.
   */
  private ObjectNode fetched(PaymentCollection pc, Selection selection) {
    ObjectNode n = row(pc);
    List<String> unselected = new java.util.ArrayList<>();
    n.fieldNames()
        .forEachRemaining(
            column -> {
              if (!selection.selects(column)) {
                unselected.add(column);
              }
            });
    n.remove(unselected);
    for (String relation : selection.relations()) {
      n.set(
          relation,
          switch (relation) {
            case "region" -> regionRow(pc, false);
            case "payment_sessions" ->
                Json.array(pc.paymentSessions, PaymentCollectionViews::session);
            case "payments" -> Json.array(pc.payments, CommonViews::payment);
            default -> throw MedusaError.unknown();
          });
    }
    return n;
  }

  /** The collection with its sessions and payments and no region. */
  public static ObjectNode authorized(PaymentCollection pc) {
    ObjectNode n = row(pc);
    n.set("payment_sessions", Json.array(pc.paymentSessions, PaymentCollectionViews::session));
    n.set("payments", Json.array(pc.payments, CommonViews::payment));
    return n;
  }

  /**
   * The region's own columns without the relations the region endpoints add; setting sessions loads
   * its payment providers too, to check the provider.
   */
  private ObjectNode regionRow(PaymentCollection pc, boolean withPaymentProviders) {
    ObjectNode r = catalog.region(store.region(pc.regionId));
    r.remove(List.of("countries", "currency", "fulfillment_providers"));
    if (!withPaymentProviders) {
      r.remove("payment_providers");
    }
    return r;
  }

  /** {@code {"payment_session": ...}}. */
  public ObjectNode paymentSessionResponse(PaymentSession s) {
    ObjectNode n = Json.object();
    n.set("payment_session", session(s));
    return n;
  }

  private ObjectNode paymentCollection(PaymentCollection pc) {
    ObjectNode n = row(pc);
    n.set("region", regionRow(pc, true));
    n.set("payment_sessions", Json.array(pc.paymentSessions, PaymentCollectionViews::session));
    return n;
  }

  /** The collection's own columns, as an order edit shows its collection. */
  public static ObjectNode row(PaymentCollection pc) {
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
    return n;
  }

  /** A collection session: no cart, provider data as set, authorized_at when authorized. */
  private static ObjectNode session(PaymentSession s) {
    ObjectNode n = CommonViews.paymentSession(s, s.updatedAt);
    if (s.data != null) {
      n.set("data", Json.map(s.data));
    }
    return n;
  }
}
