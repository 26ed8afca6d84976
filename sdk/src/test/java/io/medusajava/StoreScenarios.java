package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.errors.AuthenticationException;
import io.medusajava.errors.InvalidRequestException;
import io.medusajava.errors.NotFoundException;
import io.medusajava.errors.UnprocessableException;
import io.medusajava.model.AddressParams;
import io.medusajava.model.Cart;
import io.medusajava.model.CartCompleteParams;
import io.medusajava.model.CartCompletion;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.Customer;
import io.medusajava.model.CustomerCreateParams;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.Order;
import io.medusajava.model.OrderLookupParams;
import io.medusajava.model.PaymentSessionSetParams;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.PricedShippingOption;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.Region;
import io.medusajava.model.ShippingMethodAddParams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Storefront scenarios that run the SDK end to end against a live server: a real Medusa ({@link
 * RealBackendTest}) or the mock server (its own tests). Each client comes from the supplier, so
 * sessions never mix.
 */
public final class StoreScenarios {
  private final Supplier<MedusaStore> clients;
  private final MedusaStore store;

  public StoreScenarios(Supplier<MedusaStore> clients) {
    this.clients = clients;
    this.store = clients.get();
  }

  private Customer register(MedusaStore client, String email) {
    return client
        .customers()
        .create(
            CustomerCreateParams.builder()
                .firstName("Jane")
                .lastName("Doe")
                .email(email)
                .password("supersecret")
                .build())
        .execute();
  }

  private static String email() {
    return "jane." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /** Checkout places one order that every lookup finds, even when completed three times. */
  public void checkoutPlacesOneOrderThatEveryLookupFinds() {
    String email = email();
    Customer customer = register(store, email);
    Region region = store.regions().list().execute().items().get(0);
    List<PricedProduct> products = new ArrayList<>();
    store
        .products()
        .listAll(ProductListParams.builder().regionId(region.getId()).limit(2).build())
        .forEach(products::add);
    assertTrue(products.size() >= 2, "the store needs two products");

    Cart cart =
        store.carts().create(CartCreateParams.builder().regionId(region.getId()).build()).execute();
    for (PricedProduct p : products.subList(0, 2)) {
      store
          .carts()
          .addLineItem(
              cart.getId(),
              LineItemCreateParams.builder()
                  .variantId(p.getVariants().get(0).getId())
                  .quantity(1)
                  .build())
          .execute();
    }
    String country = region.getCountries().get(0).getIso2();
    store
        .carts()
        .update(
            cart.getId(),
            CartUpdateParams.builder()
                .email(email)
                .shippingAddress(
                    AddressParams.builder()
                        .firstName("Jane")
                        .lastName("Doe")
                        .address1("1 Main St")
                        .city("Springfield")
                        .countryCode(country)
                        .postalCode("62701")
                        .build())
                .build())
        .execute();
    List<PricedShippingOption> options =
        store.shippingOptions().listForCart(cart.getId()).execute();
    PricedShippingOption cheapest =
        options.stream().min(Comparator.comparing(o -> o.getAmount())).get();
    store
        .carts()
        .addShippingMethod(
            cart.getId(), ShippingMethodAddParams.builder().optionId(cheapest.getId()).build())
        .execute();
    store.carts().createPaymentSessions(cart.getId()).execute();
    store
        .carts()
        .setPaymentSession(
            cart.getId(), PaymentSessionSetParams.builder().providerId("manual").build())
        .execute();

    MedusaResponse<CartCompletion> first = store.carts().complete(cart.getId()).executeRaw();
    Order order = first.body().getOrder();
    assertNotNull(order, "complete answered " + first.body().getType());
    assertNotNull(first.idempotencyKey());
    assertEquals(2, order.getItems().size());
    assertEquals(customer.getId(), order.getCustomerId());

    Order again = store.carts().complete(cart.getId()).execute().getOrder();
    assertEquals(order.getId(), again.getId(), "completing twice must not place a second order");
    Order replayed =
        store
            .carts()
            .complete(
                cart.getId(),
                CartCompleteParams.builder().idempotencyKey(first.idempotencyKey()).build())
            .execute()
            .getOrder();
    assertEquals(order.getId(), replayed.getId());

    assertEquals(order.getId(), store.orders().retrieve(order.getId()).execute().getId());
    assertEquals(order.getId(), store.orders().retrieveByCartId(cart.getId()).execute().getId());
    assertEquals(
        order.getId(),
        store
            .orders()
            .lookup(
                OrderLookupParams.builder().displayId(order.getDisplayId()).email(email).build())
            .execute()
            .getId());
    assertEquals(List.of(order.getId()), ids(store.customers().listOrders().execute().items()));
  }

  /** The README's checkout, from the first region to an order, as a guest. */
  public void readmeCheckoutPlacesAnOrder() {
    Order order = ReadmeSnippets.checkout(store, email());
    assertEquals(order.getId(), store.orders().retrieve(order.getId()).execute().getId());
    assertEquals(1, order.getItems().size());
    assertTrue(order.getTotal() > 0, "total " + order.getTotal());
  }

  /** Cookie and token sessions log in, stay apart, and end with logout. */
  public void cookieAndTokenSessionsWorkAndStayApart() {
    String email = email();
    register(clients.get(), email);

    MedusaStore cookie = clients.get();
    assertEquals(email, cookie.auth().login(email, "supersecret").execute().getEmail());
    assertEquals(email, cookie.customers().retrieve().execute().getEmail());

    MedusaStore jwt = clients.get();
    assertFalse(jwt.auth().loginWithToken(email, "supersecret").execute().isEmpty());
    assertEquals(email, jwt.customers().retrieve().execute().getEmail());

    assertThrows(AuthenticationException.class, () -> store.customers().retrieve().execute());

    cookie.auth().logout().execute();
    assertThrows(AuthenticationException.class, () -> cookie.customers().retrieve().execute());
    jwt.auth().logout().execute();
    assertThrows(AuthenticationException.class, () -> jwt.customers().retrieve().execute());
  }

  /** The server's failures arrive as the typed exceptions. */
  public void serverErrorsMapToTypedExceptions() {
    assertThrows(
        NotFoundException.class,
        () -> store.carts().retrieve("cart_01DOESNOTEXIST000000000000").execute());
    assertThrows(
        AuthenticationException.class,
        () -> store.auth().login("nobody@example.com", "wrong").execute());
    String email = email();
    register(store, email);
    UnprocessableException duplicate =
        assertThrows(UnprocessableException.class, () -> register(clients.get(), email));
    assertEquals("duplicate_error", duplicate.getType());
    Region region = store.regions().list().execute().items().get(0);
    Cart cart =
        store.carts().create(CartCreateParams.builder().regionId(region.getId()).build()).execute();
    InvalidRequestException unknownVariant =
        assertThrows(
            InvalidRequestException.class,
            () ->
                store
                    .carts()
                    .addLineItem(
                        cart.getId(),
                        LineItemCreateParams.builder()
                            .variantId("variant_nope")
                            .quantity(1)
                            .build())
                    .execute());
    assertNotNull(unknownVariant.getServerMessage());
    assertNull(store.carts().retrieve(cart.getId()).execute().getCompletedAt());
  }

  private static List<String> ids(List<Order> orders) {
    List<String> out = new ArrayList<>();
    for (Order o : orders) {
      out.add(o.getId());
    }
    return out;
  }
}
