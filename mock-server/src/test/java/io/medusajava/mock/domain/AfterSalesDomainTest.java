package io.medusajava.mock.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.mock.domain.aftersales.OrderEdits;
import io.medusajava.mock.domain.aftersales.PaymentCollections;
import io.medusajava.mock.domain.aftersales.Returns;
import io.medusajava.mock.domain.aftersales.Swaps;
import io.medusajava.mock.domain.cart.CartUpdate;
import io.medusajava.mock.domain.cart.Checkout;
import io.medusajava.mock.domain.catalog.VariantQuery;
import io.medusajava.mock.domain.customer.OrderClaims;
import io.medusajava.mock.domain.customer.PasswordResets;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.OrderEdit;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.domain.model.PaymentSession;
import io.medusajava.mock.domain.model.Return;
import io.medusajava.mock.domain.model.Swap;
import io.medusajava.mock.domain.seed.Seed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** State transitions of the after-sales domain classes on the bundled seed. */
class AfterSalesDomainTest {
  static final String FULFILLED_ORDER = "order_01KDVDNB3WT1AC0QWAYM4S107Z";
  static final String CUSTOMER = "cus_01KDVDNB1PWKND5SDX18NM3D74";
  static final String EMAIL = "alex.rivera@example.com";
  static final String EDIT = "oe_01KDVDNB4AW0ZHS0YMMHAZSGAC";
  static final String COLLECTION = "paycol_01KDVDNB4HWGAB07J2BZ5Y44R3";
  static final String NA = "reg_01KDVDNA0ECMNNV5ZS5DF2C65C";
  static final String TEE_S_BLACK = "variant_01KDVDNA83FM61C02NATN3E9GK";
  static final String DUFFEL = "variant_01KDVDNARQ1MBAYZNMB7HNZWK0";

  private StoreState state;

  @BeforeEach
  void setUp() {
    state =
        new StoreState(
            Seed::loadDefault,
            new IdGenerator(5),
            new MockClock(Clock.fixed(Instant.parse("2026-11-29T08:00:00.000Z"), ZoneOffset.UTC)));
  }

  private static MedusaError fails(int status, String type, Runnable r) {
    MedusaError e = assertThrows(MedusaError.class, r::run);
    assertEquals(status, e.status());
    assertEquals(type, e.type());
    return e;
  }

  private LineItem tee() {
    return state.orders().order(FULFILLED_ORDER).items.stream()
        .filter(i -> i.variantId.equals(TEE_S_BLACK))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void orderEditMovesOnlyFromRequested() {
    OrderEdits edits = state.orderEdits();
    OrderEdit e = edits.get(EDIT);
    assertEquals("requested", e.status);
    assertNotNull(e.createdAt);
    assertNotNull(e.requestedAt);
    // The linked collection is unpaid, so the edit cannot be completed yet.
    fails(400, "not_allowed", () -> edits.complete(EDIT));
    assertEquals("requested", edits.get(EDIT).status);
    assertEquals("declined", edits.decline(EDIT, "no thanks").status);
    assertSame(e, edits.decline(EDIT, "again"), "declining twice changes nothing");
    assertEquals("no thanks", e.declinedReason);
    fails(400, "not_allowed", () -> edits.complete(EDIT));
    fails(404, "not_found", () -> edits.get("oe_nope"));
  }

  @Test
  void orderEditWithoutCollectionCompletesAndStaysConfirmed() {
    OrderEdit e = state.orderEdits().get(EDIT);
    e.paymentCollectionId = null;
    OrderEdits edits = state.orderEdits();
    assertEquals("confirmed", edits.complete(EDIT).status);
    assertNotNull(e.confirmedAt);
    assertEquals("confirmed", edits.complete(EDIT).status);
    MedusaError err = fails(400, "not_allowed", () -> edits.decline(EDIT, null));
    assertTrue(err.getMessage().contains("confirmed"));
  }

  @Test
  void paymentCollectionGoesFromNotPaidToAuthorized() {
    PaymentCollections pcs = state.paymentCollections();
    PaymentCollection pc = pcs.get(COLLECTION);
    assertEquals("not_paid", pc.status);
    assertNull(pc.authorizedAmount);
    pcs.setSession(COLLECTION, "manual");
    String kept = pc.paymentSessions.get(0).id;
    pcs.setSession(COLLECTION, "manual");
    assertEquals(kept, pc.paymentSessions.get(0).id, "the provider's session is reused");
    fails(400, "invalid_data", () -> pcs.setSession(COLLECTION, "paypal"));

    PaymentSession s = pcs.authorizeSession(COLLECTION, kept);
    assertEquals("authorized", s.status);
    assertEquals("authorized", pc.status);
    assertEquals(8500L, pc.authorizedAmount);
    assertEquals(1, pc.payments.size());
    assertSame(
        pc, pcs.authorizeSessions(COLLECTION, List.of(kept)), "a paid collection is left alone");
    assertEquals(1, pc.payments.size());
    fails(400, "not_allowed", () -> pcs.refreshSession(COLLECTION, kept));
    fails(
        400,
        "not_allowed",
        () ->
            pcs.setSessions(
                COLLECTION, List.of(new PaymentCollections.SessionInput("manual", 8500L, null))));
  }

  @Test
  void batchSessionsReplaceTheOldOnesAndAuthorizePartly() {
    PaymentCollections pcs = state.paymentCollections();
    pcs.setSession(COLLECTION, "manual");
    PaymentCollection pc =
        pcs.setSessions(
            COLLECTION,
            List.of(
                new PaymentCollections.SessionInput("manual", 8000L, null),
                new PaymentCollections.SessionInput("manual", 500L, null)));
    assertEquals(2, pc.paymentSessions.size());
    pcs.authorizeSessions(COLLECTION, List.of(pc.paymentSessions.get(1).id, "ps_unknown"));
    assertEquals("partially_authorized", pc.status);
    assertEquals(500L, pc.authorizedAmount);
    pcs.authorizeSessions(COLLECTION, List.of(pc.paymentSessions.get(0).id));
    assertEquals("authorized", pc.status);
    assertEquals(8500L, pc.authorizedAmount);
  }

  @Test
  void returnsRespectTheReturnableQuantity() {
    Returns returns = state.returns();
    LineItem tee = tee();
    Return r =
        returns.create(FULFILLED_ORDER, List.of(new Returns.Line(tee.id, 2, null, null)), null);
    assertEquals(4400, r.refundAmount);
    assertEquals(List.of(r), state.orders().order(FULFILLED_ORDER).returns);
    // Once the two tees are received, nothing is left to return.
    tee.returnedQuantity = 2;
    fails(
        400,
        "not_allowed",
        () ->
            returns.create(
                FULFILLED_ORDER, List.of(new Returns.Line(tee.id, 1, null, null)), null));
    fails(
        404,
        "not_found",
        () ->
            returns.create(
                FULFILLED_ORDER, List.of(new Returns.Line("item_nope", 1, null, null)), null));
    fails(400, "invalid_data", () -> returns.create(FULFILLED_ORDER, List.of(), null));
    fails(
        404,
        "not_found",
        () ->
            returns.create(
                FULFILLED_ORDER,
                List.of(
                    new Returns.Line(
                        state.orders().order(FULFILLED_ORDER).items.get(1).id, 1, "rr_nope", null)),
                null));
    fails(
        400,
        "not_allowed",
        () ->
            returns.create(
                FULFILLED_ORDER,
                List.of(
                    new Returns.Line(
                        state.orders().order(FULFILLED_ORDER).items.get(1).id, 1, null, null)),
                "so_01KDVDNA1A465NG5K21CE0A18K"));
  }

  @Test
  void swapWithACheaperItemOwesTheCustomer() {
    Swaps swaps = state.swaps();
    Swap swap =
        swaps.create(
            FULFILLED_ORDER,
            List.of(new Returns.Line(tee().id, 2, null, null)),
            List.of(new Swaps.NewItem("variant_01KDVDNB0C53401MYEFBYRCPQM", 1)),
            null);
    assertNull(swap.differenceDue, "nothing is due until the swap's cart is paid");
    Cart cart = state.carts().cart(swap.cartId);
    assertEquals(500 - 4400, state.carts().totals(cart).total());
    assertEquals(2, cart.items.size());
    assertTrue(cart.items.get(1).isReturn);
    assertNotNull(
        cart.items.get(1).taxLineId, "a return line keeps the tax line it was copied with");
    assertEquals(EMAIL, cart.email);
    assertEquals(CUSTOMER, cart.customerId);
    assertSame(swap, swaps.byCart(cart.id));
    assertEquals(swap.id, swaps.returnOf(swap).swapId);
    int returnsBefore = state.orders().order(FULFILLED_ORDER).returns.size();
    MedusaError e =
        fails(
            400,
            "not_allowed",
            () ->
                swaps.create(
                    FULFILLED_ORDER,
                    List.of(
                        new Returns.Line(
                            state.orders().order(FULFILLED_ORDER).items.get(1).id, 1, null, null)),
                    List.of(new Swaps.NewItem("variant_01KDVDNAZYXCPTZTF90JZVCVG8", 1)),
                    null));
    assertEquals("insufficient_inventory", e.code());
    assertEquals(
        returnsBefore,
        state.orders().order(FULFILLED_ORDER).returns.size(),
        "a refused swap leaves no return");
  }

  @Test
  void passwordTokensStopWorkingOnceThePasswordChanged() {
    PasswordResets resets = state.passwordResets();
    String first = resets.requestToken(EMAIL);
    assertEquals(first, state.events().events("customer.password_reset").get(0).string("token"));
    assertNull(resets.requestToken("ghost@example.com"), "nobody without an account gets a token");
    resets.reset(EMAIL, first, "new-pass");
    fails(500, "unknown_error", () -> resets.reset(EMAIL, first, "again"));
    fails(401, "unauthorized", () -> resets.reset("ghost@example.com", first, "x"));
    String second = resets.requestToken(EMAIL);
    state.reset();
    fails(500, "unknown_error", () -> state.passwordResets().reset(EMAIL, second, "x"));
    assertEquals(CUSTOMER, state.customers().authenticate(EMAIL, "mock-password-1").id);
  }

  @Test
  void passwordTokensExpireAfterFifteenMinutesOnTheStoreClock() {
    String token = state.passwordResets().requestToken(EMAIL);
    state.clock().advance(java.time.Duration.ofMinutes(15));
    fails(500, "unknown_error", () -> state.passwordResets().reset(EMAIL, token, "late"));
  }

  @Test
  void aCustomerWithoutAccountCannotClaim() {
    Cart c = state.carts().create(NA, null, null);
    CartUpdate u = new CartUpdate();
    u.email = "guest@example.com";
    state.carts().update(c.id, u);
    OrderClaims claims = state.orderClaims();
    fails(
        401,
        "unauthorized",
        () -> claims.requestClaim(state.carts().cart(c.id).customerId, List.of(FULFILLED_ORDER)));
    assertEquals(
        List.of(),
        claims.requestClaim(CUSTOMER, List.of("order_unknown")),
        "unknown ids are skipped");
  }

  @Test
  void cartSessionDataAndTaxLines() {
    Cart c = state.carts().create(NA, null, null);
    state.carts().addLineItem(c.id, DUFFEL, 1);
    state.checkout().createPaymentSessions(c.id);
    Checkout changes = state.checkout();
    changes.updateSessionData(c.id, "manual", Map.of("k", "v"));
    assertNull(c.paymentSessions.get(0).data, "the manual provider keeps its own data");
    changes.refreshSession(c.id, "manual");
    assertNull(c.paymentSessions.get(0).isSelected, "a refreshed session is not selected");
    assertSame(
        c, changes.refreshSession(c.id, "stripe"), "a provider without a session is ignored");
    changes.computeTaxes(c.id);
    assertNull(c.items.get(0).taxLineId, "an open cart's tax lines are computed, not stored");
  }

  @Test
  void variantQueryAndSearch() {
    VariantQuery q = new VariantQuery();
    q.inventory.put("lte", 3);
    q.inventory.put("gt", 0);
    List<String> ids = state.variants().list(q).items().stream().map(v -> v.title).toList();
    assertEquals(List.of("L / Black", "L / Navy", "L / Olive"), ids);
    fails(
        500,
        "unknown_error",
        () -> {
          VariantQuery bad = new VariantQuery();
          bad.offset = -1;
          state.variants().list(bad);
        });
    assertEquals(
        List.of("wool-socks"),
        state.search().search("hiking SOCKS", 0, 10).stream().map(p -> p.handle).toList());
    Order order = state.orders().order(FULFILLED_ORDER);
    assertEquals("fulfilled", order.fulfillmentStatus);
  }
}
