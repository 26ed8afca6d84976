package io.medusajava.mock.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.MedusaStore;
import io.medusajava.StoreScenarios;
import io.medusajava.errors.InvalidRequestException;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.junit.MedusaMockTest;
import io.medusajava.model.AddressCreatePayload;
import io.medusajava.model.AddressPayload;
import io.medusajava.model.Cart;
import io.medusajava.model.Customer;
import io.medusajava.model.LineItem;
import io.medusajava.model.Order;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.Region;
import io.medusajava.model.StorePaymentCollectionSessionsReq;
import io.medusajava.model.StorePostCartReq;
import io.medusajava.model.StorePostCartsCartLineItemsItemReq;
import io.medusajava.model.StorePostCartsCartLineItemsReq;
import io.medusajava.model.StorePostCartsCartPaymentSessionReq;
import io.medusajava.model.StorePostCartsCartPaymentSessionUpdateReq;
import io.medusajava.model.StorePostCartsCartReq;
import io.medusajava.model.StorePostCartsCartReqGiftCardsInner;
import io.medusajava.model.StorePostCustomersCustomerAcceptClaimReq;
import io.medusajava.model.StorePostCustomersCustomerAddressesReq;
import io.medusajava.model.StorePostCustomersCustomerOrderClaimReq;
import io.medusajava.model.StorePostCustomersCustomerPasswordTokenReq;
import io.medusajava.model.StorePostCustomersCustomerReq;
import io.medusajava.model.StorePostCustomersResetPasswordReq;
import io.medusajava.model.StorePostOrderEditsOrderEditDecline;
import io.medusajava.model.StorePostPaymentCollectionsBatchSessionsAuthorizeReq;
import io.medusajava.model.StorePostPaymentCollectionsBatchSessionsReq;
import io.medusajava.model.StorePostPaymentCollectionsBatchSessionsReqSessionsInner;
import io.medusajava.model.StorePostReturnsReq;
import io.medusajava.model.StorePostReturnsReqItemsInner;
import io.medusajava.model.StorePostSearchReq;
import io.medusajava.model.StorePostSwapsReq;
import io.medusajava.model.StorePostCartReqItemsInner;
import io.medusajava.query.CategoryQuery;
import io.medusajava.query.CollectionQuery;
import io.medusajava.query.CustomerOrderQuery;
import io.medusajava.query.LabelQuery;
import io.medusajava.query.ProductQuery;
import io.medusajava.query.ShippingOptionQuery;
import io.medusajava.query.VariantQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract between the mock and the spec the SDK is generated from: a tour that calls every one of the
 * 65 Store operations through the SDK, with every answer checked against its response schema in
 * openapi/store.yaml. If the mock and the SDK's models drift apart, this fails.
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
    Region region = store.regions().list().execute().getRegions().get(0);
    store.regions().retrieve(region.getId()).execute();
    PricedProduct product = store.products().list(ProductQuery.builder().regionId(region.getId()).limit(3).build())
        .execute().getProducts().get(0);
    store.products().retrieve(product.getId(), region.getId()).execute();
    store.products().search(new StorePostSearchReq().q(product.getTitle())).execute();
    String variant = store.variants().list(VariantQuery.builder().regionId(region.getId()).limit(5).build())
        .execute().getVariants().get(0).getId();
    store.variants().retrieve(variant, region.getId()).execute();
    String collection = store.collections().list(CollectionQuery.builder().build()).execute()
        .getCollections().get(0).getId();
    store.collections().retrieve(collection).execute();
    String category = store.categories().list(CategoryQuery.builder().build()).execute()
        .getProductCategories().get(0).getId();
    store.categories().retrieve(category).execute();
    store.productTags().list(LabelQuery.builder().build()).execute();
    store.productTypes().list(LabelQuery.builder().build()).execute();
    String reason = store.returnReasons().list().execute().getReturnReasons().get(0).getId();
    store.returnReasons().retrieve(reason).execute();
    store.shippingOptions().list(ShippingOptionQuery.builder().regionId(region.getId()).build()).execute();
    store.giftCards().retrieve(GIFT_CARD).execute();
  }

  private void cartExtras(MedusaStore store) {
    Region region = store.regions().list().execute().getRegions().get(0);
    List<PricedProduct> products = store.products().list(ProductQuery.builder().regionId(region.getId()).build())
        .execute().getProducts();
    Cart cart = store.carts().create(new StorePostCartReq().regionId(region.getId()).items(List.of(
        new StorePostCartReqItemsInner().variantId(products.get(0).getVariants().get(0).getId()).quantity(1))))
        .execute().getCart();
    cart = store.carts().addLineItem(cart.getId(), new StorePostCartsCartLineItemsReq()
        .variantId(products.get(1).getVariants().get(0).getId()).quantity(2)).execute().getCart();
    LineItem item = cart.getItems().get(0);
    store.carts().updateLineItem(cart.getId(), item.getId(), new StorePostCartsCartLineItemsItemReq().quantity(3))
        .execute();
    store.carts().deleteLineItem(cart.getId(), item.getId()).execute();
    store.carts().update(cart.getId(), new StorePostCartsCartReq()
        .discounts(List.of(new StorePostCartsCartReqGiftCardsInner().code("WELCOME10")))).execute();
    store.carts().deleteDiscount(cart.getId(), "WELCOME10").execute();
    store.carts().createPaymentSessions(cart.getId()).execute();
    store.carts().setPaymentSession(cart.getId(), new StorePostCartsCartPaymentSessionReq().providerId("manual"))
        .execute();
    store.carts().updatePaymentSession(cart.getId(), "manual",
        new StorePostCartsCartPaymentSessionUpdateReq().data(Map.of("note", "leave at the door"))).execute();
    store.carts().refreshPaymentSession(cart.getId(), "manual").execute();
    store.carts().calculateTaxes(cart.getId()).execute();
    store.carts().deletePaymentSession(cart.getId(), "manual").execute();
  }

  private void account(MedusaMockServer server, MedusaStore store) {
    Customer me = store.auth().login(CUSTOMER, PASSWORD);
    store.auth().session().execute();
    store.auth().exists(CUSTOMER).execute();
    store.customers().update(new StorePostCustomersCustomerReq().phone("+1 555 0199")).execute();
    Customer withAddress = store.customers().addAddress(new StorePostCustomersCustomerAddressesReq().address(
        new AddressCreatePayload().firstName("Alex").lastName("Rivera").address1("7 Pier St").city("Portland")
            .countryCode("us").postalCode("97201"))).execute().getCustomer();
    String address = withAddress.getShippingAddresses().get(withAddress.getShippingAddresses().size() - 1).getId();
    store.customers().updateAddress(address, new AddressPayload().address2("Apt 3")).execute();
    store.customers().deleteAddress(address).execute();
    store.customers().listPaymentMethods().execute();

    List<Order> orders = store.customers().listOrders(CustomerOrderQuery.builder().build()).execute().getOrders();
    Order fulfilled = orders.stream()
        .filter(o -> o.getFulfillmentStatus() != Order.FulfillmentStatusEnum.NOT_FULFILLED).findFirst()
        .orElseThrow(() -> new AssertionError("the seed has a fulfilled order"));
    LineItem item = fulfilled.getItems().get(0);
    store.returns().create(new StorePostReturnsReq().orderId(fulfilled.getId()).items(List.of(
        new StorePostReturnsReqItemsInner().itemId(item.getId()).quantity(1)))).execute();
    String swapCart = store.swaps().create(new StorePostSwapsReq().orderId(fulfilled.getId())
        .returnItems(List.of(new StorePostReturnsReqItemsInner().itemId(item.getId()).quantity(1)))
        .additionalItems(List.of(new StorePostCartReqItemsInner().variantId(item.getVariantId()).quantity(1))))
        .execute().getSwap().getCartId();
    store.swaps().retrieveByCartId(swapCart).execute();

    store.orderEdits().retrieve(ORDER_EDIT).execute();
    store.paymentCollections().retrieve(PAYMENT_COLLECTION).execute();
    store.paymentCollections().manageSession(PAYMENT_COLLECTION,
        new StorePaymentCollectionSessionsReq().providerId("manual")).execute();
    String session = store.paymentCollections().manageSessions(PAYMENT_COLLECTION,
        new StorePostPaymentCollectionsBatchSessionsReq().sessions(List.of(
            new StorePostPaymentCollectionsBatchSessionsReqSessionsInner().providerId("manual").amount(8500))))
        .execute().getPaymentCollection().getPaymentSessions().get(0).getId();
    session = store.paymentCollections().refreshSession(PAYMENT_COLLECTION, session).execute()
        .getPaymentSession().getId();
    store.paymentCollections().authorizeSession(PAYMENT_COLLECTION, session).execute();
    store.paymentCollections().authorizeSessions(PAYMENT_COLLECTION,
        new StorePostPaymentCollectionsBatchSessionsAuthorizeReq().sessionIds(List.of(session))).execute();
    store.orderEdits().complete(ORDER_EDIT).execute();
    // A confirmed edit can no longer be declined; the refusal is an answer the spec declares too.
    assertThrows(InvalidRequestException.class, () -> store.orderEdits()
        .decline(ORDER_EDIT, new StorePostOrderEditsOrderEditDecline().declinedReason("too late")).execute());

    String guestOrder = fulfilled.getId();
    store.orders().requestCustomerOrders(new StorePostCustomersCustomerOrderClaimReq().orderIds(List.of(guestOrder)))
        .execute();
    String claimToken = server.events().events("order-update-token.created").get(0).string("token");
    store.orders().confirmRequest(new StorePostCustomersCustomerAcceptClaimReq().token(claimToken)).execute();

    store.customers().generatePasswordToken(new StorePostCustomersCustomerPasswordTokenReq().email(CUSTOMER))
        .execute();
    String resetToken = server.events().events("customer.password_reset").get(0).string("token");
    Customer reset = store.customers().resetPassword(new StorePostCustomersResetPasswordReq()
        .email(CUSTOMER).token(resetToken).password("mock-password-2")).execute().getCustomer();
    assertNotNull(reset.getId());
    store.auth().logout();
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
      throw new IllegalStateException("expected 65 operations in the spec, found " + OPERATIONS.size());
    }
  }

  @SuppressWarnings("unused")
  private static String join(Set<String> s) {
    return s.stream().collect(Collectors.joining("\n"));
  }
}
