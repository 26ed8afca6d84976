package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.api.ShippingOptionsApi;
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

  private String send(ShippingOptionQuery q) throws Exception {
    return wire.send(wire.api(ShippingOptionsApi.class).list(q.getIsReturn(), q.getProductIds(), q.getRegionId()),
        "{\"shipping_options\":[]}");
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    ShippingOptionQuery query = ShippingOptionQuery.builder()
        .isReturn(false)
        .productIds("prod_1", "prod_2")
        .regionId("reg_1")
        .build();

    assertEquals("is_return=false&product_ids=prod_1,prod_2&region_id=reg_1", send(query));
  }

  @Test
  void blankProductIdIsRejected() {
    ShippingOptionQuery.Builder builder = ShippingOptionQuery.builder().productIds("");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("product_ids must not contain a blank value (index 0)", e.getMessage());
  }

  @Test
  void equalQueriesAreEqual() {
    assertEquals(ShippingOptionQuery.builder().regionId("reg_1").build(),
        ShippingOptionQuery.builder().regionId("reg_1").build());
  }
}
