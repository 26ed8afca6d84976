package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.PaymentCollectionsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.StorePaymentCollectionSessionsReq;
import io.medusajava.model.StorePaymentCollectionsRes;
import io.medusajava.model.StorePaymentCollectionsSessionRes;
import io.medusajava.model.StorePostPaymentCollectionsBatchSessionsAuthorizeReq;
import io.medusajava.model.StorePostPaymentCollectionsBatchSessionsReq;
import retrofit2.Retrofit;

/** Payment collections (which pay for order edits) and their sessions. */
public final class PaymentCollectionsResource {
  private final PaymentCollectionsApi api;

  PaymentCollectionsResource(Retrofit retrofit) {
    this.api = retrofit.create(PaymentCollectionsApi.class);
  }

  /**
   * Fetches a payment collection ({@code GET /store/payment-collections/{id}}).
   *
   * @param id the payment collection id
   * @return the call
   */
  public MedusaCall<StorePaymentCollectionsRes> retrieve(String id) {
    return new MedusaCall<>(api.retrieve(requireNonBlank(id, "id"), null, null));
  }

  /**
   * Opens or changes one payment session ({@code POST /store/payment-collections/{id}/sessions}).
   *
   * @param id the payment collection id
   * @param body the provider
   * @return the call
   */
  public MedusaCall<StorePaymentCollectionsRes> manageSession(String id, StorePaymentCollectionSessionsReq body) {
    return new MedusaCall<>(api.managePaymentSession(requireNonBlank(id, "id"), requireNonNull(body, "body")));
  }

  /**
   * Opens or changes several payment sessions ({@code POST /store/payment-collections/{id}/sessions/batch}).
   *
   * @param id the payment collection id
   * @param body the sessions
   * @return the call
   */
  public MedusaCall<StorePaymentCollectionsRes> manageSessions(String id, StorePostPaymentCollectionsBatchSessionsReq body) {
    return new MedusaCall<>(api.managePaymentSessionsBatch(requireNonBlank(id, "id"), requireNonNull(body, "body")));
  }

  /**
   * Authorizes several sessions ({@code POST /store/payment-collections/{id}/sessions/batch/authorize}).
   *
   * @param id the payment collection id
   * @param body the session ids
   * @return the call
   */
  public MedusaCall<StorePaymentCollectionsRes> authorizeSessions(String id,
      StorePostPaymentCollectionsBatchSessionsAuthorizeReq body) {
    return new MedusaCall<>(api.authorizePaymentSessionsBatch(requireNonBlank(id, "id"),
        requireNonNull(body, "body")));
  }

  /**
   * Renews one session ({@code POST /store/payment-collections/{id}/sessions/{session_id}}).
   *
   * @param id the payment collection id
   * @param sessionId the payment session id
   * @return the call
   */
  public MedusaCall<StorePaymentCollectionsSessionRes> refreshSession(String id, String sessionId) {
    return new MedusaCall<>(api.refreshPaymentSession(requireNonBlank(id, "id"),
        requireNonBlank(sessionId, "sessionId")));
  }

  /**
   * Authorizes one session ({@code POST /store/payment-collections/{id}/sessions/{session_id}/authorize}).
   *
   * @param id the payment collection id
   * @param sessionId the payment session id
   * @return the call
   */
  public MedusaCall<StorePaymentCollectionsSessionRes> authorizeSession(String id, String sessionId) {
    return new MedusaCall<>(api.authorizePaymentSession(requireNonBlank(id, "id"),
        requireNonBlank(sessionId, "sessionId")));
  }
}
