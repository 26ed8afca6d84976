package io.medusajava.mock.http.routes;

import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/**
 * Claiming guest orders. Both operations answer 200 with Express's sendStatus body "OK": the spec
 * gives no response schema, and Medusa hands the token to whoever listens to {@code
 * order-update-token.created} (the mock's event outbox, {@code GET /__medusa/events}).
 */
public final class OrderClaimRoutes {
  private OrderClaimRoutes() {}

  public static void register(Routes routes) {
    routes.add("POST", "/store/orders/batch/customer/token", OrderClaimRoutes::requestToken);
    routes.add("POST", "/store/orders/customer/confirm", OrderClaimRoutes::confirm);
  }

  static Reply requestToken(Call call) {
    String customerId = call.requireCustomerId();
    call.state()
        .orderClaims()
        .requestClaim(customerId, RouteSupport.strings(call.body().get("order_ids")));
    return Reply.text(200, "OK");
  }

  /** A string that is not a JWT has already failed request validation (IsJWT in store.yaml). */
  static Reply confirm(Call call) {
    call.state().orderClaims().confirm(RouteSupport.text(call.body(), "token"));
    return Reply.text(200, "OK");
  }
}
