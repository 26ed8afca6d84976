package io.medusajava.mock.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.MedusaStore;
import io.medusajava.StoreScenarios;
import io.medusajava.errors.InvalidRequestException;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.junit.MedusaMockTest;
import io.medusajava.model.AddressAddParams;
import io.medusajava.model.AddressCreateParams;
import io.medusajava.model.AddressUpdateParams;
import io.medusajava.model.Cart;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.CategoryListParams;
import io.medusajava.model.CodeParams;
import io.medusajava.model.CollectionListParams;
import io.medusajava.model.CollectionSessionAuthorizeParams;
import io.medusajava.model.CollectionSessionManageParams;
import io.medusajava.model.CollectionSessionParams;
import io.medusajava.model.CollectionSessionRefreshParams;
import io.medusajava.model.CollectionSessionsAuthorizeParams;
import io.medusajava.model.CollectionSessionsManageParams;
import io.medusajava.model.Customer;
import io.medusajava.model.CustomerOrderListParams;
import io.medusajava.model.CustomerUpdateParams;
import io.medusajava.model.DiscountDeleteParams;
import io.medusajava.model.FulfillmentStatus;
import io.medusajava.model.LineItem;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.LineItemDeleteParams;
import io.medusajava.model.LineItemUpdateParams;
import io.medusajava.model.Order;
import io.medusajava.model.OrderClaimConfirmParams;
import io.medusajava.model.OrderClaimParams;
import io.medusajava.model.OrderEditDeclineParams;
import io.medusajava.model.PasswordResetParams;
import io.medusajava.model.PasswordTokenParams;
import io.medusajava.model.PaymentSessionDeleteParams;
import io.medusajava.model.PaymentSessionRefreshParams;
import io.medusajava.model.PaymentSessionSetParams;
import io.medusajava.model.PaymentSessionUpdateParams;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.ProductRetrieveParams;
import io.medusajava.model.ProductSearchParams;
import io.medusajava.model.Region;
import io.medusajava.model.ReturnCreateParams;
import io.medusajava.model.ReturnItemParams;
import io.medusajava.model.ShippingOptionListParams;
import io.medusajava.model.SwapCreateParams;
import io.medusajava.model.SwapItemParams;
import io.medusajava.model.VariantItemParams;
import io.medusajava.model.VariantListParams;
import io.medusajava.model.VariantRetrieveParams;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract between the mock and the spec the SDK is generated from: a tour that calls every one
 * of the 65 Store operations through the SDK, with every answer checked against its response schema
 * in openapi/store.yaml. If the mock and the SDK's models drift apart, this fails.
 */
@MedusaMockTest
class ContractTest {
  private static final String CUSTOMER = "alex.rivera@example.com";
  private static final String PASSWORD = "mock-password-1";
  private static final String ORDER_EDIT = "oe_01KDVDNB4AW0ZHS0YMMHAZSGAC";
  private static final String PAYMENT_COLLECTION = "paycol_01KDVDNB4HWGAB07J2BZ5Y44R3";
  private static final String GIFT_CARD = "GIFT-5TAR-T3R5-M0CK";

  private final SpecCheckingInterceptor spec = new SpecCheckingInterceptor();

  private MedusaStore client(MedusaMockServer server) {
    return MedusaStore.builder().baseUrl(server.baseUrl()).addInterceptor(spec).build();
  }

  @Test
  void everyOperationAnswersAsTheSpecSays(MedusaMockServer server) {
    long start = System.nanoTime();
    new StoreScenarios(() -> client(server)).checkoutPlacesOneOrderThatEveryLookupFinds();
    new StoreScenarios(() -> client(server)).cookieAndTokenSessionsWorkAndStayApart();
    new StoreScenarios(() -> client(server)).serverErrorsMapToTypedExceptions();
    System.out.println("scenarios took " + (System.nanoTime() - start) / 1_000_000 + " ms");
    catalog(client(server));
    cartExtras(client(server));
    account(server, client(server));

    assertEquals(List.of(), spec.violations(), "answers that break openapi/store.yaml");
    assertEquals(Set.of(), missingOperations(), "operations the tour never called");
  }

  private void catalog(MedusaStore store) {
    Region region = store.regions().list().execute().items().get(0);
    store.regions().retrieve(region.getId()).execute();
    PricedProduct product =
        store
            .products()
            .list(ProductListParams.builder().regionId(region.getId()).limit(3).build())
            .execute()
            .items()
            .get(0);
    store
        .products()
        .retrieve(product.getId(), ProductRetrieveParams.builder().regionId(region.getId()).build())
        .execute();
    store.products().search(ProductSearchParams.builder().q(product.getTitle()).build()).execute();
    String variant =
        store
            .variants()
            .list(VariantListParams.builder().regionId(region.getId()).limit(5).build())
            .execute()
            .items()
            .get(0)
            .getId();
    store
        .variants()
        .retrieve(variant, VariantRetrieveParams.builder().regionId(region.getId()).build())
        .execute();
    String collection =
        store
            .collections()
            .list(CollectionListParams.builder().build())
            .execute()
            .items()
            .get(0)
            .getId();
    store.collections().retrieve(collection).execute();
    String category =
        store
            .categories()
            .list(CategoryListParams.builder().build())
            .execute()
            .items()
            .get(0)
            .getId();
    store.categories().retrieve(category).execute();
    store.productTags().list().execute();
    store.productTypes().list().execute();
    String reason = store.returnReasons().list().execute().get(0).getId();
    store.returnReasons().retrieve(reason).execute();
    store
        .shippingOptions()
        .list(ShippingOptionListParams.builder().regionId(region.getId()).build())
        .execute();
    store.giftCards().retrieve(GIFT_CARD).execute();
  }

  private void cartExtras(MedusaStore store) {
    Region region = store.regions().list().execute().items().get(0);
    List<PricedProduct> products =
        store
            .products()
            .list(ProductListParams.builder().regionId(region.getId()).build())
            .execute()
            .items();
    Cart cart =
        store
            .carts()
            .create(
                CartCreateParams.builder()
                    .regionId(region.getId())
                    .items(
                        VariantItemParams.builder()
                            .variantId(products.get(0).getVariants().get(0).getId())
                            .quantity(1)
                            .build())
                    .build())
            .execute();
    cart =
        store
            .carts()
            .addLineItem(
                cart.getId(),
                LineItemCreateParams.builder()
                    .variantId(products.get(1).getVariants().get(0).getId())
                    .quantity(2)
                    .build())
            .execute();
    LineItem item = cart.getItems().get(0);
    store
        .carts()
        .updateLineItem(
            cart.getId(),
            LineItemUpdateParams.builder().lineItemId(item.getId()).quantity(3).build())
        .execute();
    store
        .carts()
        .deleteLineItem(
            cart.getId(), LineItemDeleteParams.builder().lineItemId(item.getId()).build())
        .execute();
    store
        .carts()
        .update(
            cart.getId(),
            CartUpdateParams.builder()
                .discounts(CodeParams.builder().code("WELCOME10").build())
                .build())
        .execute();
    store
        .carts()
        .deleteDiscount(cart.getId(), DiscountDeleteParams.builder().code("WELCOME10").build())
        .execute();
    store.carts().createPaymentSessions(cart.getId()).execute();
    store
        .carts()
        .setPaymentSession(
            cart.getId(), PaymentSessionSetParams.builder().providerId("manual").build())
        .execute();
    store
        .carts()
        .updatePaymentSession(
            cart.getId(),
            PaymentSessionUpdateParams.builder()
                .providerId("manual")
                .data(Map.of("note", "leave at the door"))
                .build())
        .execute();
    store
        .carts()
        .refreshPaymentSession(
            cart.getId(), PaymentSessionRefreshParams.builder().providerId("manual").build())
        .execute();
    store.carts().calculateTaxes(cart.getId()).execute();
    store
        .carts()
        .deletePaymentSession(
            cart.getId(), PaymentSessionDeleteParams.builder().providerId("manual").build())
        .execute();
  }

  private void account(MedusaMockServer server, MedusaStore store) {
    Customer me = store.auth().login(CUSTOMER, PASSWORD).execute();
    store.auth().session().execute();
    store.auth().exists(CUSTOMER).execute();
    store.customers().update(CustomerUpdateParams.builder().phone("+1 555 0199").build()).execute();
    Customer withAddress =
        store
            .customers()
            .addAddress(
                AddressAddParams.builder()
                    .address(
                        AddressCreateParams.builder()
                            .firstName("Alex")
                            .lastName("Rivera")
                            .address1("7 Pier St")
                            .city("Portland")
                            .countryCode("us")
                            .postalCode("97201")
                            .build())
                    .build())
            .execute();
    String address =
        withAddress
            .getShippingAddresses()
            .get(withAddress.getShippingAddresses().size() - 1)
            .getId();
    store
        .customers()
        .updateAddress(address, AddressUpdateParams.builder().address2("Apt 3").build())
        .execute();
    store.customers().deleteAddress(address).execute();
    store.customers().listPaymentMethods().execute();

    List<Order> orders =
        store.customers().listOrders(CustomerOrderListParams.builder().build()).execute().items();
    Order fulfilled =
        orders.stream()
            .filter(o -> o.getFulfillmentStatus() != FulfillmentStatus.NOT_FULFILLED)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the seed has a fulfilled order"));
    LineItem item = fulfilled.getItems().get(0);
    store
        .returns()
        .create(
            ReturnCreateParams.builder()
                .orderId(fulfilled.getId())
                .items(ReturnItemParams.builder().itemId(item.getId()).quantity(1).build())
                .build())
        .execute();
    String swapCart =
        store
            .swaps()
            .create(
                SwapCreateParams.builder()
                    .orderId(fulfilled.getId())
                    .returnItems(
                        ReturnItemParams.builder().itemId(item.getId()).quantity(1).build())
                    .additionalItems(
                        SwapItemParams.builder().variantId(item.getVariantId()).quantity(1).build())
                    .build())
            .execute()
            .getCartId();
    store.swaps().retrieveByCartId(swapCart).execute();

    store.orderEdits().retrieve(ORDER_EDIT).execute();
    store.paymentCollections().retrieve(PAYMENT_COLLECTION).execute();
    store
        .paymentCollections()
        .manageSession(
            PAYMENT_COLLECTION,
            CollectionSessionManageParams.builder().providerId("manual").build())
        .execute();
    String session =
        store
            .paymentCollections()
            .manageSessions(
                PAYMENT_COLLECTION,
                CollectionSessionsManageParams.builder()
                    .sessions(
                        List.of(
                            CollectionSessionParams.builder()
                                .providerId("manual")
                                .amount(8500)
                                .build()))
                    .build())
            .execute()
            .getPaymentSessions()
            .get(0)
            .getId();
    session =
        store
            .paymentCollections()
            .refreshSession(
                PAYMENT_COLLECTION,
                CollectionSessionRefreshParams.builder().sessionId(session).build())
            .execute()
            .getId();
    store
        .paymentCollections()
        .authorizeSession(
            PAYMENT_COLLECTION,
            CollectionSessionAuthorizeParams.builder().sessionId(session).build())
        .execute();
    store
        .paymentCollections()
        .authorizeSessions(
            PAYMENT_COLLECTION,
            CollectionSessionsAuthorizeParams.builder().sessionIds(List.of(session)).build())
        .execute();
    store.orderEdits().complete(ORDER_EDIT).execute();
    // A confirmed edit can no longer be declined; the refusal is an answer the spec declares too.
    assertThrows(
        InvalidRequestException.class,
        () ->
            store
                .orderEdits()
                .decline(
                    ORDER_EDIT, OrderEditDeclineParams.builder().declinedReason("too late").build())
                .execute());

    String guestOrder = fulfilled.getId();
    store
        .orders()
        .requestCustomerOrders(OrderClaimParams.builder().orderIds(List.of(guestOrder)).build())
        .execute();
    String claimToken = server.events().events("order-update-token.created").get(0).string("token");
    store
        .orders()
        .confirmRequest(OrderClaimConfirmParams.builder().token(claimToken).build())
        .execute();

    store
        .customers()
        .generatePasswordToken(PasswordTokenParams.builder().email(CUSTOMER).build())
        .execute();
    String resetToken = server.events().events("customer.password_reset").get(0).string("token");
    Customer reset =
        store
            .customers()
            .resetPassword(
                PasswordResetParams.builder()
                    .email(CUSTOMER)
                    .token(resetToken)
                    .password("mock-password-2")
                    .build())
            .execute();
    assertNotNull(reset.getId());
    store.auth().logout().execute();
  }

  /** Operations of the spec that no answer in this run matched. */
  private Set<String> missingOperations() {
    Set<String> missing = new TreeSet<>();
    for (String line : OPERATIONS) {
      String[] parts = line.split(" ");
      Pattern path = Pattern.compile(parts[1].replaceAll("\\{[^}]+}", "[^/]+"));
      boolean seen = spec.answered().stream().anyMatch(a -> a.startsWith(line + " "));
      if (!seen) {
        missing.add(line);
      }
    }
    return missing;
  }

  private static final List<String> OPERATIONS = SpecCheckingInterceptor.operations();

  static {
    // Guard against a tour that checks nothing: the spec lists exactly the 65 Store operations.
    if (OPERATIONS.size() != 65) {
      throw new IllegalStateException(
          "expected 65 operations in the spec, found " + OPERATIONS.size());
    }
  }

  @SuppressWarnings("unused")
  private static String join(Set<String> s) {
    return s.stream().collect(Collectors.joining("\n"));
  }
}
