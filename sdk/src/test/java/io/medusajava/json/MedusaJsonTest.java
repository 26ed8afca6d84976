package io.medusajava.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.medusajava.model.AddressOrId;
import io.medusajava.model.AddressPayload;
import io.medusajava.model.Order;
import io.medusajava.model.StoreCompleteCartRes;
import io.medusajava.model.StorePostCartReq;
import io.medusajava.model.StorePostCartsCartReq;
import io.medusajava.testing.Transcripts;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The Moshi configuration: open enums, timestamps, oneOf wrappers, and requests without nulls. */
class MedusaJsonTest {
  private final Moshi moshi = MedusaJson.moshi();

  @Test
  void anEnumValueANewerServerAddsDecodesToUnknownAndTheRestSurvives() throws Exception {
    String json = Transcripts.get("26-").body().replace("\"status\":\"pending\"", "\"status\":\"on_hold\"");

    Order order = moshi.adapter(StoreCompleteCartRes.class).fromJson(json).getData().getOrder();
    assertEquals(Order.StatusEnum.UNKNOWN, order.getStatus());
    assertEquals(Order.FulfillmentStatusEnum.NOT_FULFILLED, order.getFulfillmentStatus());
    assertEquals("order_01M8K2NJWF5PPBT49C12FCNKMC", order.getId());
  }

  @Test
  void aNullEnumStaysNull() throws Exception {
    Order order = moshi.adapter(Order.class).fromJson("{\"id\":\"order_1\",\"status\":null}");
    assertNull(order.getStatus());
  }

  @Test
  void timestampsKeepMillisecondsAndOffset() throws Exception {
    Order order = moshi.adapter(Order.class).fromJson("{\"created_at\":\"2026-11-29T07:17:48.451+02:00\"}");
    assertEquals(OffsetDateTime.of(2026, 11, 29, 7, 17, 48, 451_000_000, ZoneOffset.ofHours(2)), order.getCreatedAt());
    assertTrue(moshi.adapter(Order.class).toJson(order).contains("\"created_at\":\"2026-11-29T07:17:48.451+02:00\""));
  }

  @Test
  void aBadTimestampNamesItsPath() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> moshi.adapter(Order.class).fromJson("{\"created_at\":\"yesterday\"}"));
    assertEquals("Expected an ISO-8601 timestamp but was yesterday at path $.created_at", e.getMessage());
  }

  @Test
  void completeCartDataIsPickedByItsObjectName() throws Exception {
    String cart = Transcripts.get("13-").body();
    String data = cart.substring(cart.indexOf(':') + 1, cart.length() - 1);

    StoreCompleteCartRes res = moshi.adapter(StoreCompleteCartRes.class)
        .fromJson("{\"type\":\"cart\",\"data\":" + data + "}");
    assertNotNull(res.getData().getCart());
    assertNull(res.getData().getOrder());
    assertEquals("cart_01M8K2NH4K4HHZ62CWS1JZ0V47", res.getData().getCart().getId());
  }

  @Test
  void anAddressIdIsSentAsAString() {
    String json = moshi.adapter(StorePostCartsCartReq.class)
        .toJson(new StorePostCartsCartReq().shippingAddress(AddressOrId.of("addr_01")));
    assertEquals("{\"shipping_address\":\"addr_01\"}", json);
  }

  @Test
  void aFullAddressIsSentAsAnObject() {
    String json = moshi.adapter(StorePostCartsCartReq.class).toJson(new StorePostCartsCartReq()
        .billingAddress(AddressOrId.of(new AddressPayload().city("Springfield").countryCode("us"))));
    assertEquals("{\"billing_address\":{\"city\":\"Springfield\",\"country_code\":\"us\"}}", json);
  }

  @Test
  void anAddressOrIdDecodesByItsJsonKind() throws Exception {
    StorePostCartsCartReq req = moshi.adapter(StorePostCartsCartReq.class)
        .fromJson("{\"shipping_address\":\"addr_01\",\"billing_address\":{\"city\":\"Springfield\"}}");
    assertEquals("addr_01", req.getShippingAddress().getString());
    assertEquals("Springfield", req.getBillingAddress().getAddressPayload().getCity());
  }

  @Test
  void aOneOfWithNoMatchingVariantNamesThePath() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> moshi.adapter(StorePostCartsCartReq.class).fromJson("{\"shipping_address\":42}"));
    assertEquals("Expected one of [AddressPayload, String] but was Double at path $.shipping_address",
        e.getMessage());
  }

  @Test
  void fieldsLeftUnsetOrSetToNullAreNotSent() {
    assertEquals("{}", moshi.adapter(StorePostCartReq.class).toJson(new StorePostCartReq().regionId(null)));
    assertEquals("{\"region_id\":\"reg_1\"}",
        moshi.adapter(StorePostCartReq.class).toJson(new StorePostCartReq().regionId("reg_1").countryCode(null)));
  }
}
