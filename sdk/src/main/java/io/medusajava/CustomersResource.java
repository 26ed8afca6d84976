package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.CustomersApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.AddressPayload;
import io.medusajava.model.Order;
import io.medusajava.model.StoreCustomersListOrdersRes;
import io.medusajava.model.StoreCustomersListPaymentMethodsRes;
import io.medusajava.model.StoreCustomersRes;
import io.medusajava.model.StoreCustomersResetPasswordRes;
import io.medusajava.model.StorePostCustomersCustomerAddressesReq;
import io.medusajava.model.StorePostCustomersCustomerPasswordTokenReq;
import io.medusajava.model.StorePostCustomersCustomerReq;
import io.medusajava.model.StorePostCustomersReq;
import io.medusajava.model.StorePostCustomersResetPasswordReq;
import io.medusajava.paging.AutoPager;
import io.medusajava.query.DateRange;
import io.medusajava.paging.Page;
import io.medusajava.query.CustomerOrderQuery;
import retrofit2.Retrofit;

/**
 * Customers: registration, and the profile, addresses, orders and password of the logged-in customer.
 * Registering also logs the customer in (the server sets the session cookie).
 */
public final class CustomersResource {
  private final CustomersApi api;

  CustomersResource(Retrofit retrofit) {
    this.api = retrofit.create(CustomersApi.class);
  }

  /**
   * Registers a customer ({@code POST /store/customers}) and starts their cookie session.
   *
   * @param body name, email, password, optional phone
   * @return the call; a taken email throws {@code UnprocessableException}
   */
  public MedusaCall<StoreCustomersRes> create(StorePostCustomersReq body) {
    return new MedusaCall<>(api.create(requireNonNull(body, "body")));
  }

  /** Fetches the logged-in customer ({@code GET /store/customers/me}). */
  public MedusaCall<StoreCustomersRes> retrieve() {
    return new MedusaCall<>(api.retrieve());
  }

  /**
   * Changes the logged-in customer's profile ({@code POST /store/customers/me}).
   *
   * @param body the fields to change
   * @return the call
   */
  public MedusaCall<StoreCustomersRes> update(StorePostCustomersCustomerReq body) {
    return new MedusaCall<>(api.update(requireNonNull(body, "body")));
  }

  /**
   * Saves a shipping address ({@code POST /store/customers/me/addresses}).
   *
   * @param body the address
   * @return the call
   */
  public MedusaCall<StoreCustomersRes> addAddress(StorePostCustomersCustomerAddressesReq body) {
    return new MedusaCall<>(api.addAddress(requireNonNull(body, "body")));
  }

  /**
   * Changes a saved address ({@code POST /store/customers/me/addresses/{address_id}}).
   *
   * @param addressId the address id
   * @param body the fields to change
   * @return the call
   */
  public MedusaCall<StoreCustomersRes> updateAddress(String addressId, AddressPayload body) {
    return new MedusaCall<>(api.updateAddress(requireNonBlank(addressId, "addressId"), requireNonNull(body, "body")));
  }

  /**
   * Forgets a saved address ({@code DELETE /store/customers/me/addresses/{address_id}}).
   *
   * @param addressId the address id
   * @return the call
   */
  public MedusaCall<StoreCustomersRes> deleteAddress(String addressId) {
    return new MedusaCall<>(api.deleteAddress(requireNonBlank(addressId, "addressId")));
  }

  /**
   * Fetches one page of the logged-in customer's orders ({@code GET /store/customers/me/orders}).
   *
   * @param query filters, limit and offset
   * @return the call
   */
  public MedusaCall<StoreCustomersListOrdersRes> listOrders(CustomerOrderQuery query) {
    requireNonNull(query, "query");
    return new MedusaCall<>(api.listOrders(query.getQ(), query.getId(), query.getStatuses(),
        query.getFulfillmentStatuses(), query.getPaymentStatuses(), query.getDisplayId(), query.getCartId(),
        query.getEmail(), query.getRegionId(), query.getCurrencyCode(), query.getTaxRate(),
        DateRange.lt(query.getCreatedAt()), DateRange.gt(query.getCreatedAt()),
        DateRange.lte(query.getCreatedAt()), DateRange.gte(query.getCreatedAt()),
        DateRange.lt(query.getUpdatedAt()), DateRange.gt(query.getUpdatedAt()),
        DateRange.lte(query.getUpdatedAt()), DateRange.gte(query.getUpdatedAt()),
        DateRange.lt(query.getCanceledAt()), DateRange.gt(query.getCanceledAt()),
        DateRange.lte(query.getCanceledAt()), DateRange.gte(query.getCanceledAt()),
        query.getLimit(), query.getOffset(), query.getExpand(), query.getFields()));
  }

  /**
   * Fetches the page of orders the query asks for, as a {@link Page} that can fetch the next one.
   *
   * @param query the query
   * @return the page
   */
  public Page<Order> ordersPage(CustomerOrderQuery query) {
    return orderPaging(query).first();
  }

  /**
   * Every order of the logged-in customer that matches, fetched lazily page by page.
   *
   * @param query the query; its limit is the page size
   * @return an auto-pager; iterating it sends requests
   */
  public AutoPager<Order> listAllOrders(CustomerOrderQuery query) {
    return orderPaging(query).all();
  }

  /** Lists payment methods the customer saved with payment providers. */
  public MedusaCall<StoreCustomersListPaymentMethodsRes> listPaymentMethods() {
    return new MedusaCall<>(api.listPaymentMethods());
  }

  /**
   * Asks the server to issue a password reset token, which it hands to its notification plugin
   * ({@code POST /store/customers/password-token}).
   *
   * @param body the customer's email
   * @return the call; the server answers with no body
   */
  public MedusaCall<Void> generatePasswordToken(StorePostCustomersCustomerPasswordTokenReq body) {
    return new MedusaCall<>(api.generatePasswordToken(requireNonNull(body, "body")));
  }

  /**
   * Sets a new password with a reset token ({@code POST /store/customers/password-reset}).
   *
   * @param body email, token and new password
   * @return the call
   */
  public MedusaCall<StoreCustomersResetPasswordRes> resetPassword(StorePostCustomersResetPasswordReq body) {
    return new MedusaCall<>(api.resetPassword(requireNonNull(body, "body")));
  }

  private Paging<CustomerOrderQuery, StoreCustomersListOrdersRes, Order> orderPaging(CustomerOrderQuery query) {
    return new Paging<>(requireNonNull(query, "query"), this::listOrders, StoreCustomersListOrdersRes::getOrders,
        StoreCustomersListOrdersRes::getCount, StoreCustomersListOrdersRes::getLimit);
  }
}
