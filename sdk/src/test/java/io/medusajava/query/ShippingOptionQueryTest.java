package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.ShippingOptionListParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShippingOptionQueryTest {
  private QueryWire wire;

  @BeforeEach
  void start() throws Exception {
    wire = new QueryWire();
  }

  @AfterEach
  void stop() throws Exception {
    wire.close();
  }

  private String send(ShippingOptionListParams q) throws Exception {
    return wire.send(s -> s.shippingOptions().list(q), "{\"shipping_options\":[]}");
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    ShippingOptionListParams query =
        ShippingOptionListParams.builder()
            .isReturn(false)
            .productIds("prod_1", "prod_2")
            .regionId("reg_1")
            .build();

    assertEquals("is_return=false&product_ids=prod_1,prod_2&region_id=reg_1", send(query));
  }

  @Test
  void blankProductIdIsRejected() {
    ShippingOptionListParams.Builder builder = ShippingOptionListParams.builder().productIds("");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("product_ids must not contain a blank value (index 0)", e.getMessage());
  }

  @Test
  void equalQueriesAreEqual() {
    assertEquals(
        ShippingOptionListParams.builder().regionId("reg_1").build(),
        ShippingOptionListParams.builder().regionId("reg_1").build());
  }
}
