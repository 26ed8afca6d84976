package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.OrdersApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.StoreOrdersRes;
import io.medusajava.model.StorePostCustomersCustomerAcceptClaimReq;
import io.medusajava.model.StorePostCustomersCustomerOrderClaimReq;
import io.medusajava.query.OrderLookup;
import retrofit2.Retrofit;

/** Placed orders: by id, by the cart that made them, by display id and email; and claiming guest orders. */
public final class OrdersResource {
  private final OrdersApi api;

  OrdersResource(Retrofit retrofit) {
    this.api = retrofit.create(OrdersApi.class);
  }

  /**
   * Fetches an order ({@code GET /store/orders/{id}}).
   *
   * @param orderId the order id, {@code order_...}
   * @return the call
   */
  public MedusaCall<StoreOrdersRes> retrieve(String orderId) {
    return new MedusaCall<>(api.retrieve(requireNonBlank(orderId, "orderId"), null, null));
  }

  /**
   * Fetches the order a cart became ({@code GET /store/orders/cart/{cart_id}}).
   *
   * @param cartId the cart id
   * @return the call
   */
  public MedusaCall<StoreOrdersRes> retrieveByCartId(String cartId) {
    return new MedusaCall<>(api.retrieveByCartId(requireNonBlank(cartId, "cartId")));
  }

  /**
   * Finds an order by display id and email, as a guest would ({@code GET /store/orders}).
   *
   * @param lookup display id, email and optional postal code
   * @return the call
   */
  public MedusaCall<StoreOrdersRes> lookup(OrderLookup lookup) {
    requireNonNull(lookup, "lookup");
    return new MedusaCall<>(api.lookupOrder(lookup.getDisplayId(), lookup.getFields(), lookup.getExpand(),
        lookup.getEmail(), lookup.getShippingPostalCode()));
  }

  /**
   * Asks to attach guest orders to the logged-in customer; the server emails a confirmation token
   * ({@code POST /store/orders/batch/customer/token}).
   *
   * @param body the order ids
   * @return the call; the server answers with no body
   */
  public MedusaCall<Void> requestCustomerOrders(StorePostCustomersCustomerOrderClaimReq body) {
    return new MedusaCall<>(api.requestCustomerOrders(requireNonNull(body, "body")));
  }

  /**
   * Confirms attaching guest orders with the emailed token ({@code POST /store/orders/customer/confirm}).
   *
   * @param body the token
   * @return the call; the server answers with no body
   */
  public MedusaCall<Void> confirmRequest(StorePostCustomersCustomerAcceptClaimReq body) {
    return new MedusaCall<>(api.confirmRequest(requireNonNull(body, "body")));
  }
}
