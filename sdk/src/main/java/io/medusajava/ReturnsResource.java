package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.ReturnsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.StorePostReturnsReq;
import io.medusajava.model.StoreReturnsRes;
import retrofit2.Retrofit;

/** Returns: a customer sends items of an order back. */
public final class ReturnsResource {
  private final ReturnsApi api;

  ReturnsResource(Retrofit retrofit) {
    this.api = retrofit.create(ReturnsApi.class);
  }

  /**
   * Opens a return ({@code POST /store/returns}); safe to retry.
   *
   * @param body the order, items and optional return shipping
   * @return the call
   */
  public MedusaCall<StoreReturnsRes> create(StorePostReturnsReq body) {
    return new MedusaCall<>(api.create(null, requireNonNull(body, "body")));
  }
}
