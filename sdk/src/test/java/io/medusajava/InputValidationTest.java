package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.AddressPayload;
import io.medusajava.model.StorePostCartsCartLineItemsItemReq;
import io.medusajava.query.ProductQuery;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Arguments that cannot make a valid request are refused on the caller's thread, naming the parameter, before
 * anything reaches the server.
 */
class InputValidationTest {
  private okhttp3.mockwebserver.MockWebServer server;
  private MedusaStore store;

  @BeforeEach
  void start() throws IOException {
    server = new okhttp3.mockwebserver.MockWebServer();
    server.start();
    store = MedusaStore.builder().baseUrl(server.url("/").toString()).maxRetries(0).sleeper(ms -> { }).build();
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
    refused("body must not be null", () -> store.carts().addLineItem("cart", null));
  }

  @Test
  void updateLineItemWithEmptyLineItemId() {
    refused("lineItemId must not be blank",
        () -> store.carts().updateLineItem("c", "", new StorePostCartsCartLineItemsItemReq().quantity(2)));
  }

  @Test
  void deleteLineItemWithNullCartId() {
    refused("cartId must not be null", () -> store.carts().deleteLineItem(null, "item_1"));
  }

  @Test
  void completeCartWithTabOnlyId() {
    refused("cartId must not be blank", () -> store.carts().complete("\t"));
  }

  @Test
  void updateAddressWithNullAddressId() {
    refused("addressId must not be null", () -> store.customers().updateAddress(null, new AddressPayload()));
  }

  @Test
  void updateAddressWithNullBody() {
    refused("body must not be null", () -> store.customers().updateAddress("addr_1", null));
  }

  @Test
  void retrieveOrderWithEmptyId() {
    refused("orderId must not be blank", () -> store.orders().retrieve(""));
  }

  @Test
  void lookupOrderWithNullLookup() {
    refused("lookup must not be null", () -> store.orders().lookup(null));
  }

  @Test
  void loginWithTokenWithEmptyEmail() {
    refused("email must not be blank", () -> store.auth().loginWithToken("", "pw"));
  }

  @Test
  void loginWithTokenWithNullPassword() {
    refused("password must not be null", () -> store.auth().loginWithToken("jane@example.com", null));
  }

  @Test
  void loginWithSessionWithBlankPassword() {
    refused("password must not be blank", () -> store.auth().loginWithSession("jane@example.com", "  "));
  }

  @Test
  void emailExistsWithNullEmail() {
    refused("email must not be null", () -> store.auth().exists(null));
  }

  @Test
  void listProductsWithNullQuery() {
    refused("query must not be null", () -> store.products().list((ProductQuery) null));
  }

  @Test
  void retrieveProductWithBlankId() {
    refused("productId must not be blank", () -> store.products().retrieve(" "));
  }

  @Test
  void productPageWithNullQuery() {
    refused("query must not be null", () -> store.products().page(null));
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
    refused("body must not be null", () -> store.returns().create(null));
  }

  @Test
  void refreshPaymentSessionWithEmptySessionId() {
    refused("sessionId must not be blank", () -> store.paymentCollections().refreshSession("paycol_1", ""));
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
    refused("query must not be null", () -> store.customers().listOrders(null));
  }
}
