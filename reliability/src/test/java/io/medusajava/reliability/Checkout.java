package io.medusajava.reliability;

import io.medusajava.MedusaStore;
import io.medusajava.model.AddressParams;
import io.medusajava.model.Cart;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.LineItem;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.Order;
import io.medusajava.model.PaymentSessionSetParams;
import io.medusajava.model.PricedShippingOption;
import io.medusajava.model.Region;
import io.medusajava.model.ShippingMethodAddParams;
import java.util.Comparator;
import java.util.List;

/**
 * A guest checkout split into its seven steps, so a test can break one step and then resume the way
 * a careful storefront would: by reading the cart back and only redoing what did not happen.
 */
final class Checkout {
  /** The steps in order, each with the route pattern the mock's fault plan matches. */
  enum Step {
    CREATE_CART("/store/carts"),
    ADD_LINE_ITEM("/store/carts/{id}/line-items"),
    UPDATE_CART("/store/carts/{id}"),
    ADD_SHIPPING_METHOD("/store/carts/{id}/shipping-methods"),
    CREATE_PAYMENT_SESSIONS("/store/carts/{id}/payment-sessions"),
    SELECT_PAYMENT_SESSION("/store/carts/{id}/payment-session"),
    COMPLETE("/store/carts/{id}/complete");

    final String path;

    Step(String path) {
      this.path = path;
    }
  }

  /** What every checkout needs from the catalog, looked up once per test class. */
  static final class Catalog {
    final Region region;
    final List<String> variantIds;

    Catalog(Region region, List<String> variantIds) {
      this.region = region;
      this.variantIds = variantIds;
    }

    static Catalog load(MedusaStore store) {
      Region region = store.regions().list().execute().items().get(0);
      List<String> variants =
          store.products().list().execute().items().stream()
              .filter(p -> p.getVariants() != null && !p.getVariants().isEmpty())
              .limit(2)
              .map(p -> p.getVariants().get(0).getId())
              .toList();
      return new Catalog(region, variants);
    }
  }

  private final MedusaStore store;
  private final Catalog catalog;
  private final String email;
  String cartId;

  /** The order the cart became, once COMPLETE ran. */
  Order order;

  Checkout(MedusaStore store, Catalog catalog, String email) {
    this.store = store;
    this.catalog = catalog;
    this.email = email;
  }

  /**
   * Runs one step; a no-op when the server already shows it done (that is what makes resuming
   * safe).
   */
  void run(Step step) {
    switch (step) {
      case CREATE_CART -> {
        if (cartId == null) {
          cartId =
              store
                  .carts()
                  .create(CartCreateParams.builder().regionId(catalog.region.getId()).build())
                  .execute()
                  .getId();
        }
      }
      case ADD_LINE_ITEM -> {
        List<LineItem> have = cart().getItems();
        for (String variant : catalog.variantIds) {
          if (have.stream().noneMatch(i -> variant.equals(i.getVariantId()))) {
            store
                .carts()
                .addLineItem(
                    cartId, LineItemCreateParams.builder().variantId(variant).quantity(1).build())
                .execute();
          }
        }
      }
      case UPDATE_CART ->
          store
              .carts()
              .update(
                  cartId,
                  CartUpdateParams.builder()
                      .email(email)
                      .shippingAddress(
                          AddressParams.builder()
                              .firstName("Jane")
                              .lastName("Doe")
                              .address1("1 Main St")
                              .city("Springfield")
                              .postalCode("62701")
                              .countryCode(catalog.region.getCountries().get(0).getIso2())
                              .build())
                      .build())
              .execute();
      case ADD_SHIPPING_METHOD -> {
        List<PricedShippingOption> options = store.shippingOptions().listForCart(cartId).execute();
        String cheapest =
            options.stream()
                .min(Comparator.comparing(PricedShippingOption::getAmount))
                .get()
                .getId();
        store
            .carts()
            .addShippingMethod(cartId, ShippingMethodAddParams.builder().optionId(cheapest).build())
            .execute();
      }
      case CREATE_PAYMENT_SESSIONS -> store.carts().createPaymentSessions(cartId).execute();
      case SELECT_PAYMENT_SESSION ->
          store
              .carts()
              .setPaymentSession(
                  cartId, PaymentSessionSetParams.builder().providerId("manual").build())
              .execute();
      case COMPLETE -> {
        order = store.carts().complete(cartId).execute().getOrder();
        if (order == null) {
          throw new AssertionError("complete did not place an order for " + cartId);
        }
      }
    }
  }

  /** All seven steps from the first. */
  Checkout runAll() {
    for (Step s : Step.values()) {
      run(s);
    }
    return this;
  }

  Cart cart() {
    return store.carts().retrieve(cartId).execute();
  }
}
