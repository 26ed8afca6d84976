package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.OrderEditsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.StoreOrderEditsRes;
import io.medusajava.model.StorePostOrderEditsOrderEditDecline;
import retrofit2.Retrofit;

/** Order edits the store proposed: read one, then accept or refuse it. */
public final class OrderEditsResource {
  private final OrderEditsApi api;

  OrderEditsResource(Retrofit retrofit) {
    this.api = retrofit.create(OrderEditsApi.class);
  }

  /**
   * Fetches an order edit ({@code GET /store/order-edits/{id}}).
   *
   * @param orderEditId the order edit id
   * @return the call
   */
  public MedusaCall<StoreOrderEditsRes> retrieve(String orderEditId) {
    return new MedusaCall<>(api.retrieve(requireNonBlank(orderEditId, "orderEditId")));
  }

  /**
   * Accepts an order edit ({@code POST /store/order-edits/{id}/complete}).
   *
   * @param orderEditId the order edit id
   * @return the call
   */
  public MedusaCall<StoreOrderEditsRes> complete(String orderEditId) {
    return new MedusaCall<>(api.complete(requireNonBlank(orderEditId, "orderEditId")));
  }

  /**
   * Refuses an order edit ({@code POST /store/order-edits/{id}/decline}).
   *
   * @param orderEditId the order edit id
   * @param body an optional reason
   * @return the call
   */
  public MedusaCall<StoreOrderEditsRes> decline(String orderEditId, StorePostOrderEditsOrderEditDecline body) {
    return new MedusaCall<>(api.decline(requireNonBlank(orderEditId, "orderEditId"), requireNonNull(body, "body")));
  }
}
