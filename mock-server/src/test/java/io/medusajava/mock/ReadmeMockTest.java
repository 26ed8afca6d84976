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
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.PaymentSessionSetParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.ShippingMethodAddParams;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.PasswordResetParams;
import io.medusajava.model.PasswordTokenParams;
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

    Region region = store.regions().list().execute().items().get(0);
    PricedProduct product = store.products().list(ProductListParams.builder().regionId(region.getId()).build())
        .execute().items().get(0);
    Cart cart = store.carts().create(CartCreateParams.builder().regionId(region.getId()).build()).execute();
    store.carts().addLineItem(cart.getId(), LineItemCreateParams.builder()
        .variantId(product.getVariants().get(0).getId()).quantity(1).build()).execute();
    store.carts().update(cart.getId(), CartUpdateParams.builder().email("reader@example.com").build()).execute();
    String option = store.shippingOptions().listForCart(cart.getId()).execute().get(0).getId();
    store.carts().addShippingMethod(cart.getId(), ShippingMethodAddParams.builder().optionId(option).build())
        .execute();
    store.carts().createPaymentSessions(cart.getId()).execute();
    store.carts().setPaymentSession(cart.getId(), PaymentSessionSetParams.builder().providerId("manual").build())
        .execute();

    Order order = store.carts().complete(cart.getId()).execute().getOrder();
    assertNotNull(order);
    assertEquals(order.getId(), server.state().orders().byCart(cart.getId()).id);
    assertEquals(order.getId(), store.carts().complete(cart.getId()).execute().getOrder().getId());
  }

  @Test
  void resetsWithTheMailedToken(MedusaMockServer server, EventOutbox events) {
    // mock-server/README.md: Events
    MedusaStore store = MedusaStore.builder().baseUrl(server.baseUrl()).build();
    store.customers().generatePasswordToken(PasswordTokenParams.builder()
        .email("alex.rivera@example.com").build()).execute();
    String token = events.awaitEvent("customer.password_reset", Duration.ofSeconds(2)).string("token");
    store.customers().resetPassword(PasswordResetParams.builder()
        .email("alex.rivera@example.com").token(token).password("n3w-password").build()).execute();

    assertEquals("alex.rivera@example.com", server.state().customers().authenticate("alex.rivera@example.com",
        "n3w-password").email);
  }
}
