package io.medusajava.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.medusajava.model.AddressParams;
import io.medusajava.model.CartCompletion;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.FulfillmentStatus;
import io.medusajava.model.Order;
import io.medusajava.model.OrderStatus;
import io.medusajava.testing.Transcripts;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The Moshi configuration: open enums, timestamps, oneOf wrappers, and requests without nulls. */
class MedusaJsonTest {
  private final Moshi moshi = MedusaJson.moshi();

  @Test
  void anEnumValueANewerServerAddsDecodesToUnknownAndTheRestSurvives() throws Exception {
    String json =
        Transcripts.get("26-").body().replace("\"status\":\"pending\"", "\"status\":\"on_hold\"");

    Order order = moshi.adapter(CartCompletion.class).fromJson(json).getOrder();
    assertEquals(OrderStatus.UNKNOWN, order.getStatus());
    assertEquals(FulfillmentStatus.NOT_FULFILLED, order.getFulfillmentStatus());
    assertEquals("order_01M8K2NJWF5PPBT49C12FCNKMC", order.getId());
  }

  @Test
  void aRequiredValueSentAsNullIsReportedWhenReadNotReturned() throws Exception {
    Order order = moshi.adapter(Order.class).fromJson("{\"id\":\"order_1\",\"status\":null}");
    IllegalStateException e = assertThrows(IllegalStateException.class, order::getStatus);
    assertTrue(e.getMessage().startsWith("Order.status is not in this answer"), e.getMessage());
    assertNull(order.getCart(), "a nullable relation left out reads as null");
  }

  @Test
  void timestampsKeepMillisecondsAndOffset() throws Exception {
    Order order =
        moshi.adapter(Order.class).fromJson("{\"created_at\":\"2026-11-29T07:17:48.451+02:00\"}");
    assertEquals(
        OffsetDateTime.of(2026, 11, 29, 7, 17, 48, 451_000_000, ZoneOffset.ofHours(2)),
        order.getCreatedAt());
    assertTrue(
        moshi
            .adapter(Order.class)
            .toJson(order)
            .contains("\"created_at\":\"2026-11-29T07:17:48.451+02:00\""));
  }

  @Test
  void aBadTimestampNamesItsPath() {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () -> moshi.adapter(Order.class).fromJson("{\"created_at\":\"yesterday\"}"));
    assertEquals(
        "Expected an ISO-8601 timestamp but was yesterday at path $.created_at", e.getMessage());
  }

  @Test
  void completeCartDataIsPickedByItsObjectName() throws Exception {
    String cart = Transcripts.get("13-").body();
    String data = cart.substring(cart.indexOf(':') + 1, cart.length() - 1);

    CartCompletion res =
        moshi.adapter(CartCompletion.class).fromJson("{\"type\":\"cart\",\"data\":" + data + "}");
    assertNotNull(res.getCart());
    assertNull(res.getOrder());
    assertEquals("cart_01M8K2NH4K4HHZ62CWS1JZ0V47", res.getCart().getId());
  }

  @Test
  void anAddressIdIsSentAsAString() {
    String json =
        moshi
            .adapter(CartUpdateParams.class)
            .toJson(CartUpdateParams.builder().shippingAddress("addr_01").build());
    assertEquals("{\"shipping_address\":\"addr_01\"}", json);
  }

  @Test
  void aFullAddressIsSentAsAnObject() {
    String json =
        moshi
            .adapter(CartUpdateParams.class)
            .toJson(
                CartUpdateParams.builder()
                    .billingAddress(
                        AddressParams.builder().city("Springfield").countryCode("us").build())
                    .build());
    assertEquals("{\"billing_address\":{\"city\":\"Springfield\",\"country_code\":\"us\"}}", json);
  }

  @Test
  void aOneOfWithNoMatchingVariantNamesThePath() {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () -> moshi.adapter(CartCompletion.class).fromJson("{\"type\":\"order\",\"data\":42}"));
    assertEquals(
        "Expected one of [Cart, Order, Swap] but was Double at path $.data", e.getMessage());
  }

  @Test
  void paramsSendOnlyTheirBodyFields() {
    assertEquals(
        "{\"quantity\":2}",
        moshi
            .adapter(io.medusajava.model.LineItemUpdateParams.class)
            .toJson(
                io.medusajava.model.LineItemUpdateParams.builder()
                    .lineItemId("item_1")
                    .quantity(2)
                    .build()));
  }

  @Test
  void fieldsLeftUnsetOrSetToNullAreNotSent() {
    assertEquals(
        "{}",
        moshi
            .adapter(CartCreateParams.class)
            .toJson(CartCreateParams.builder().regionId(null).build()));
    assertEquals(
        "{\"region_id\":\"reg_1\"}",
        moshi
            .adapter(CartCreateParams.class)
            .toJson(CartCreateParams.builder().regionId("reg_1").countryCode(null).build()));
  }
}
