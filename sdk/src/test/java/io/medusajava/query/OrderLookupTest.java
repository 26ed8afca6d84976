package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.OrderLookupParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderLookupTest {
  private static final String BODY =
      "{\"order\":{\"id\":\"order_1\",\"object\":\"order\",\"display_id\":1001,\"email\":\"jane@example.com\"}}";

  private QueryWire wire;

  @BeforeEach
  void start() throws Exception {
    wire = new QueryWire();
  }

  @AfterEach
  void stop() throws Exception {
    wire.close();
  }

  private String send(OrderLookupParams q) throws Exception {
    return wire.send(s -> s.orders().lookup(q), BODY);
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    OrderLookupParams lookup =
        OrderLookupParams.builder()
            .displayId(1001)
            .fields("id", "status")
            .expand("items", "shipping_address")
            .email("jane@example.com")
            .shippingPostalCode("10115")
            .build();

    assertEquals(
        "display_id=1001&fields=id,status&expand=items,shipping_address&email=jane@example.com"
            + "&shipping_address[postal_code]=10115",
        send(lookup));
  }

  @Test
  void requiredFieldsAloneAreEnough() throws Exception {
    OrderLookupParams lookup =
        OrderLookupParams.builder().displayId(7).email("jane@example.com").build();

    assertEquals("display_id=7&email=jane@example.com", send(lookup));
  }

  @Test
  void missingDisplayIdIsRejected() {
    OrderLookupParams.Builder builder = OrderLookupParams.builder().email("jane@example.com");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("display_id is required", e.getMessage());
  }

  @Test
  void zeroDisplayIdIsRejected() {
    OrderLookupParams.Builder builder =
        OrderLookupParams.builder().displayId(0).email("jane@example.com");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("display_id must be at least 1, was 0", e.getMessage());
  }

  @Test
  void missingEmailIsRejected() {
    OrderLookupParams.Builder builder = OrderLookupParams.builder().displayId(1001);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("email is required", e.getMessage());
  }

  @Test
  void blankEmailIsRejected() {
    OrderLookupParams.Builder builder = OrderLookupParams.builder().displayId(1001).email(" ");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("email must not be blank", e.getMessage());
  }

  @Test
  void toBuilderKeepsTheRequiredFields() {
    OrderLookupParams lookup =
        OrderLookupParams.builder().displayId(1001).email("jane@example.com").build();

    assertEquals(
        "OrderLookupParams{display_id=1001, email=jane@example.com, shipping_address[postal_code]=10115}",
        lookup.toBuilder().shippingPostalCode("10115").build().toString());
  }
}
