package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.json.CartViews;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.Map;

/**
 * Cart operations beside the core checkout: update a payment session's data, refresh a session, and
 * compute taxes. All three answer {@code {"cart": ...}} (StoreCartsRes), each in the shape Medusa
 * loads for it.
 */
public final class CartSessionRoutes {
  private CartSessionRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "POST",
        "/store/carts/{id}/payment-sessions/{provider_id}",
        CartSessionRoutes::updateSession);
    routes.add(
        "POST",
        "/store/carts/{id}/payment-sessions/{provider_id}/refresh",
        CartSessionRoutes::refresh);
    routes.add("POST", "/store/carts/{id}/taxes", CartSessionRoutes::taxes);
  }

  @SuppressWarnings("unchecked")
  static Reply updateSession(Call call) {
    Map<String, Object> values = Json.MAPPER.convertValue(call.body().get("data"), Map.class);
    return CartRoutes.cart(
        call,
        CartViews.Shape.DEFAULT,
        s ->
            s.checkout()
                .updateSessionData(call.pathParam("id"), call.pathParam("provider_id"), values));
  }

  static Reply refresh(Call call) {
    return CartRoutes.cart(
        call,
        CartViews.Shape.SESSION_REFRESHED,
        s -> s.checkout().refreshSession(call.pathParam("id"), call.pathParam("provider_id")));
  }

  static Reply taxes(Call call) {
    return CartRoutes.cart(
        call, CartViews.Shape.TAXES, s -> s.checkout().computeTaxes(call.pathParam("id")));
  }
}
