package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.medusajava.model.CollectionSessionAuthorizeParams;
import io.medusajava.model.CollectionSessionManageParams;
import io.medusajava.model.CollectionSessionParams;
import io.medusajava.model.CollectionSessionRefreshParams;
import io.medusajava.model.CollectionSessionsAuthorizeParams;
import io.medusajava.model.CollectionSessionsManageParams;
import io.medusajava.model.GiftCard;
import io.medusajava.model.PaymentCollection;
import io.medusajava.model.PaymentCollectionRetrieveParams;
import io.medusajava.model.PricedShippingOption;
import io.medusajava.model.ShippingOptionListParams;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Gift cards, payment collections and shipping options on the wire. */
class MiscWireTest extends WireTest {
  private static final String COLLECTION = "paycol_01HCOL";
  private static final String PAYMENT_COLLECTION =
      "{\"payment_collection\":{\"id\":\""
          + COLLECTION
          + "\","
          + "\"type\":\"order_edit\",\"status\":\"not_paid\",\"description\":null,\"amount\":2200,"
          + "\"authorized_amount\":null,\"region_id\":\"reg_01M8K2MGS712QAJH0WQXSFJWD7\",\"currency_code\":\"usd\","
          + "\"payment_sessions\":[{\"id\":\"ps_01HSESSION\",\"cart_id\":null,\"provider_id\":\"manual\","
          + "\"is_selected\":null,\"is_initiated\":true,\"status\":\"pending\",\"data\":{},\"amount\":2200}],"
          + "\"created_by\":\"usr_01\",\"created_at\":\"2026-11-29T08:00:00.000Z\","
          + "\"updated_at\":\"2026-11-29T08:00:00.000Z\"}}";
  private static final String SESSION =
      "{\"payment_session\":{\"id\":\"ps_01HSESSION\",\"provider_id\":\"manual\","
          + "\"is_initiated\":true,\"status\":\"authorized\",\"data\":{},\"amount\":2200}}";

  @Test
  void giftCardRetrieveDecodesBalance() throws Exception {
    json(
        "{\"gift_card\":{\"id\":\"gift_01HGIFT\",\"code\":\"3RFT-MH2C-Y4YZ-XMN4\",\"value\":1000,\"balance\":750,"
            + "\"region_id\":\"reg_01M8K2MGS712QAJH0WQXSFJWD7\",\"is_disabled\":false,\"ends_at\":null,"
            + "\"created_at\":\"2026-11-29T08:00:00.000Z\",\"updated_at\":\"2026-11-29T08:00:00.000Z\"}}");
    GiftCard card = store.giftCards().retrieve("3RFT-MH2C-Y4YZ-XMN4").execute();

    assertLine("GET /store/gift-cards/3RFT-MH2C-Y4YZ-XMN4", taken());
    assertEquals("gift_01HGIFT", card.getId());
    assertEquals(750, card.getBalance());
    assertFalse(card.getIsDisabled());
  }

  @Test
  void paymentCollectionRetrieveSendsExpand() throws Exception {
    json(PAYMENT_COLLECTION);
    PaymentCollection collection =
        store
            .paymentCollections()
            .retrieve(
                COLLECTION,
                PaymentCollectionRetrieveParams.builder().expand("payment_sessions").build())
            .execute();

    assertLine(
        "GET /store/payment-collections/" + COLLECTION + "?expand=payment_sessions", taken());
    assertEquals(PaymentCollection.StatusEnum.NOT_PAID, collection.getStatus());
    assertEquals(2200, collection.getAmount());
    assertEquals("ps_01HSESSION", collection.getPaymentSessions().get(0).getId());
  }

  @Test
  void managePaymentSessionPostsProvider() throws Exception {
    json(PAYMENT_COLLECTION);
    store
        .paymentCollections()
        .manageSession(
            COLLECTION, CollectionSessionManageParams.builder().providerId("manual").build())
        .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/payment-collections/" + COLLECTION + "/sessions", request);
    assertJsonBody("{\"provider_id\":\"manual\"}", request);
  }

  @Test
  void batchSessionsPostsSessionsWithAmounts() throws Exception {
    json(PAYMENT_COLLECTION);
    store
        .paymentCollections()
        .manageSessions(
            COLLECTION,
            CollectionSessionsManageParams.builder()
                .sessions(
                    List.of(
                        CollectionSessionParams.builder()
                            .providerId("manual")
                            .amount(2200)
                            .build()))
                .build())
        .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/payment-collections/" + COLLECTION + "/sessions/batch", request);
    assertJsonBody("{\"sessions\":[{\"provider_id\":\"manual\",\"amount\":2200}]}", request);
  }

  @Test
  void batchAuthorizePostsSessionIds() throws Exception {
    json(PAYMENT_COLLECTION.replace("\"not_paid\"", "\"authorized\""));
    PaymentCollection collection =
        store
            .paymentCollections()
            .authorizeSessions(
                COLLECTION,
                CollectionSessionsAuthorizeParams.builder()
                    .sessionIds(List.of("ps_01HSESSION"))
                    .build())
            .execute();

    RecordedRequest request = taken();
    assertLine(
        "POST /store/payment-collections/" + COLLECTION + "/sessions/batch/authorize", request);
    assertJsonBody("{\"session_ids\":[\"ps_01HSESSION\"]}", request);
    assertEquals(PaymentCollection.StatusEnum.AUTHORIZED, collection.getStatus());
  }

  @Test
  void sessionRefreshAndAuthorizeSendNoBody() throws Exception {
    json(SESSION);
    json(SESSION);
    store
        .paymentCollections()
        .refreshSession(
            COLLECTION, CollectionSessionRefreshParams.builder().sessionId("ps_01HSESSION").build())
        .execute();
    assertEquals(
        2200,
        store
            .paymentCollections()
            .authorizeSession(
                COLLECTION,
                CollectionSessionAuthorizeParams.builder().sessionId("ps_01HSESSION").build())
            .execute()
            .getAmount());

    RecordedRequest refresh = taken();
    assertLine(
        "POST /store/payment-collections/" + COLLECTION + "/sessions/ps_01HSESSION", refresh);
    assertNoBody(refresh);
    RecordedRequest authorize = taken();
    assertLine(
        "POST /store/payment-collections/" + COLLECTION + "/sessions/ps_01HSESSION/authorize",
        authorize);
    assertNoBody(authorize);
  }

  @Test
  void cartShippingOptionsDecodePrices() throws Exception {
    captured("22-");
    List<PricedShippingOption> options =
        store.shippingOptions().listForCart("cart_01M8K2NH4K4HHZ62CWS1JZ0V47").execute();

    assertLine("GET /store/shipping-options/cart_01M8K2NH4K4HHZ62CWS1JZ0V47", taken());
    assertEquals(2, options.size());
    assertEquals("so_01M8K2MGZR6Y3RE4TH8PDBA1AJ", options.get(0).getId());
    assertEquals(800, options.get(0).getAmount());
    assertEquals(1500.0, options.get(1).getPriceInclTax());
  }

  @Test
  void shippingOptionListSendsFilters() throws Exception {
    captured("22-");
    store
        .shippingOptions()
        .list(
            ShippingOptionListParams.builder()
                .isReturn(false)
                .productIds("prod_a", "prod_b")
                .regionId("reg_01M8K2MGS712QAJH0WQXSFJWD7")
                .build())
        .execute();

    RecordedRequest request = taken();
    assertEquals("/store/shipping-options", request.getRequestUrl().encodedPath());
    assertEquals(
        "is_return=false&product_ids=prod_a,prod_b&region_id=reg_01M8K2MGS712QAJH0WQXSFJWD7",
        decodedQuery(request));
  }
}
