package io.medusajava.mock.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.MedusaStore;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.http.FaultKind;
import io.medusajava.mock.junit.MedusaMockTest;
import io.medusajava.model.Cart;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.Order;
import io.medusajava.model.PaymentSessionSetParams;
import io.medusajava.model.PricedVariant;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.Region;
import io.medusajava.model.ShippingMethodAddParams;
import org.junit.jupiter.api.Test;

@MedusaMockTest
class CheckoutTest {
  @Test
  void aLostResponseStillPlacesOneOrder(MedusaMockServer server) {
    // The mock places the order, then drops the connection: the SDK's retry must get that same order.
    server.faults().fault("POST", "/store/carts/{id}/complete", FaultKind.DROP_AFTER_PROCESSING, 1);
    try (MedusaStore store = MedusaStore.builder().baseUrl(server.baseUrl()).build()) {
      Region region = store.regions().list().execute().items().get(0);
      PricedVariant variant = store.products()
          .list(ProductListParams.builder().regionId(region.getId()).build())
          .execute().items().get(0).getVariants().get(0);
      Cart cart = store.carts().create(CartCreateParams.builder().regionId(region.getId()).build()).execute();
      store.carts().addLineItem(cart.getId(),
          LineItemCreateParams.builder().variantId(variant.getId()).quantity(1).build()).execute();
      store.carts().update(cart.getId(), CartUpdateParams.builder().email("reader@example.com").build()).execute();
      String option = store.shippingOptions().listForCart(cart.getId()).execute().get(0).getId();
      store.carts().addShippingMethod(cart.getId(),
          ShippingMethodAddParams.builder().optionId(option).build()).execute();
      store.carts().createPaymentSessions(cart.getId()).execute();
      store.carts().setPaymentSession(cart.getId(),
          PaymentSessionSetParams.builder().providerId("manual").build()).execute();

      Order order = store.carts().complete(cart.getId()).execute().getOrder();

      assertEquals(order.getId(), server.state().orders().byCart(cart.getId()).id);   // one order, the one returned
    }
  }
}
