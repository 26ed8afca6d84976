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
import io.medusajava.http.MedusaResponse;
import io.medusajava.model.AddressPayload;
import io.medusajava.model.Cart;
import io.medusajava.model.Customer;
import io.medusajava.model.Order;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.PricedShippingOption;
import io.medusajava.model.Region;
import io.medusajava.model.StoreCompleteCartRes;
import io.medusajava.model.StorePostCartReq;
import io.medusajava.model.StorePostCartsCartLineItemsReq;
import io.medusajava.model.StorePostCartsCartPaymentSessionReq;
import io.medusajava.model.StorePostCartsCartReq;
import io.medusajava.model.StorePostCartsCartShippingMethodReq;
import io.medusajava.model.StorePostCustomersReq;
import io.medusajava.query.CustomerOrderQuery;
import io.medusajava.query.OrderLookup;
import io.medusajava.query.ProductQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Storefront scenarios that run the SDK end to end against a live server: a real Medusa ({@link RealBackendTest})
 * or the mock server (its own tests). Each client comes from the supplier, so sessions never mix.
 */
public final class StoreScenarios {
  private final Supplier<MedusaStore> clients;
  private final MedusaStore store;

  public StoreScenarios(Supplier<MedusaStore> clients) {
    this.clients = clients;
    this.store = clients.get();
  }

  private Customer register(MedusaStore client, String email) {
    return client.customers().create(new StorePostCustomersReq()
        .firstName("Jane").lastName("Doe").email(email).password("supersecret")).execute().getCustomer();
  }

  private static String email() {
    return "jane." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /** Checkout places one order that every lookup finds, even when completed three times. */
  public void checkoutPlacesOneOrderThatEveryLookupFinds() {
    String email = email();
    Customer customer = register(store, email);
    Region region = store.regions().list().execute().getRegions().get(0);
    List<PricedProduct> products = new ArrayList<>();
    store.products().listAll(ProductQuery.builder().regionId(region.getId()).limit(2).build()).forEach(products::add);
    assertTrue(products.size() >= 2, "the store needs two products");

    Cart cart = store.carts().create(new StorePostCartReq().regionId(region.getId())).execute().getCart();
    for (PricedProduct p : products.subList(0, 2)) {
      store.carts().addLineItem(cart.getId(), new StorePostCartsCartLineItemsReq()
          .variantId(p.getVariants().get(0).getId()).quantity(1)).execute();
    }
    String country = region.getCountries().get(0).getIso2();
    store.carts().update(cart.getId(), new StorePostCartsCartReq().email(email)
        .shippingAddress(io.medusajava.model.AddressOrId.of(new AddressPayload()
            .firstName("Jane").lastName("Doe").address1("1 Main St").city("Springfield")
            .countryCode(country).postalCode("62701")))).execute();
    List<PricedShippingOption> options = store.shippingOptions().listForCart(cart.getId()).execute().getShippingOptions();
    PricedShippingOption cheapest = options.stream().min(Comparator.comparing(o -> o.getAmount())).get();
    store.carts().addShippingMethod(cart.getId(), new StorePostCartsCartShippingMethodReq().optionId(cheapest.getId()))
        .execute();
    store.carts().createPaymentSessions(cart.getId()).execute();
    store.carts().setPaymentSession(cart.getId(), new StorePostCartsCartPaymentSessionReq().providerId("manual"))
        .execute();

    MedusaResponse<StoreCompleteCartRes> first = store.carts().complete(cart.getId()).executeRaw();
    Order order = first.body().getData().getOrder();
    assertNotNull(order, "complete answered " + first.body().getType());
    assertNotNull(first.idempotencyKey());
    assertEquals(2, order.getItems().size());
    assertEquals(customer.getId(), order.getCustomerId());

    Order again = store.carts().complete(cart.getId()).execute().getData().getOrder();
    assertEquals(order.getId(), again.getId(), "completing twice must not place a second order");
    Order replayed = store.carts().complete(cart.getId(), first.idempotencyKey()).execute().getData().getOrder();
    assertEquals(order.getId(), replayed.getId());

    assertEquals(order.getId(), store.orders().retrieve(order.getId()).execute().getOrder().getId());
    assertEquals(order.getId(), store.orders().retrieveByCartId(cart.getId()).execute().getOrder().getId());
    assertEquals(order.getId(), store.orders().lookup(OrderLookup.builder()
        .displayId(order.getDisplayId()).email(email).build()).execute().getOrder().getId());
    assertEquals(List.of(order.getId()), ids(store.customers().listOrders(CustomerOrderQuery.builder().build())
        .execute().getOrders()));
  }

  /** Cookie and token sessions log in, stay apart, and end with logout. */
  public void cookieAndTokenSessionsWorkAndStayApart() {
    String email = email();
    register(clients.get(), email);

    MedusaStore cookie = clients.get();
    assertEquals(email, cookie.auth().login(email, "supersecret").getEmail());
    assertEquals(email, cookie.customers().retrieve().execute().getCustomer().getEmail());

    MedusaStore jwt = clients.get();
    assertFalse(jwt.auth().loginWithToken(email, "supersecret").isEmpty());
    assertEquals(email, jwt.customers().retrieve().execute().getCustomer().getEmail());

    assertThrows(AuthenticationException.class, () -> store.customers().retrieve().execute());

    cookie.auth().logout();
    assertThrows(AuthenticationException.class, () -> cookie.customers().retrieve().execute());
    jwt.auth().logout();
    assertThrows(AuthenticationException.class, () -> jwt.customers().retrieve().execute());
  }

  /** The server's failures arrive as the typed exceptions. */
  public void serverErrorsMapToTypedExceptions() {
    assertThrows(NotFoundException.class, () -> store.carts().retrieve("cart_01DOESNOTEXIST000000000000").execute());
    assertThrows(AuthenticationException.class, () -> store.auth().login("nobody@example.com", "wrong"));
    String email = email();
    register(store, email);
    UnprocessableException duplicate = assertThrows(UnprocessableException.class, () -> register(clients.get(), email));
    assertEquals("duplicate_error", duplicate.getType());
    Region region = store.regions().list().execute().getRegions().get(0);
    Cart cart = store.carts().create(new StorePostCartReq().regionId(region.getId())).execute().getCart();
    InvalidRequestException unknownVariant = assertThrows(InvalidRequestException.class, () -> store.carts()
        .addLineItem(cart.getId(), new StorePostCartsCartLineItemsReq().variantId("variant_nope").quantity(1))
        .execute());
    assertNotNull(unknownVariant.getServerMessage());
    assertNull(store.carts().retrieve(cart.getId()).execute().getCart().getCompletedAt());
  }

  private static List<String> ids(List<Order> orders) {
    List<String> out = new ArrayList<>();
    for (Order o : orders) {
      out.add(o.getId());
    }
    return out;
  }
}
