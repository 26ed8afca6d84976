package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.model.AddressPayload;
import io.medusajava.model.Cart;
import io.medusajava.model.LineItem;
import io.medusajava.model.Order;
import io.medusajava.model.StoreCartsRes;
import io.medusajava.model.StoreCompleteCartRes;
import io.medusajava.model.StorePostCartReq;
import io.medusajava.model.StorePostCartsCartLineItemsItemReq;
import io.medusajava.model.StorePostCartsCartLineItemsReq;
import io.medusajava.model.StorePostCartsCartPaymentSessionReq;
import io.medusajava.model.StorePostCartsCartPaymentSessionUpdateReq;
import io.medusajava.model.StorePostCartsCartReq;
import io.medusajava.model.AddressOrId;
import io.medusajava.model.StorePostCartsCartShippingMethodReq;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/** CartsApi on the wire; request bodies are the ones a real Medusa 1.20.11 accepted in the transcripts. */
class CartWireTest extends WireTest {
  private static final String CART = "cart_01M8K2NH4K4HHZ62CWS1JZ0V47";
  private static final String REGION = "reg_01M8K2MGS712QAJH0WQXSFJWD7";
  private static final String VARIANT = "variant_01M8K2MHEPTD36SW2P2RKMKP14";

  @Test
  void createPostsRegionAndDecodesEmptyCart() throws Exception {
    captured("11-");
    Cart cart = ok(api(CartsApi.class).create(new StorePostCartReq().regionId(REGION))).getCart();

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
    Cart cart = ok(api(CartsApi.class).retrieve(CART)).getCart();

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
    Cart cart = ok(api(CartsApi.class).createLineItem(CART,
        new StorePostCartsCartLineItemsReq().variantId(VARIANT).quantity(2))).getCart();

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
    ok(api(CartsApi.class).createLineItem(CART,
        new StorePostCartsCartLineItemsReq().variantId(VARIANT).quantity(2)));

    assertJsonBody("{\"variant_id\":\"" + VARIANT + "\",\"quantity\":2}", taken());
  }

  @Test
  void updateLineItemSendsQuantityAsInteger() throws Exception {
    captured("12-");
    ok(api(CartsApi.class).updateLineItem(CART, "item_01M8K2NHBQ3VCPXHY4XCY1NT4R",
        new StorePostCartsCartLineItemsItemReq().quantity(3)));

    assertJsonBody("{\"quantity\":3}", taken());
  }

  @Test
  void updateLineItemPathCarriesCartAndLineIds() throws Exception {
    captured("12-");
    ok(api(CartsApi.class).updateLineItem(CART, "item_01M8K2NHBQ3VCPXHY4XCY1NT4R",
        new StorePostCartsCartLineItemsItemReq().quantity(3)));

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART + "/line-items/item_01M8K2NHBQ3VCPXHY4XCY1NT4R", request);
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
  }

  @Test
  void updateSendsEmailAndBothAddressesAsObjects() throws Exception {
    captured("21-");
    AddressPayload address = new AddressPayload().firstName("Jane").lastName("Doe")
        .address1("1 Main Street").address2("").city("Springfield").countryCode("us").province("IL")
        .postalCode("62701").phone("+1 555 0100").company("");
    Cart cart = ok(api(CartsApi.class).update(CART, new StorePostCartsCartReq()
        .email("jane.1795936667@example.com")
        .shippingAddress(AddressOrId.of(address))
        .billingAddress(AddressOrId.of(address)))).getCart();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART, request);
    String addressJson = "{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"address_1\":\"1 Main Street\","
        + "\"address_2\":\"\",\"city\":\"Springfield\",\"country_code\":\"us\",\"province\":\"IL\","
        + "\"postal_code\":\"62701\",\"phone\":\"+1 555 0100\",\"company\":\"\"}";
    assertJsonBody("{\"email\":\"jane.1795936667@example.com\",\"shipping_address\":" + addressJson
        + ",\"billing_address\":" + addressJson + "}", request);
    assertEquals("jane.1795936667@example.com", cart.getEmail());
    assertEquals("Springfield", cart.getShippingAddress().getCity());
    assertEquals("cus_01M8K2NHN3CQH1FXFSZPBZC78Q", cart.getCustomerId());
  }

  @Test
  void updateSendsSavedAddressIdAsString() throws Exception {
    captured("21-");
    ok(api(CartsApi.class).update(CART, new StorePostCartsCartReq()
        .shippingAddress(AddressOrId.of("addr_01ABC"))));

    assertJsonBody("{\"shipping_address\":\"addr_01ABC\"}", taken());
  }

  @Test
  void addShippingMethodPostsOptionId() throws Exception {
    captured("23-");
    Cart cart = ok(api(CartsApi.class).addShippingMethod(CART,
        new StorePostCartsCartShippingMethodReq().optionId("so_01M8K2MGZR6Y3RE4TH8PDBA1AJ"))).getCart();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART + "/shipping-methods", request);
    assertJsonBody("{\"option_id\":\"so_01M8K2MGZR6Y3RE4TH8PDBA1AJ\"}", request);
    assertEquals(800, cart.getShippingTotal());
    assertEquals(5200, cart.getTotal());
    assertEquals("so_01M8K2MGZR6Y3RE4TH8PDBA1AJ", cart.getShippingMethods().get(0).getShippingOptionId());
  }

  @Test
  void createPaymentSessionsSendsIdempotencyKeyAndNoBody() throws Exception {
    server.enqueue(capturedResponse("24-").setHeader("Idempotency-Key", "d17be0b2-87c7-414d-9f69-f0f6bbc85607"));
    Response<StoreCartsRes> response = okResponse(api(CartsApi.class).createPaymentSessions(CART, "ps-key-1"));

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART + "/payment-sessions", request);
    assertEquals("ps-key-1", request.getHeader("Idempotency-Key"));
    assertNoBody(request);
    assertEquals("d17be0b2-87c7-414d-9f69-f0f6bbc85607", response.headers().get("Idempotency-Key"));
    assertEquals(1, response.body().getCart().getPaymentSessions().size());
  }

  @Test
  void setPaymentSessionPostsProviderId() throws Exception {
    captured("25-");
    Cart cart = ok(api(CartsApi.class).setPaymentSession(CART,
        new StorePostCartsCartPaymentSessionReq().providerId("manual"))).getCart();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART + "/payment-session", request);
    assertJsonBody("{\"provider_id\":\"manual\"}", request);
    assertEquals(CART, cart.getId());
    assertEquals(5200, cart.getTotal());
  }

  @Test
  void calculateTaxesSendsIdempotencyKey() throws Exception {
    captured("25-");
    Cart cart = ok(api(CartsApi.class).calculateTaxes(CART, "tax-key-7")).getCart();

    RecordedRequest request = taken();
    assertLine("POST /store/carts/" + CART + "/taxes", request);
    assertEquals("tax-key-7", request.getHeader("Idempotency-Key"));
    assertNoBody(request);
    assertEquals(0, cart.getTaxTotal());
  }

  @Test
  void completeSendsIdempotencyKeyAndExposesServerKey() throws Exception {
    server.enqueue(capturedResponse("39-").setHeader("Idempotency-Key", "6c979f8e-160c-4176-8554-d7f7d09fc38d"));
    Response<StoreCompleteCartRes> response = okResponse(api(CartsApi.class)
        .complete("cart_01M8K2NKCJWBVVR8ZBQV68YT8P", "client-7805f5c2-ea88-4071-b3a5-d77c2e1ca292"));

    RecordedRequest request = taken();
    assertLine("POST /store/carts/cart_01M8K2NKCJWBVVR8ZBQV68YT8P/complete", request);
    assertEquals("client-7805f5c2-ea88-4071-b3a5-d77c2e1ca292", request.getHeader("Idempotency-Key"));
    assertNoBody(request);
    // Medusa answers with the key it stored; a retry must reuse that one, so callers need to see it.
    assertEquals("6c979f8e-160c-4176-8554-d7f7d09fc38d", response.headers().get("Idempotency-Key"));
    assertEquals(StoreCompleteCartRes.TypeEnum.ORDER, response.body().getType());
    Order order = response.body().getData().getOrder();
    assertEquals("order_01M8K2NM63NBGTHVNJ0NSGACZ2", order.getId());
    assertEquals(2, order.getDisplayId());
    assertEquals(3688, order.getTotal());
  }

  @Test
  void completeWithoutKeyOmitsTheHeader() throws Exception {
    captured("26-");
    StoreCompleteCartRes res = ok(api(CartsApi.class).complete(CART, null));

    RecordedRequest request = taken();
    assertNull(request.getHeader("Idempotency-Key"));
    assertEquals("order_01M8K2NJWF5PPBT49C12FCNKMC", res.getData().getOrder().getId());
  }

  @Test
  void deleteLineItemUsesDeleteOnItemPath() throws Exception {
    captured("11-");
    Cart cart = ok(api(CartsApi.class).deleteLineItem(CART, "item_01M8K2NHBQ3VCPXHY4XCY1NT4R")).getCart();

    assertLine("DELETE /store/carts/" + CART + "/line-items/item_01M8K2NHBQ3VCPXHY4XCY1NT4R", taken());
    assertTrue(cart.getItems().isEmpty());
  }

  @Test
  void deleteDiscountEscapesCodeInPath() throws Exception {
    captured("13-");
    ok(api(CartsApi.class).deleteDiscount(CART, "SUMMER 10/OFF"));

    assertLine("DELETE /store/carts/" + CART + "/discounts/SUMMER%2010%2FOFF", taken());
  }

  @Test
  void paymentSessionPathsCarryProviderId() throws Exception {
    captured("25-");
    captured("25-");
    captured("25-");
    CartsApi carts = api(CartsApi.class);
    ok(carts.updatePaymentSession(CART, "manual",
        new StorePostCartsCartPaymentSessionUpdateReq().data(Map.of("note", "paid at counter"))));
    ok(carts.refreshPaymentSession(CART, "manual"));
    ok(carts.deletePaymentSession(CART, "manual"));

    RecordedRequest update = taken();
    assertLine("POST /store/carts/" + CART + "/payment-sessions/manual", update);
    assertJsonBody("{\"data\":{\"note\":\"paid at counter\"}}", update);
    RecordedRequest refresh = taken();
    assertLine("POST /store/carts/" + CART + "/payment-sessions/manual/refresh", refresh);
    assertNoBody(refresh);
    assertLine("DELETE /store/carts/" + CART + "/payment-sessions/manual", taken());
  }
}
