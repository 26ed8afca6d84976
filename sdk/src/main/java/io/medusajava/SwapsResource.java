package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.SwapsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.StorePostSwapsReq;
import io.medusajava.model.StoreSwapsRes;
import retrofit2.Retrofit;

/** Swaps: items of an order exchanged for others. */
public final class SwapsResource {
  private final SwapsApi api;

  SwapsResource(Retrofit retrofit) {
    this.api = retrofit.create(SwapsApi.class);
  }

  /**
   * Starts a swap ({@code POST /store/swaps}); safe to retry.
   *
   * @param body the order, items to return and items to send
   * @return the call
   */
  public MedusaCall<StoreSwapsRes> create(StorePostSwapsReq body) {
    return new MedusaCall<>(api.create(null, requireNonNull(body, "body")));
  }

  /**
   * Fetches the swap behind a cart ({@code GET /store/swaps/{cart_id}}).
   *
   * @param cartId the id of the swap's cart
   * @return the call
   */
  public MedusaCall<StoreSwapsRes> retrieveByCartId(String cartId) {
    return new MedusaCall<>(api.retrieveByCartId(requireNonBlank(cartId, "cartId")));
  }
}
