package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.GiftCardsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.StoreGiftCardsRes;
import retrofit2.Retrofit;

/** Gift cards, looked up by code to show their balance. */
public final class GiftCardsResource {
  private final GiftCardsApi api;

  GiftCardsResource(Retrofit retrofit) {
    this.api = retrofit.create(GiftCardsApi.class);
  }

  /**
   * Looks up a gift card by its code ({@code GET /store/gift-cards/{code}}).
   *
   * @param code the code printed on the card
   * @return the call
   */
  public MedusaCall<StoreGiftCardsRes> retrieve(String code) {
    return new MedusaCall<>(api.retrieve(requireNonBlank(code, "code")));
  }
}
