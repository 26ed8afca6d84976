package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.ReturnReasonsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.StoreReturnReasonsListRes;
import io.medusajava.model.StoreReturnReasonsRes;
import retrofit2.Retrofit;

/** Reasons a customer may give for a return. */
public final class ReturnReasonsResource {
  private final ReturnReasonsApi api;

  ReturnReasonsResource(Retrofit retrofit) {
    this.api = retrofit.create(ReturnReasonsApi.class);
  }

  /**
   * Lists every return reason ({@code GET /store/return-reasons}).
   *
   * @return the call
   */
  public MedusaCall<StoreReturnReasonsListRes> list() {
    return new MedusaCall<>(api.list());
  }

  /**
   * Fetches a return reason ({@code GET /store/return-reasons/{id}}).
   *
   * @param id the return reason id
   * @return the call
   */
  public MedusaCall<StoreReturnReasonsRes> retrieve(String id) {
    return new MedusaCall<>(api.retrieve(requireNonBlank(id, "id")));
  }
}
