package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.CartsResource;
import io.medusajava.MedusaResponse;
import io.medusajava.model.AddressParams;
import io.medusajava.model.Cart;
import io.medusajava.model.CartCompleteParams;
import io.medusajava.model.CartCompletion;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.DiscountDeleteParams;
import io.medusajava.model.LineItem;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.LineItemDeleteParams;
import io.medusajava.model.LineItemUpdateParams;
import io.medusajava.model.Order;
import io.medusajava.model.PaymentSessionDeleteParams;
import io.medusajava.model.PaymentSessionRefreshParams;
import io.medusajava.model.PaymentSessionSetParams;
import io.medusajava.model.PaymentSessionUpdateParams;
import io.medusajava.model.PaymentSessionsCreateParams;
import io.medusajava.model.ShippingMethodAddParams;
import io.medusajava.model.StoreCartsRes;
import io.medusajava.model.TaxesCalculateParams;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The carts resource on the wire; request bodies are the ones a real Medusa 1.20.11 accepted in the
 * transcripts.
 */
class CartWireTest extends WireTest {
  private static final String CART = "cart_01M8K2NH4K4HHZ62CWS1JZ0V47";
  private static final String REGION = "reg_01M8K2MGS712QAJH0WQXSFJWD7";
  private static final String VARIANT = "variant_01M8K2MHEPTD36SW2P2RKMKP14";

  @Test
  void createPostsRegionAndDecodesEmptyCart() throws Exception {
    captured("11-");
    Cart cart = store.carts().create(CartCreateParams.builder().regionId(REGION).build()).execute();

    RecordedRequest request = taken();
    assertLine("POST /store/carts", request);
    assertJsonBody("{\"region_id\":\"" + REGION + "\"}", request);
    assertEquals(CART, cart.getId());
    assertEquals(REGION, cart.getRegion().getId());
    assertEquals("usd", cart.getRegion().getCurrencyCode());
    assertEquals(0, cart.getTotal());
    assertTrue(cart.getItems().isEmpty());
  }

  @Test
  void retrieveGetsCartWithItemsAndTotals() throws Exception {
    captured("13-");
    Cart cart = store.carts().retrieve(CART).execute();

    RecordedRequest request = taken();
    assertLine("GET /store/carts/" + CART, request);
    assertEquals(0, request.getBodySize());
    assertEquals(4400, cart.getSubtotal());
    assertEquals(4400, cart.getTotal());
    LineItem item = cart.getItems().get(0);
    assertEquals("item_01M8K2NHBQ3VCPXHY4XCY1NT4R", item.getId());
    assertEquals(VARIANT, item.getVariantId());
    assertEquals(2, item.getQuantity());
    assertEquals(2200, item.getUnitPrice());
  }

  @Test
  void createLineItemPostsVariantAndQuantity() throws Exception {
    captured("12-");
    Cart cart =
        store
            .carts()
            .addLineItem(
                CART, LineItemCreateParams.builder().variantId(VARIANT).quantity(2).build())
            .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART + "/line-items", request);
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    assertTrue(request.getBody().readUtf8().contains("\"variant_id\":\"" + VARIANT + "\""));
    assertEquals(1, cart.getItems().size());
    assertEquals(4400, cart.getTotal());
  }

  @Test
  void createLineItemSendsQuantityAsInteger() throws Exception {
    captured("12-");
    store
        .carts()
        .addLineItem(CART, LineItemCreateParams.builder().variantId(VARIANT).quantity(2).build())
        .execute();

    assertJsonBody("{\"variant_id\":\"" + VARIANT + "\",\"quantity\":2}", taken());
  }

  @Test
  void updateLineItemSendsQuantityAsInteger() throws Exception {
    captured("12-");
    store
        .carts()
        .updateLineItem(
            CART,
            LineItemUpdateParams.builder()
                .lineItemId("item_01M8K2NHBQ3VCPXHY4XCY1NT4R")
                .quantity(3)
                .build())
        .execute();

    assertJsonBody("{\"quantity\":3}", taken());
  }

  @Test
  void updateLineItemPathCarriesCartAndLineIds() throws Exception {
    captured("12-");
    store
        .carts()
        .updateLineItem(
            CART,
            LineItemUpdateParams.builder()
                .lineItemId("item_01M8K2NHBQ3VCPXHY4XCY1NT4R")
                .quantity(3)
                .build())
        .execute();

    RecordedRequest request = taken();
    assertLine(
        "POST /store/carts/" + CART + "/line-items/item_01M8K2NHBQ3VCPXHY4XCY1NT4R", request);
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
  }

  @Test
  void updateSendsEmailAndBothAddressesAsObjects() throws Exception {
    captured("21-");
    AddressParams address =
        AddressParams.builder()
            .firstName("Jane")
            .lastName("Doe")
            .address1("1 Main Street")
            .address2("")
            .city("Springfield")
            .countryCode("us")
            .province("IL")
            .postalCode("62701")
            .phone("+1 555 0100")
            .company("")
            .build();
    Cart cart =
        store
            .carts()
            .update(
                CART,
                CartUpdateParams.builder()
                    .email("jane.1795936667@example.com")
                    .shippingAddress(address)
                    .billingAddress(address)
                    .build())
            .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART, request);
    String addressJson =
        "{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"address_1\":\"1 Main Street\","
            + "\"address_2\":\"\",\"city\":\"Springfield\",\"country_code\":\"us\",\"province\":\"IL\","
            + "\"postal_code\":\"62701\",\"phone\":\"+1 555 0100\",\"company\":\"\"}";
    assertJsonBody(
        "{\"email\":\"jane.1795936667@example.com\",\"shipping_address\":"
            + addressJson
            + ",\"billing_address\":"
            + addressJson
            + "}",
        request);
    assertEquals("jane.1795936667@example.com", cart.getEmail());
    assertEquals("Springfield", cart.getShippingAddress().getCity());
    assertEquals("cus_01M8K2NHN3CQH1FXFSZPBZC78Q", cart.getCustomerId());
  }

  @Test
  void updateSendsSavedAddressIdAsString() throws Exception {
    captured("21-");
    store
        .carts()
        .update(CART, CartUpdateParams.builder().shippingAddress("addr_01ABC").build())
        .execute();

    assertJsonBody("{\"shipping_address\":\"addr_01ABC\"}", taken());
  }

  @Test
  void addShippingMethodPostsOptionId() throws Exception {
    captured("23-");
    Cart cart =
        store
            .carts()
            .addShippingMethod(
                CART,
                ShippingMethodAddParams.builder().optionId("so_01M8K2MGZR6Y3RE4TH8PDBA1AJ").build())
            .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART + "/shipping-methods", request);
    assertJsonBody("{\"option_id\":\"so_01M8K2MGZR6Y3RE4TH8PDBA1AJ\"}", request);
    assertEquals(800, cart.getShippingTotal());
    assertEquals(5200, cart.getTotal());
    assertEquals(
        "so_01M8K2MGZR6Y3RE4TH8PDBA1AJ", cart.getShippingMethods().get(0).getShippingOptionId());
  }

  @Test
  void createPaymentSessionsSendsIdempotencyKeyAndNoBody() throws Exception {
    server.enqueue(
        capturedResponse("24-")
            .setHeader("Idempotency-Key", "d17be0b2-87c7-414d-9f69-f0f6bbc85607"));
    MedusaResponse<Cart> response =
        store
            .carts()
            .createPaymentSessions(
                CART, PaymentSessionsCreateParams.builder().idempotencyKey("ps-key-1").build())
            .executeRaw();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART + "/payment-sessions", request);
    assertEquals("ps-key-1", request.getHeader("Idempotency-Key"));
    assertNoBody(request);
    assertEquals("d17be0b2-87c7-414d-9f69-f0f6bbc85607", response.headers().get("Idempotency-Key"));
    assertEquals(1, response.body().getPaymentSessions().size());
    assertEquals(CART, response.envelope(StoreCartsRes.class).getCart().getId());
  }

  @Test
  void setPaymentSessionPostsProviderId() throws Exception {
    captured("25-");
    Cart cart =
        store
            .carts()
            .setPaymentSession(CART, PaymentSessionSetParams.builder().providerId("manual").build())
            .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART + "/payment-session", request);
    assertJsonBody("{\"provider_id\":\"manual\"}", request);
    assertEquals(CART, cart.getId());
    assertEquals(5200, cart.getTotal());
  }

  @Test
  void calculateTaxesSendsIdempotencyKey() throws Exception {
    captured("25-");
    Cart cart =
        store
            .carts()
            .calculateTaxes(
                CART, TaxesCalculateParams.builder().idempotencyKey("tax-key-7").build())
            .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART + "/taxes", request);
    assertEquals("tax-key-7", request.getHeader("Idempotency-Key"));
    assertNoBody(request);
    assertEquals(0, cart.getTaxTotal());
  }

  @Test
  void completeSendsIdempotencyKeyAndExposesServerKey() throws Exception {
    server.enqueue(
        capturedResponse("39-")
            .setHeader("Idempotency-Key", "6c979f8e-160c-4176-8554-d7f7d09fc38d"));
    MedusaResponse<CartCompletion> response =
        store
            .carts()
            .complete(
                "cart_01M8K2NKCJWBVVR8ZBQV68YT8P",
                CartCompleteParams.builder()
                    .idempotencyKey("client-7805f5c2-ea88-4071-b3a5-d77c2e1ca292")
                    .build())
            .executeRaw();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/cart_01M8K2NKCJWBVVR8ZBQV68YT8P/complete", request);
    assertEquals(
        "client-7805f5c2-ea88-4071-b3a5-d77c2e1ca292", request.getHeader("Idempotency-Key"));
    assertNoBody(request);
    // Medusa answers with the key it stored; a retry must reuse that one, so callers need to see
    // it.
    assertEquals("6c979f8e-160c-4176-8554-d7f7d09fc38d", response.headers().get("Idempotency-Key"));
    assertEquals(CartCompletion.TypeEnum.ORDER, response.body().getType());
    Order order = response.body().getOrder();
    assertEquals("order_01M8K2NM63NBGTHVNJ0NSGACZ2", order.getId());
    assertEquals(2, order.getDisplayId());
    assertEquals(3688, order.getTotal());
  }

  @Test
  void completeWithoutKeySendsAKeyOfTheClientsOwn() throws Exception {
    captured("26-");
    CartCompletion res = store.carts().complete(CART).execute();

    RecordedRequest request = taken();
    // Without a key from the caller, the SDK sends one of its own so that a retry cannot complete
    // twice.
    assertTrue(
        request.getHeader("Idempotency-Key").matches("[0-9a-f-]{36}"),
        request.getHeader("Idempotency-Key"));
    assertEquals("order_01M8K2NJWF5PPBT49C12FCNKMC", res.getOrder().getId());
  }

  @Test
  void deleteLineItemUsesDeleteOnItemPath() throws Exception {
    captured("11-");
    Cart cart =
        store
            .carts()
            .deleteLineItem(
                CART,
                LineItemDeleteParams.builder()
                    .lineItemId("item_01M8K2NHBQ3VCPXHY4XCY1NT4R")
                    .build())
            .execute();

    assertLine(
        "DELETE /store/carts/" + CART + "/line-items/item_01M8K2NHBQ3VCPXHY4XCY1NT4R", taken());
    assertTrue(cart.getItems().isEmpty());
  }

  @Test
  void deleteDiscountEscapesCodeInPath() throws Exception {
    captured("13-");
    store
        .carts()
        .deleteDiscount(CART, DiscountDeleteParams.builder().code("SUMMER 10/OFF").build())
        .execute();

    assertLine("DELETE /store/carts/" + CART + "/discounts/SUMMER%2010%2FOFF", taken());
  }

  @Test
  void paymentSessionPathsCarryProviderId() throws Exception {
    captured("25-");
    captured("25-");
    captured("25-");
    CartsResource carts = store.carts();
    carts
        .updatePaymentSession(
            CART,
            PaymentSessionUpdateParams.builder()
                .providerId("manual")
                .data(Map.of("note", "paid at counter"))
                .build())
        .execute();
    carts
        .refreshPaymentSession(
            CART, PaymentSessionRefreshParams.builder().providerId("manual").build())
        .execute();
    carts
        .deletePaymentSession(
            CART, PaymentSessionDeleteParams.builder().providerId("manual").build())
        .execute();

    RecordedRequest update = taken();
    assertLine("POST /store/carts/" + CART + "/payment-sessions/manual", update);
    assertJsonBody("{\"data\":{\"note\":\"paid at counter\"}}", update);
    RecordedRequest refresh = taken();
    assertLine("POST /store/carts/" + CART + "/payment-sessions/manual/refresh", refresh);
    assertNoBody(refresh);
    assertLine("DELETE /store/carts/" + CART + "/payment-sessions/manual", taken());
  }
}
