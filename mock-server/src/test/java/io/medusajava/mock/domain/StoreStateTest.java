package io.medusajava.mock.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.mock.domain.cart.CartUpdate;
import io.medusajava.mock.domain.catalog.ProductQuery;
import io.medusajava.mock.domain.model.Address;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ShippingOption;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.domain.seed.Seed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cart-to-order flow on the bundled seed. */
class StoreStateTest {
  private StoreState state;
  private Region na;
  private Region eu;

  @BeforeEach
  void setUp() {
    state =
        new StoreState(
            Seed::loadDefault,
            new IdGenerator(7),
            new MockClock(Clock.fixed(Instant.parse("2026-11-29T07:17:46.753Z"), ZoneOffset.UTC)));
    na = state.catalog().listRegions().get(0);
    eu = state.catalog().listRegions().get(1);
  }

  private Variant variant(String handle, int index) {
    ProductQuery q = new ProductQuery();
    q.handle = handle;
    return state.catalog().listProducts(q).items().get(0).variants.get(index);
  }

  private Cart checkoutReadyCart(Region region, Variant v, int qty) {
    Cart cart = state.carts().create(region.id, null, null);
    state.carts().addLineItem(cart.id, v.id, qty);
    CartUpdateFixture.withEmailAndAddress(state, cart.id, region.countries.get(0));
    ShippingOption standard = state.carts().shippingOptionsFor(cart.id).get(0);
    state.carts().addShippingMethod(cart.id, standard.id);
    state.checkout().createPaymentSessions(cart.id);
    return cart;
  }

  @Test
  void seedHasTheAdvertisedCatalog() {
    assertEquals(2, state.catalog().listRegions().size());
    assertTrue(state.catalog().listProducts(new ProductQuery()).count() >= 20);
    assertEquals(
        2, state.carts().shippingOptionsFor(state.carts().create(eu.id, null, null).id).size());
    assertTrue(
        state.catalog().listProducts(new ProductQuery()).items().stream()
            .allMatch(p -> p.id.matches("prod_[0-9A-Z]{26}")));
  }

  @Test
  void sameFlowAsTranscripts11To26_inNorthAmerica() {
    Variant tee = variant("crew-neck-tee", 0);
    Cart cart = checkoutReadyCart(na, tee, 2);
    assertEquals(2200, cart.items.get(0).unitPrice);
    assertEquals(5200, state.carts().totals(cart).total());
    assertEquals(5200, cart.selectedPaymentSession().amount);
    assertTrue(cart.id.matches("cart_[0-9A-Z]{26}"));
  }

  @Test
  void europeCartTaxesAt25Percent() {
    Variant tee = variant("crew-neck-tee", 0);
    Cart cart = checkoutReadyCart(eu, tee, 3);
    // 3 x 1950 = 5850, tax 1462.5 -> 1463; standard EU shipping 1000, tax 250.
    assertEquals(5850 + 1000 + 1463 + 250, state.carts().totals(cart).total());
  }

  @Test
  void completeTwiceGivesOneOrderAndTakesStockOnce() {
    Variant tee = variant("crew-neck-tee", 0);
    int before = tee.inventoryQuantity;
    Cart cart = checkoutReadyCart(na, tee, 2);
    Order first = state.checkout().complete(cart.id);
    Order second = state.checkout().complete(cart.id);
    assertSame(first, second);
    assertEquals(before - 2, tee.inventoryQuantity);
    assertNotNull(cart.completedAt);
    assertEquals("authorized", cart.selectedPaymentSession().status);
    assertEquals(5200, first.payments.get(0).amount);
    assertEquals(
        first.displayId + 1, state.checkout().complete(checkoutReadyCart(na, tee, 1).id).displayId);
  }

  @Test
  void displayIdsContinueAfterSeededOrders() {
    Order order = state.checkout().complete(checkoutReadyCart(na, variant("beanie", 0), 1).id);
    assertEquals(3, order.displayId);
  }

  @Test
  void insufficientInventoryIsRejectedLikeTranscript50() {
    Variant low = variant("throw-blanket", 0);
    Cart cart = state.carts().create(na.id, null, null);
    MedusaError e =
        assertThrows(
            MedusaError.class,
            () -> state.carts().addLineItem(cart.id, low.id, low.inventoryQuantity + 1));
    assertEquals(400, e.status());
    assertEquals("not_allowed", e.type());
    assertEquals("insufficient_inventory", e.code());
    assertEquals(
        "Variant with id: " + low.id + " does not have the required inventory", e.getMessage());
  }

  @Test
  void backorderableAndUnmanagedVariantsIgnoreStock() {
    Cart cart = state.carts().create(na.id, null, null);
    state.carts().addLineItem(cart.id, variant("fleece-jacket", 0).id, 500);
    state.carts().addLineItem(cart.id, variant("sticker-pack", 0).id, 500);
    assertEquals(2, cart.items.size());
  }

  @Test
  void unknownVariantIsInvalidDataLikeTranscript49() {
    Cart cart = state.carts().create(null, null, null);
    MedusaError e =
        assertThrows(
            MedusaError.class, () -> state.carts().addLineItem(cart.id, "variant_nope", 1));
    assertEquals("invalid_data", e.type());
    assertEquals(
        "Unable to generate the line items, some variant has not been found: variant_nope",
        e.getMessage());
  }

  @Test
  void addingTheSameVariantMergesLines() {
    Variant tee = variant("crew-neck-tee", 1);
    Cart cart = state.carts().create(na.id, null, null);
    state.carts().addLineItem(cart.id, tee.id, 1);
    state.carts().addLineItem(cart.id, tee.id, 2);
    assertEquals(1, cart.items.size());
    assertEquals(3, cart.items.get(0).quantity);
    state.carts().updateLineItem(cart.id, cart.items.get(0).id, 0);
    assertTrue(cart.items.isEmpty());
  }

  @Test
  void emptyCartCannotCompleteLikeTranscript44() {
    Cart cart = state.carts().create(na.id, null, null);
    MedusaError e = assertThrows(MedusaError.class, () -> state.checkout().complete(cart.id));
    assertEquals("Cannot create order from empty cart", e.getMessage());
  }

  @Test
  void unknownIdsAreNotFound() {
    assertEquals(
        "Cart with cart_x was not found",
        assertThrows(MedusaError.class, () -> state.carts().cart("cart_x")).getMessage());
    assertEquals(
        "Region with reg_x was not found",
        assertThrows(MedusaError.class, () -> state.catalog().region("reg_x")).getMessage());
    assertEquals(
        404, assertThrows(MedusaError.class, () -> state.orders().order("order_x")).status());
    assertEquals(
        500,
        assertThrows(MedusaError.class, () -> state.carts().shippingOptionsFor("cart_x")).status());
  }

  @Test
  void ordersAreFoundByIdCartDisplayIdAndCustomer() {
    Cart cart = checkoutReadyCart(na, variant("beanie", 1), 1);
    Order order = state.checkout().complete(cart.id);
    assertSame(order, state.orders().order(order.id));
    assertSame(order, state.orders().byCart(cart.id));
    assertSame(order, state.orders().lookup(order.displayId, "SHOPPER@example.com"));
    assertNull(state.orders().lookup(order.displayId, "someone@else.com"));
    assertEquals(1, state.orders().ofCustomer(order.customerId, 0, 10).count());
    String seeded = state.customers().customerByEmail("alex.rivera@example.com").id;
    Page<Order> past = state.orders().ofCustomer(seeded, 0, 10);
    assertEquals(2, past.count());
    assertTrue(past.items().stream().anyMatch(o -> o.fulfillmentStatus.equals("fulfilled")));
  }

  @Test
  void discountCodesApplyPerRegion() {
    Cart cart = checkoutReadyCart(eu, variant("crew-neck-tee", 0), 3);
    CartUpdate u = new CartUpdate();
    u.discountCodes = List.of("WELCOME10");
    state.carts().update(cart.id, u);
    assertEquals(585, state.carts().totals(cart).discountTotal());
    u.discountCodes = List.of("SAVE5");
    assertEquals(
        "invalid_data",
        assertThrows(MedusaError.class, () -> state.carts().update(cart.id, u)).type());
  }

  @Test
  void oneDiscountPerKind_andFreeShippingZeroesShipping() {
    Cart cart = checkoutReadyCart(na, variant("crew-neck-tee", 0), 2);
    CartUpdate u = new CartUpdate();
    u.discountCodes = List.of("WELCOME10", "SAVE5", "FREESHIP");
    state.carts().update(cart.id, u);
    assertEquals(List.of("SAVE5", "FREESHIP"), cart.discounts.stream().map(d -> d.code).toList());
    assertEquals(0, state.carts().totals(cart).shippingTotal());
    // 500 off 4400, no shipping, tax 0.
    assertEquals(3900, state.carts().totals(cart).total());
    state.carts().removeDiscount(cart.id, "freeship");
    state.carts().removeDiscount(cart.id, "SAVE5");
    assertEquals(5200, state.carts().totals(cart).total());
    assertEquals(5200, cart.selectedPaymentSession().amount);
  }

  @Test
  void concurrentAddsAreNotLost() throws InterruptedException {
    Cart cart = state.carts().create(na.id, null, null);
    String sticker = variant("sticker-pack", 0).id;
    Runnable adder =
        () -> {
          for (int i = 0; i < 200; i++) {
            state.carts().addLineItem(cart.id, sticker, 1);
          }
        };
    Thread a = new Thread(adder);
    Thread b = new Thread(adder);
    a.start();
    b.start();
    a.join();
    b.join();
    assertEquals(400, cart.items.get(0).quantity);
  }

  @Test
  void regionChangeRepricesItems() {
    Cart cart = state.carts().create(na.id, null, null);
    state.carts().addLineItem(cart.id, variant("crew-neck-tee", 0).id, 1);
    CartUpdate u = new CartUpdate();
    u.regionId = eu.id;
    state.carts().update(cart.id, u);
    assertEquals(1950, cart.items.get(0).unitPrice);
  }

  @Test
  void productFilters() {
    ProductQuery q = new ProductQuery();
    q.q = "HOODIE"; // only the sweatshirt description says it, case-insensitively
    assertEquals(1, state.catalog().listProducts(q).count());
    q = new ProductQuery();
    q.isGiftcard = true;
    assertEquals(1, state.catalog().listProducts(q).count());
    q = new ProductQuery();
    q.createdAfter =
        "2026-01-20T23:59:59.999Z"; // the seed stamps product n with day 25 - n of January, the
    // first newest
    q.createdBefore = "2026-01-23T00:00:00.000Z";
    assertEquals(2, state.catalog().listProducts(q).count());
    q = new ProductQuery();
    q.collectionIds = List.of(state.catalog().listCollections().get(0).id);
    q.tagIds = List.of(state.catalog().listTags().get(0).id);
    assertTrue(
        state.catalog().listProducts(q).items().stream()
            .allMatch(
                p ->
                    p.collectionId.equals(state.catalog().listCollections().get(0).id)
                        && p.tagIds.contains(state.catalog().listTags().get(0).id)));
    q = new ProductQuery();
    q.salesChannelIds = state.catalog().salesChannelsOfKey("pk_unknown");
    assertEquals(
        state.catalog().listProducts(new ProductQuery()).count(),
        state.catalog().listProducts(q).count());
    q = new ProductQuery();
    q.limit = 5;
    q.offset = 20;
    Page<Product> page = state.catalog().listProducts(q);
    assertEquals(
        state.catalog().listProducts(new ProductQuery()).count() - 20, page.items().size());
  }

  @Test
  void resetRestoresTheSeed() {
    Variant tee = variant("crew-neck-tee", 0);
    int stock = tee.inventoryQuantity;
    Cart cart = checkoutReadyCart(na, tee, 2);
    String orderId = state.checkout().complete(cart.id).id;
    state.reset();
    assertThrows(MedusaError.class, () -> state.carts().cart(cart.id));
    assertThrows(MedusaError.class, () -> state.orders().order(orderId));
    assertEquals(stock, variant("crew-neck-tee", 0).inventoryQuantity);
    // Ids restart, so the same steps give the same cart id again.
    assertEquals(cart.id, state.carts().create(na.id, null, null).id);
  }

  /** Fills in what a storefront sends before checkout (transcript 21). */
  static final class CartUpdateFixture {
    static void withEmailAndAddress(StoreState state, String cartId, String country) {
      Address a = new Address();
      a.firstName = "Sam";
      a.lastName = "Shopper";
      a.address1 = "1 Test Street";
      a.city = "Testville";
      a.postalCode = "12345";
      a.countryCode = country;
      CartUpdate u = new CartUpdate();
      u.email = "shopper@example.com";
      u.shippingAddress = a;
      u.billingAddress = a;
      state.carts().update(cartId, u);
    }
  }
}
