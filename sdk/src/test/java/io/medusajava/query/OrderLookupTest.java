package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.api.OrdersApi;
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

  private String send(OrderLookup q) throws Exception {
    return wire.send(wire.api(OrdersApi.class).lookupOrder(
        q.getDisplayId(), q.getFields(), q.getExpand(), q.getEmail(), q.getShippingPostalCode()), BODY);
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    OrderLookup lookup = OrderLookup.builder()
        .displayId(1001)
        .fields("id", "status")
        .expand("items", "shipping_address")
        .email("jane@example.com")
        .shippingPostalCode("10115")
        .build();

    assertEquals("display_id=1001&fields=id,status&expand=items,shipping_address&email=jane@example.com"
        + "&shipping_address[postal_code]=10115", send(lookup));
  }

  @Test
  void requiredFieldsAloneAreEnough() throws Exception {
    OrderLookup lookup = OrderLookup.builder().displayId(7).email("jane@example.com").build();

    assertEquals("display_id=7&email=jane@example.com", send(lookup));
  }

  @Test
  void missingDisplayIdIsRejected() {
    OrderLookup.Builder builder = OrderLookup.builder().email("jane@example.com");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("display_id is required", e.getMessage());
  }

  @Test
  void zeroDisplayIdIsRejected() {
    OrderLookup.Builder builder = OrderLookup.builder().displayId(0).email("jane@example.com");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("display_id must be at least 1, was 0", e.getMessage());
  }

  @Test
  void missingEmailIsRejected() {
    OrderLookup.Builder builder = OrderLookup.builder().displayId(1001);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("email is required", e.getMessage());
  }

  @Test
  void blankEmailIsRejected() {
    OrderLookup.Builder builder = OrderLookup.builder().displayId(1001).email(" ");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("email must not be blank", e.getMessage());
  }

  @Test
  void newBuilderKeepsTheRequiredFields() {
    OrderLookup lookup = OrderLookup.builder().displayId(1001).email("jane@example.com").build();

    assertEquals(
        "OrderLookup{display_id=1001, email=jane@example.com, shipping_address[postal_code]=10115}",
        lookup.newBuilder().shippingPostalCode("10115").build().toString());
  }
}
