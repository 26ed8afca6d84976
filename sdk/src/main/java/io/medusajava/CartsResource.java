package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.CartsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.StoreCartsRes;
import io.medusajava.model.StoreCompleteCartRes;
import io.medusajava.model.StorePostCartReq;
import io.medusajava.model.StorePostCartsCartLineItemsItemReq;
import io.medusajava.model.StorePostCartsCartLineItemsReq;
import io.medusajava.model.StorePostCartsCartPaymentSessionReq;
import io.medusajava.model.StorePostCartsCartPaymentSessionUpdateReq;
import io.medusajava.model.StorePostCartsCartReq;
import io.medusajava.model.StorePostCartsCartShippingMethodReq;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Carts, from the first item to checkout. {@link #complete} is safe to repeat: a retried or repeated
 * completion answers with the order already placed, never a second one.
 */
public final class CartsResource {
  private final CartsApi api;

  CartsResource(Retrofit retrofit) {
    this.api = retrofit.create(CartsApi.class);
  }

  /**
   * Creates a cart ({@code POST /store/carts}).
   *
   * @param body region, country, sales channel, items; all optional
   * @return the call
   */
  public MedusaCall<StoreCartsRes> create(StorePostCartReq body) {
    return new MedusaCall<>(api.create(requireNonNull(body, "body")));
  }

  /**
   * Fetches a cart with its items and totals ({@code GET /store/carts/{id}}).
   *
   * @param cartId the cart id
   * @return the call
   */
  public MedusaCall<StoreCartsRes> retrieve(String cartId) {
    return new MedusaCall<>(api.retrieve(requireNonBlank(cartId, "cartId")));
  }

  /**
   * Changes a cart: email, addresses, region, discounts, gift cards ({@code POST /store/carts/{id}}).
   *
   * @param cartId the cart id
   * @param body the fields to change
   * @return the call
   */
  public MedusaCall<StoreCartsRes> update(String cartId, StorePostCartsCartReq body) {
    return new MedusaCall<>(api.update(requireNonBlank(cartId, "cartId"), requireNonNull(body, "body")));
  }

  /**
   * Checks out: authorizes payment and places the order ({@code POST /store/carts/{id}/complete}).
   *
   * @param cartId the cart id
   * @return the call; its data is the order, or the cart when payment needs more action
   */
  public MedusaCall<StoreCompleteCartRes> complete(String cartId) {
    return complete(cartId, null);
  }

  /**
   * Checks out, replaying an earlier attempt: pass the {@code Idempotency-Key} the server returned for it
   * (see {@code MedusaResponse.idempotencyKey()}).
   *
   * @param cartId the cart id
   * @param idempotencyKey a key the server issued, or null
   * @return the call
   */
  public MedusaCall<StoreCompleteCartRes> complete(String cartId, @Nullable String idempotencyKey) {
    return new MedusaCall<>(api.complete(requireNonBlank(cartId, "cartId"), idempotencyKey));
  }

  /**
   * Adds a variant to the cart ({@code POST /store/carts/{id}/line-items}).
   *
   * @param cartId the cart id
   * @param body variant id and quantity
   * @return the call
   */
  public MedusaCall<StoreCartsRes> addLineItem(String cartId, StorePostCartsCartLineItemsReq body) {
    return new MedusaCall<>(api.createLineItem(requireNonBlank(cartId, "cartId"), requireNonNull(body, "body")));
  }

  /**
   * Changes the quantity of a line item ({@code POST /store/carts/{id}/line-items/{line_id}}).
   *
   * @param cartId the cart id
   * @param lineItemId the line item id
   * @param body the new quantity
   * @return the call
   */
  public MedusaCall<StoreCartsRes> updateLineItem(String cartId, String lineItemId,
      StorePostCartsCartLineItemsItemReq body) {
    return new MedusaCall<>(api.updateLineItem(requireNonBlank(cartId, "cartId"),
        requireNonBlank(lineItemId, "lineItemId"), requireNonNull(body, "body")));
  }

  /**
   * Removes a line item ({@code DELETE /store/carts/{id}/line-items/{line_id}}).
   *
   * @param cartId the cart id
   * @param lineItemId the line item id
   * @return the call
   */
  public MedusaCall<StoreCartsRes> deleteLineItem(String cartId, String lineItemId) {
    return new MedusaCall<>(api.deleteLineItem(requireNonBlank(cartId, "cartId"),
        requireNonBlank(lineItemId, "lineItemId")));
  }

  /**
   * Takes a discount code off the cart ({@code DELETE /store/carts/{id}/discounts/{code}}).
   *
   * @param cartId the cart id
   * @param code the discount code
   * @return the call
   */
  public MedusaCall<StoreCartsRes> deleteDiscount(String cartId, String code) {
    return new MedusaCall<>(api.deleteDiscount(requireNonBlank(cartId, "cartId"), requireNonBlank(code, "code")));
  }

  /**
   * Picks a shipping option ({@code POST /store/carts/{id}/shipping-methods}).
   *
   * @param cartId the cart id
   * @param body the option id and provider data
   * @return the call
   */
  public MedusaCall<StoreCartsRes> addShippingMethod(String cartId, StorePostCartsCartShippingMethodReq body) {
    return new MedusaCall<>(api.addShippingMethod(requireNonBlank(cartId, "cartId"), requireNonNull(body, "body")));
  }

  /**
   * Opens a payment session with each provider of the cart's region
   * ({@code POST /store/carts/{id}/payment-sessions}); safe to retry.
   *
   * @param cartId the cart id
   * @return the call
   */
  public MedusaCall<StoreCartsRes> createPaymentSessions(String cartId) {
    return new MedusaCall<>(api.createPaymentSessions(requireNonBlank(cartId, "cartId"), null));
  }

  /**
   * Chooses the provider that will take payment ({@code POST /store/carts/{id}/payment-session}).
   *
   * @param cartId the cart id
   * @param body the provider id
   * @return the call
   */
  public MedusaCall<StoreCartsRes> setPaymentSession(String cartId, StorePostCartsCartPaymentSessionReq body) {
    return new MedusaCall<>(api.setPaymentSession(requireNonBlank(cartId, "cartId"), requireNonNull(body, "body")));
  }

  /**
   * Changes the provider data of a payment session
   * ({@code POST /store/carts/{id}/payment-sessions/{provider_id}}).
   *
   * @param cartId the cart id
   * @param providerId the provider id
   * @param body the data
   * @return the call
   */
  public MedusaCall<StoreCartsRes> updatePaymentSession(String cartId, String providerId,
      StorePostCartsCartPaymentSessionUpdateReq body) {
    return new MedusaCall<>(api.updatePaymentSession(requireNonBlank(cartId, "cartId"),
        requireNonBlank(providerId, "providerId"), requireNonNull(body, "body")));
  }

  /**
   * Renews an expired payment session
   * ({@code POST /store/carts/{id}/payment-sessions/{provider_id}/refresh}).
   *
   * @param cartId the cart id
   * @param providerId the provider id
   * @return the call
   */
  public MedusaCall<StoreCartsRes> refreshPaymentSession(String cartId, String providerId) {
    return new MedusaCall<>(api.refreshPaymentSession(requireNonBlank(cartId, "cartId"),
        requireNonBlank(providerId, "providerId")));
  }

  /**
   * Drops a payment session ({@code DELETE /store/carts/{id}/payment-sessions/{provider_id}}).
   *
   * @param cartId the cart id
   * @param providerId the provider id
   * @return the call
   */
  public MedusaCall<StoreCartsRes> deletePaymentSession(String cartId, String providerId) {
    return new MedusaCall<>(api.deletePaymentSession(requireNonBlank(cartId, "cartId"),
        requireNonBlank(providerId, "providerId")));
  }

  /**
   * Computes the cart's taxes ({@code POST /store/carts/{id}/taxes}); safe to retry.
   *
   * @param cartId the cart id
   * @return the call
   */
  public MedusaCall<StoreCartsRes> calculateTaxes(String cartId) {
    return new MedusaCall<>(api.calculateTaxes(requireNonBlank(cartId, "cartId"), null));
  }
}
