package io.medusajava.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.medusajava.MedusaStore;
import io.medusajava.mock.domain.events.EventOutbox;
import io.medusajava.mock.http.FaultKind;
import io.medusajava.mock.junit.MedusaMockTest;
import io.medusajava.model.Cart;
import io.medusajava.model.Order;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.Region;
import io.medusajava.model.StorePostCartReq;
import io.medusajava.model.StorePostCartsCartLineItemsReq;
import io.medusajava.model.StorePostCartsCartPaymentSessionReq;
import io.medusajava.model.StorePostCartsCartReq;
import io.medusajava.model.StorePostCartsCartShippingMethodReq;
import io.medusajava.model.StorePostCustomersCustomerPasswordTokenReq;
import io.medusajava.model.StorePostCustomersResetPasswordReq;
import io.medusajava.query.ProductQuery;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The READMEs' mock-server snippets, compiled and run: a dropped complete still yields exactly one order, and a
 * forgotten password is reset with the token read from the event outbox.
 */
@MedusaMockTest
class ReadmeMockTest {
  @Test
  void aLostResponseStillPlacesOneOrder(MedusaMockServer server) {
    // README: The mock server in JUnit 5 tests
    server.faults().fault("POST", "/store/carts/{id}/complete", FaultKind.DROP_AFTER_PROCESSING, 1);
    MedusaStore store = MedusaStore.builder().baseUrl(server.baseUrl()).build();

    Region region = store.regions().list().execute().getRegions().get(0);
    PricedProduct product = store.products().list(ProductQuery.builder().regionId(region.getId()).build())
        .execute().getProducts().get(0);
    Cart cart = store.carts().create(new StorePostCartReq().regionId(region.getId())).execute().getCart();
    store.carts().addLineItem(cart.getId(), new StorePostCartsCartLineItemsReq()
        .variantId(product.getVariants().get(0).getId()).quantity(1)).execute();
    store.carts().update(cart.getId(), new StorePostCartsCartReq().email("reader@example.com")).execute();
    String option = store.shippingOptions().listForCart(cart.getId()).execute().getShippingOptions().get(0).getId();
    store.carts().addShippingMethod(cart.getId(), new StorePostCartsCartShippingMethodReq().optionId(option))
        .execute();
    store.carts().createPaymentSessions(cart.getId()).execute();
    store.carts().setPaymentSession(cart.getId(), new StorePostCartsCartPaymentSessionReq().providerId("manual"))
        .execute();

    Order order = store.carts().complete(cart.getId()).execute().getData().getOrder();
    assertNotNull(order);
    assertEquals(order.getId(), server.state().orders().byCart(cart.getId()).id);
    assertEquals(order.getId(), store.carts().complete(cart.getId()).execute().getData().getOrder().getId());
  }

  @Test
  void resetsWithTheMailedToken(MedusaMockServer server, EventOutbox events) {
    // mock-server/README.md: Events
    MedusaStore store = MedusaStore.builder().baseUrl(server.baseUrl()).build();
    store.customers().generatePasswordToken(new StorePostCustomersCustomerPasswordTokenReq()
        .email("alex.rivera@example.com")).execute();
    String token = events.awaitEvent("customer.password_reset", Duration.ofSeconds(2)).string("token");
    store.customers().resetPassword(new StorePostCustomersResetPasswordReq()
        .email("alex.rivera@example.com").token(token).password("n3w-password")).execute();

    assertEquals("alex.rivera@example.com", server.state().customers().authenticate("alex.rivera@example.com",
        "n3w-password").email);
  }
}
