package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.ShippingOptionsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.StoreCartShippingOptionsListRes;
import io.medusajava.model.StoreShippingOptionsListRes;
import io.medusajava.query.ShippingOptionQuery;
import retrofit2.Retrofit;

/** Shipping options: all of them, or those a cart can use, priced for it. */
public final class ShippingOptionsResource {
  private final ShippingOptionsApi api;

  ShippingOptionsResource(Retrofit retrofit) {
    this.api = retrofit.create(ShippingOptionsApi.class);
  }

  /**
   * Lists shipping options ({@code GET /store/shipping-options}).
   *
   * @param query region, products, return or outbound
   * @return the call
   */
  public MedusaCall<StoreShippingOptionsListRes> list(ShippingOptionQuery query) {
    requireNonNull(query, "query");
    return new MedusaCall<>(api.list(query.getIsReturn(), query.getProductIds(), query.getRegionId()));
  }

  /** Lists every shipping option. */
  public MedusaCall<StoreShippingOptionsListRes> list() {
    return list(ShippingOptionQuery.builder().build());
  }

  /**
   * Lists the options a cart can use, priced for it ({@code GET /store/shipping-options/{cart_id}}).
   *
   * @param cartId the cart id
   * @return the call
   */
  public MedusaCall<StoreCartShippingOptionsListRes> listForCart(String cartId) {
    return new MedusaCall<>(api.listCartOptions(requireNonBlank(cartId, "cartId")));
  }
}
