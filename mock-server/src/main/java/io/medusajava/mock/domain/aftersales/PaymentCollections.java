package io.medusajava.mock.domain.aftersales;

import static io.medusajava.mock.domain.StoreContext.require;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Payment;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.domain.model.PaymentSession;
import io.medusajava.mock.domain.seed.Seed;
import java.util.ArrayList;
import java.util.List;

/**
 * Paying a payment collection (the difference of an order edit) through the Store API. Sessions can
 * only be set or refreshed while the collection is {@code not_paid}; authorizing sessions adds
 * their amounts to {@code authorized_amount} and moves the status to partially_authorized or
 * authorized. The manual provider authorizes every session it is asked to.
 */
public final class PaymentCollections {
  private final StoreContext ctx;
  private final Catalog catalog;
  private List<PaymentCollection> collections = new ArrayList<>();

  public PaymentCollections(StoreContext ctx, Catalog catalog) {
    this.ctx = ctx;
    this.catalog = catalog;
  }

  /** The collections come from the seed: the Store API only pays them, an admin creates them. */
  public void load(Seed seed) {
    synchronized (ctx.lock()) {
      collections = seed.paymentCollections;
    }
  }

  /**
   * One session of a batch: a provider and its share ({@code null} when none was sent); {@code
   * sessionId} updates an existing session.
   */
  public record SessionInput(String providerId, Long amount, String sessionId) {}

  /** GET /store/payment-collections/{id}. */
  public PaymentCollection get(String id) {
    synchronized (ctx.lock()) {
      return stamped(
          require(
              collections.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null),
              "Payment collection with id " + id + " was not found"));
    }
  }

  /**
   * POST .../sessions: the whole amount with one provider. A session the provider already has is
   * kept (its amount updated); sessions of other providers are dropped.
   */
  public PaymentCollection setSession(String id, String providerId) {
    synchronized (ctx.lock()) {
      PaymentCollection pc = get(id);
      if (!catalog.region(pc.regionId).paymentProviders.contains(providerId)) {
        throw MedusaError.invalidData("Payment provider not found");
      }
      String existing =
          pc.paymentSessions.stream()
              .filter(s -> s.providerId.equals(providerId))
              .map(s -> s.id)
              .findFirst()
              .orElse(null);
      return apply(pc, List.of(new SessionInput(providerId, pc.amount, existing)));
    }
  }

  /**
   * POST .../sessions/batch: sessions of providers the region lacks are left out (as real does,
   * silently), and the rest must add up to the collection's amount exactly; a session without an
   * amount never does.
   */
  public PaymentCollection setSessions(String id, List<SessionInput> sessions) {
    synchronized (ctx.lock()) {
      PaymentCollection pc = get(id);
      List<String> providers = catalog.region(pc.regionId).paymentProviders;
      List<SessionInput> kept =
          sessions.stream().filter(in -> providers.contains(in.providerId())).toList();
      boolean adds =
          kept.stream().allMatch(in -> in.amount() != null)
              && kept.stream().mapToLong(SessionInput::amount).sum() == pc.amount;
      if (!adds) {
        requireNotPaid(pc, "set");
        throw MedusaError.unexpectedState(
            "The sum of sessions is not equal to " + pc.amount + " on Payment Collection");
      }
      return apply(pc, kept);
    }
  }

  private PaymentCollection apply(PaymentCollection pc, List<SessionInput> sessions) {
    requireNotPaid(pc, "set");
    String now = ctx.now();
    List<PaymentSession> next = new ArrayList<>();
    for (SessionInput in : sessions) {
      PaymentSession s =
          in.sessionId() == null
              ? null
              : pc.paymentSessions.stream()
                  .filter(x -> x.id.equals(in.sessionId()))
                  .findFirst()
                  .orElse(null);
      if (s == null) {
        s = newSession(in.providerId(), now);
      }
      s.amount = in.amount();
      s.updatedAt = now;
      next.add(s);
    }
    pc.paymentSessions = next;
    pc.updatedAt = now;
    return pc;
  }

  /**
   * POST .../sessions/{session_id}: the provider's session is replaced by a fresh one (new id, same
   * provider and amount), which is what refreshing means in Medusa 1.x.
   */
  public PaymentSession refreshSession(String id, String sessionId) {
    synchronized (ctx.lock()) {
      // Real looks the collection up through the session, and says so when there is none.
      PaymentCollection pc =
          stamped(
              require(
                  collections.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null),
                  "Payment collection related to Payment Session id "
                      + sessionId
                      + " was not found"));
      requireNotPaid(pc, "refresh");
      PaymentSession old = session(pc, sessionId);
      String now = ctx.now();
      PaymentSession fresh = newSession(old.providerId, now);
      fresh.amount = old.amount;
      pc.paymentSessions.set(pc.paymentSessions.indexOf(old), fresh);
      pc.updatedAt = now;
      return fresh;
    }
  }

  /** POST .../sessions/{session_id}/authorize: authorizes one session and answers it. */
  public PaymentSession authorizeSession(String id, String sessionId) {
    synchronized (ctx.lock()) {
      PaymentCollection pc = get(id);
      PaymentSession s = session(pc, sessionId);
      authorize(pc, List.of(sessionId));
      return s;
    }
  }

  /**
   * POST .../sessions/batch/authorize: authorizes the listed sessions; ids the collection lacks are
   * skipped.
   */
  public PaymentCollection authorizeSessions(String id, List<String> sessionIds) {
    synchronized (ctx.lock()) {
      return authorize(get(id), sessionIds);
    }
  }

  private PaymentCollection authorize(PaymentCollection pc, List<String> sessionIds) {
    long authorized = pc.authorizedAmount == null ? 0 : pc.authorizedAmount;
    if (authorized >= pc.amount && pc.amount > 0) {
      // Already fully paid: Medusa returns the collection untouched.
      return pc;
    }
    String now = ctx.now();
    for (PaymentSession s : pc.paymentSessions) {
      if (sessionIds.contains(s.id) && !"authorized".equals(s.status)) {
        s.status = "authorized";
        s.updatedAt = now;
        pc.payments.add(payment(pc, s, now));
        authorized += s.amount;
      }
    }
    pc.authorizedAmount = authorized;
    pc.status =
        authorized == 0
            ? "awaiting"
            : authorized < pc.amount ? "partially_authorized" : "authorized";
    pc.updatedAt = now;
    if ("authorized".equals(pc.status)) {
      ctx.events().paymentCollectionAuthorized(pc);
    }
    return pc;
  }

  private Payment payment(PaymentCollection pc, PaymentSession s, String now) {
    Payment p = new Payment();
    p.id = ctx.nextId("pay");
    p.amount = s.amount;
    p.currencyCode = pc.currencyCode;
    p.providerId = s.providerId;
    p.createdAt = now;
    p.updatedAt = now;
    return p;
  }

  private PaymentSession newSession(String providerId, String now) {
    PaymentSession s = new PaymentSession();
    s.id = ctx.nextId("ps");
    s.providerId = providerId;
    // Every session of a collection is charged, so each one counts as selected.
    s.isSelected = true;
    s.createdAt = now;
    s.updatedAt = now;
    return s;
  }

  private static PaymentSession session(PaymentCollection pc, String sessionId) {
    return pc.paymentSessions.stream()
        .filter(s -> s.id.equals(sessionId))
        .findFirst()
        .orElseThrow(() -> MedusaError.notFound("Session with id " + sessionId + " was not found"));
  }

  private static void requireNotPaid(PaymentCollection pc, String verb) {
    if (!"not_paid".equals(pc.status)) {
      throw MedusaError.notAllowed(
          "Cannot " + verb + " payment sessions for a payment collection with status " + pc.status);
    }
  }

  /** Seeded collections carry no timestamps; they get them on first sight. */
  private PaymentCollection stamped(PaymentCollection pc) {
    if (pc.createdAt == null) {
      pc.createdAt = ctx.now();
      pc.updatedAt = pc.createdAt;
    }
    return pc;
  }
}
