package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.model.FulfillmentStatus;
import io.medusajava.model.Order;
import io.medusajava.model.OrderClaimConfirmParams;
import io.medusajava.model.OrderClaimParams;
import io.medusajava.model.OrderEdit;
import io.medusajava.model.OrderEditDeclineParams;
import io.medusajava.model.OrderLookupParams;
import io.medusajava.model.OrderReturn;
import io.medusajava.model.ReturnCreateParams;
import io.medusajava.model.ReturnItemParams;
import io.medusajava.model.ReturnShippingParams;
import io.medusajava.model.Swap;
import io.medusajava.model.SwapCreateParams;
import io.medusajava.model.SwapItemParams;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Orders, order edits, returns, return reasons and swaps on the wire. */
class OrderWireTest extends WireTest {
  private static final String ORDER = "order_01M8K2NJWF5PPBT49C12FCNKMC";
  private static final String ITEM = "item_01M8K2NHBQ3VCPXHY4XCY1NT4R";

  @Test
  void retrieveDecodesOrderTotals() throws Exception {
    captured("28-");
    Order order = store.orders().retrieve(ORDER).execute();

    assertLine("GET /store/orders/" + ORDER, taken());
    assertEquals(1, order.getDisplayId());
    assertEquals(5200, order.getTotal());
    assertEquals(FulfillmentStatus.NOT_FULFILLED, order.getFulfillmentStatus());
  }

  @Test
  void retrieveByCartIdUsesCartPath() throws Exception {
    captured("29-");
    Order order = store.orders().retrieveByCartId("cart_01M8K2NH4K4HHZ62CWS1JZ0V47").execute();

    assertLine("GET /store/orders/cart/cart_01M8K2NH4K4HHZ62CWS1JZ0V47", taken());
    assertEquals(ORDER, order.getId());
  }

  @Test
  void lookupSendsEmailAndBracketedPostalCode() throws Exception {
    captured("28-");
    store
        .orders()
        .lookup(
            OrderLookupParams.builder()
                .displayId(7)
                .email("jane.1795936667@example.com")
                .shippingPostalCode("62701")
                .build())
        .execute();

    RecordedRequest request = taken();
    assertEquals("/store/orders", request.getRequestUrl().encodedPath());
    assertEquals(
        "display_id=7&email=jane.1795936667@example.com&shipping_address[postal_code]=62701",
        decodedQuery(request));
  }

  @Test
  void lookupSendsDisplayIdAsInteger() throws Exception {
    captured("28-");
    store
        .orders()
        .lookup(
            OrderLookupParams.builder()
                .displayId(1)
                .email("jane.1795936667@example.com")
                .shippingPostalCode("62701")
                .build())
        .execute();

    assertEquals(
        "display_id=1&email=jane.1795936667@example.com&shipping_address[postal_code]=62701",
        decodedQuery(taken()));
  }

  @Test
  void requestCustomerOrdersPostsOrderIds() throws Exception {
    server.enqueue(new MockResponse().setBody("OK"));
    store
        .orders()
        .requestCustomerOrders(OrderClaimParams.builder().orderIds(List.of(ORDER)).build())
        .executeRaw();

    RecordedRequest request = taken();
    assertLine("POST /store/orders/batch/customer/token", request);
    assertJsonBody("{\"order_ids\":[\"" + ORDER + "\"]}", request);
  }

  @Test
  void confirmRequestPostsToken() throws Exception {
    server.enqueue(new MockResponse().setBody("OK"));
    store
        .orders()
        .confirmRequest(OrderClaimConfirmParams.builder().token("claim-token").build())
        .executeRaw();

    RecordedRequest request = taken();
    assertLine("POST /store/orders/customer/confirm", request);
    assertJsonBody("{\"token\":\"claim-token\"}", request);
  }

  private static final String ORDER_EDIT =
      "{\"order_edit\":{\"id\":\"oe_01HEDIT\",\"order_id\":\""
          + ORDER
          + "\","
          + "\"changes\":[],\"created_by\":\"usr_01\",\"requested_by\":\"usr_01\","
          + "\"requested_at\":\"2026-11-29T08:00:00.000Z\","
          + "\"subtotal\":6600,\"discount_total\":0,\"shipping_total\":800,\"gift_card_total\":0,\"gift_card_tax_total\":0,"
          + "\"tax_total\":0,\"total\":7400,\"difference_due\":2200,\"status\":\"requested\",\"items\":[],"
          + "\"created_at\":\"2026-11-29T07:59:00.000Z\",\"updated_at\":\"2026-11-29T08:00:00.000Z\"}}";

  @Test
  void orderEditRetrieveDecodesDifferenceDue() throws Exception {
    json(ORDER_EDIT);
    OrderEdit edit = store.orderEdits().retrieve("oe_01HEDIT").execute();

    assertLine("GET /store/order-edits/oe_01HEDIT", taken());
    assertEquals(OrderEdit.StatusEnum.REQUESTED, edit.getStatus());
    assertEquals(2200, edit.getDifferenceDue());
    assertEquals(7400, edit.getTotal());
  }

  @Test
  void orderEditCompleteSendsNoBody() throws Exception {
    json(ORDER_EDIT.replace("\"requested\"", "\"confirmed\""));
    OrderEdit edit = store.orderEdits().complete("oe_01HEDIT").execute();

    RecordedRequest request = taken();
    assertLine("POST /store/order-edits/oe_01HEDIT/complete", request);
    assertNoBody(request);
    assertEquals(OrderEdit.StatusEnum.CONFIRMED, edit.getStatus());
  }

  @Test
  void orderEditDeclinePostsReason() throws Exception {
    json(ORDER_EDIT.replace("\"requested\"", "\"declined\""));
    OrderEdit edit =
        store
            .orderEdits()
            .decline(
                "oe_01HEDIT",
                OrderEditDeclineParams.builder().declinedReason("Too expensive").build())
            .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/order-edits/oe_01HEDIT/decline", request);
    assertJsonBody("{\"declined_reason\":\"Too expensive\"}", request);
    assertEquals(OrderEdit.StatusEnum.DECLINED, edit.getStatus());
  }

  @Test
  void returnCreateSendsIdempotencyKeyAndItems() throws Exception {
    json(
        "{\"return\":{\"id\":\"ret_01HRET\",\"status\":\"requested\",\"items\":[{\"return_id\":\"ret_01HRET\","
            + "\"item_id\":\""
            + ITEM
            + "\",\"quantity\":1,\"is_requested\":true,\"reason_id\":\"rr_01HSIZE\","
            + "\"note\":\"Too small\"}],\"order_id\":\""
            + ORDER
            + "\",\"refund_amount\":2200,\"no_notification\":null,"
            + "\"idempotency_key\":\"ret-key-1\",\"created_at\":\"2026-11-29T08:00:00.000Z\","
            + "\"updated_at\":\"2026-11-29T08:00:00.000Z\"}}");
    OrderReturn ret =
        store
            .returns()
            .create(
                ReturnCreateParams.builder()
                    .idempotencyKey("ret-key-1")
                    .orderId(ORDER)
                    .items(
                        ReturnItemParams.builder()
                            .itemId(ITEM)
                            .quantity(1)
                            .reasonId("rr_01HSIZE")
                            .note("Too small")
                            .build())
                    .returnShipping(ReturnShippingParams.builder().optionId("so_01HRETURN").build())
                    .build())
            .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/returns", request);
    assertEquals("ret-key-1", request.getHeader("Idempotency-Key"));
    assertJsonBody(
        "{\"order_id\":\""
            + ORDER
            + "\",\"items\":[{\"item_id\":\""
            + ITEM
            + "\",\"quantity\":1,"
            + "\"reason_id\":\"rr_01HSIZE\",\"note\":\"Too small\"}],\"return_shipping\":{\"option_id\":\"so_01HRETURN\"}}",
        request);
    assertEquals("ret_01HRET", ret.getId());
    assertEquals(OrderReturn.StatusEnum.REQUESTED, ret.getStatus());
    assertEquals(2200, ret.getRefundAmount());
  }

  private static final String SWAP =
      "{\"swap\":{\"object\":\"swap\",\"id\":\"swap_01HSWAP\","
          + "\"fulfillment_status\":\"not_fulfilled\",\"payment_status\":\"not_paid\",\"order_id\":\""
          + ORDER
          + "\","
          + "\"additional_items\":[],\"difference_due\":0,\"cart_id\":\"cart_01HSWAPCART\",\"allow_backorder\":true,"
          + "\"idempotency_key\":\"swap-key-1\",\"created_at\":\"2026-11-29T08:00:00.000Z\","
          + "\"updated_at\":\"2026-11-29T08:00:00.000Z\"}}";

  @Test
  void swapCreateSendsIdempotencyKeyAndItems() throws Exception {
    json(SWAP);
    Swap swap =
        store
            .swaps()
            .create(
                SwapCreateParams.builder()
                    .idempotencyKey("swap-key-1")
                    .orderId(ORDER)
                    .returnItems(ReturnItemParams.builder().itemId(ITEM).quantity(1).build())
                    .additionalItems(
                        SwapItemParams.builder()
                            .variantId("variant_01M8K2MHG472JD2KEHJ75AQ5MK")
                            .quantity(1)
                            .build())
                    .returnShippingOption("so_01HRETURN")
                    .build())
            .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/swaps", request);
    assertEquals("swap-key-1", request.getHeader("Idempotency-Key"));
    assertJsonBody(
        "{\"order_id\":\""
            + ORDER
            + "\",\"return_items\":[{\"item_id\":\""
            + ITEM
            + "\",\"quantity\":1}],"
            + "\"additional_items\":[{\"variant_id\":\"variant_01M8K2MHG472JD2KEHJ75AQ5MK\",\"quantity\":1}],"
            + "\"return_shipping_option\":\"so_01HRETURN\"}",
        request);
    assertEquals("swap_01HSWAP", swap.getId());
    assertEquals(Swap.PaymentStatusEnum.NOT_PAID, swap.getPaymentStatus());
  }

  @Test
  void swapRetrieveByCartIdUsesCartPath() throws Exception {
    json(SWAP);
    Swap swap = store.swaps().retrieveByCartId("cart_01HSWAPCART").execute();

    assertLine("GET /store/swaps/cart_01HSWAPCART", taken());
    assertEquals("cart_01HSWAPCART", swap.getCartId());
  }

  @Test
  void returnReasonListAndRetrieve() throws Exception {
    String reason =
        "{\"id\":\"rr_01HSIZE\",\"value\":\"wrong_size\",\"label\":\"Wrong size\",\"description\":null,"
            + "\"parent_return_reason_id\":null,\"return_reason_children\":[],\"created_at\":\"2026-11-29T07:17:13.000Z\","
            + "\"updated_at\":\"2026-11-29T07:17:13.000Z\"}";
    json("{\"return_reasons\":[" + reason + "]}");
    json("{\"return_reason\":" + reason + "}");
    assertEquals("wrong_size", store.returnReasons().list().execute().get(0).getValue());
    assertEquals("Wrong size", store.returnReasons().retrieve("rr_01HSIZE").execute().getLabel());
    assertLine("GET /store/return-reasons", taken());
    assertLine("GET /store/return-reasons/rr_01HSIZE", taken());
  }
}
