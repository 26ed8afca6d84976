package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.AddressUpdateParams;
import io.medusajava.model.CollectionSessionRefreshParams;
import io.medusajava.model.LineItemDeleteParams;
import io.medusajava.model.LineItemUpdateParams;
import io.medusajava.model.OrderLookupParams;
import io.medusajava.model.ProductListParams;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Arguments that cannot make a valid request are refused on the caller's thread, naming the
 * parameter, before anything reaches the server.
 */
class InputValidationTest {
  private okhttp3.mockwebserver.MockWebServer server;
  private MedusaStore store;

  @BeforeEach
  void start() throws IOException {
    server = new okhttp3.mockwebserver.MockWebServer();
    server.start();
    store =
        MedusaStore.builder()
            .baseUrl(server.url("/").toString())
            .maxRetries(0)
            .sleeper(ms -> {})
            .build();
  }

  @AfterEach
  void stop() throws IOException {
    store.close();
    server.shutdown();
  }

  /** Asserts the exact message and that the server never saw a request. */
  private void refused(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void retrieveCartWithNullId() {
    refused("cartId must not be null", () -> store.carts().retrieve(null));
  }

  @Test
  void retrieveCartWithBlankId() {
    refused("cartId must not be blank", () -> store.carts().retrieve(" "));
  }

  @Test
  void addLineItemWithNullBody() {
    refused("params must not be null", () -> store.carts().addLineItem("cart", null));
  }

  @Test
  void updateLineItemWithEmptyLineItemId() {
    refused(
        "lineItemId must not be blank",
        () ->
            store
                .carts()
                .updateLineItem(
                    "c", LineItemUpdateParams.builder().lineItemId("").quantity(2).build()));
  }

  @Test
  void updateLineItemWithoutLineItemId() {
    refused(
        "lineItemId is required",
        () ->
            store.carts().updateLineItem("c", LineItemUpdateParams.builder().quantity(2).build()));
  }

  @Test
  void updateLineItemWithoutQuantity() {
    refused(
        "quantity is required",
        () ->
            store
                .carts()
                .updateLineItem("c", LineItemUpdateParams.builder().lineItemId("item_1").build()));
  }

  @Test
  void deleteLineItemWithNullCartId() {
    refused(
        "cartId must not be null",
        () ->
            store
                .carts()
                .deleteLineItem(null, LineItemDeleteParams.builder().lineItemId("item_1").build()));
  }

  @Test
  void completeCartWithTabOnlyId() {
    refused("cartId must not be blank", () -> store.carts().complete("\t"));
  }

  @Test
  void updateAddressWithNullAddressId() {
    refused(
        "addressId must not be null",
        () -> store.customers().updateAddress(null, AddressUpdateParams.builder().build()));
  }

  @Test
  void updateAddressWithNullBody() {
    refused("params must not be null", () -> store.customers().updateAddress("addr_1", null));
  }

  @Test
  void retrieveOrderWithEmptyId() {
    refused("orderId must not be blank", () -> store.orders().retrieve(""));
  }

  @Test
  void lookupOrderWithNullLookup() {
    refused("params must not be null", () -> store.orders().lookup(null));
  }

  @Test
  void loginWithTokenWithEmptyEmail() {
    refused("email must not be blank", () -> store.auth().loginWithToken("", "pw").execute());
  }

  @Test
  void loginWithTokenWithNullPassword() {
    refused(
        "password must not be null",
        () -> store.auth().loginWithToken("jane@example.com", null).execute());
  }

  @Test
  void loginWithSessionWithBlankPassword() {
    refused(
        "password must not be blank",
        () -> store.auth().loginWithSession("jane@example.com", "  ").execute());
  }

  @Test
  void emailExistsWithNullEmail() {
    refused("email must not be null", () -> store.auth().exists(null));
  }

  @Test
  void listProductsWithNullQuery() {
    refused("params must not be null", () -> store.products().list((ProductListParams) null));
  }

  @Test
  void retrieveProductWithBlankId() {
    refused("productId must not be blank", () -> store.products().retrieve(" "));
  }

  @Test
  void productPagerWithNullQuery() {
    refused("params must not be null", () -> store.products().listAll(null));
  }

  @Test
  void retrieveRegionWithEmptyId() {
    refused("regionId must not be blank", () -> store.regions().retrieve(""));
  }

  @Test
  void retrieveGiftCardWithNullCode() {
    refused("code must not be null", () -> store.giftCards().retrieve(null));
  }

  @Test
  void shippingOptionsForCartWithBlankId() {
    refused("cartId must not be blank", () -> store.shippingOptions().listForCart("  "));
  }

  @Test
  void createReturnWithNullBody() {
    refused("params must not be null", () -> store.returns().create(null));
  }

  @Test
  void refreshPaymentSessionWithEmptySessionId() {
    refused(
        "sessionId must not be blank",
        () ->
            store
                .paymentCollections()
                .refreshSession(
                    "paycol_1", CollectionSessionRefreshParams.builder().sessionId("").build()));
  }

  @Test
  void retrieveOrderEditWithNullId() {
    refused("orderEditId must not be null", () -> store.orderEdits().retrieve(null));
  }

  @Test
  void retrieveVariantWithBlankId() {
    refused("variantId must not be blank", () -> store.variants().retrieve(" ", null));
  }

  @Test
  void listCustomerOrdersWithNullQuery() {
    refused("params must not be null", () -> store.customers().listOrders(null));
  }

  @Test
  void orderLookupWithoutEmail() {
    refused(
        "email is required",
        () -> store.orders().lookup(OrderLookupParams.builder().displayId(1).build()));
  }

  @Test
  void orderLookupWithDisplayIdZero() {
    refused(
        "display_id must be at least 1, was 0",
        () ->
            store
                .orders()
                .lookup(OrderLookupParams.builder().displayId(0).email("a@example.com").build()));
  }
}
