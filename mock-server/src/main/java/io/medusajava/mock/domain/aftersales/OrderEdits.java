package io.medusajava.mock.domain.aftersales;

import static io.medusajava.mock.domain.StoreContext.require;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.model.OrderEdit;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.domain.seed.Seed;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer's side of an order edit: look at it, accept it (complete) or turn it down (decline).
 * Only a {@code requested} edit moves; the other states answer not_allowed the way Medusa's order
 * edit service does, except that repeating the transition already made returns the edit unchanged,
 * as Medusa also does.
 */
public final class OrderEdits {
  private final StoreContext ctx;
  private final PaymentCollections collections;
  private List<OrderEdit> edits = new ArrayList<>();

  public OrderEdits(StoreContext ctx, PaymentCollections collections) {
    this.ctx = ctx;
    this.collections = collections;
  }

  /** The edits come from the seed: an admin creates and requests them, the customer answers. */
  public void load(Seed seed) {
    synchronized (ctx.lock()) {
      edits = seed.orderEdits;
    }
  }

  /** GET /store/order-edits/{id}. */
  public OrderEdit get(String id) {
    synchronized (ctx.lock()) {
      return stamped(
          require(
              edits.stream().filter(e -> e.id.equals(id)).findFirst().orElse(null),
              "Order edit with id " + id + " was not found"));
    }
  }

  /**
   * POST /store/order-edits/{id}/complete: requested → confirmed. When the edit has a payment
   * collection the customer must have authorized it first.
   */
  public OrderEdit complete(String id) {
    synchronized (ctx.lock()) {
      OrderEdit e = get(id);
      if ("confirmed".equals(e.status)) {
        return e;
      }
      if (!"requested".equals(e.status)) {
        throw MedusaError.notAllowed("Cannot complete an order edit with status " + e.status);
      }
      if (e.paymentCollectionId != null) {
        PaymentCollection pc = collections.get(e.paymentCollectionId);
        if (!"authorized".equals(pc.status)) {
          throw MedusaError.notAllowed(
              "Unable to complete an order edit if the payment is not authorized");
        }
      }
      String now = ctx.now();
      e.status = "confirmed";
      e.confirmedAt = now;
      e.updatedAt = now;
      ctx.events()
          .orderEditConfirmed(
              e, e.paymentCollectionId == null ? null : collections.get(e.paymentCollectionId));
      return e;
    }
  }

  /** POST /store/order-edits/{id}/decline: requested → declined, keeping the customer's reason. */
  public OrderEdit decline(String id, String reason) {
    synchronized (ctx.lock()) {
      OrderEdit e = get(id);
      if ("declined".equals(e.status)) {
        return e;
      }
      if (!"requested".equals(e.status)) {
        throw MedusaError.notAllowed("Cannot decline an order edit with status " + e.status + ".");
      }
      String now = ctx.now();
      e.status = "declined";
      e.declinedReason = reason;
      e.declinedAt = now;
      e.updatedAt = now;
      ctx.events().orderEditDeclined(e.id);
      return e;
    }
  }

  /**
   * Seeded edits carry no timestamps; they get them on first sight, like a row written just before
   * the store started. A seeded edit in {@code requested} state was requested at the same moment.
   */
  private OrderEdit stamped(OrderEdit e) {
    if (e.createdAt == null) {
      e.createdAt = ctx.now();
      e.updatedAt = e.createdAt;
      if (e.requestedAt == null && "requested".equals(e.status)) {
        e.requestedAt = e.createdAt;
      }
    }
    return e;
  }
}
