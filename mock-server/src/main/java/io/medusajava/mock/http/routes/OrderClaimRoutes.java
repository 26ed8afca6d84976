package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.customer.OrderClaims;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/**
 * Claiming guest orders. Both operations answer 200 with Express's sendStatus body "OK": the spec gives no
 * response schema, and Medusa sends the token by e-mail (read it with {@link OrderClaims#lastToken(String)}).
 */
public final class OrderClaimRoutes {
    private OrderClaimRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("POST", "/store/orders/batch/customer/token", OrderClaimRoutes::requestToken);
        routes.add("POST", "/store/orders/customer/confirm", OrderClaimRoutes::confirm);
    }

    static Reply requestToken(Call call) {
        String customerId = call.requireCustomerId();
        call.state().orderClaims().requestClaim(customerId, RouteSupport.strings(call.body().get("order_ids")));
        return Reply.text(200, "OK");
    }

    static Reply confirm(Call call) {
        call.state().orderClaims().confirm(RouteSupport.text(call.body(), "token"));
        return Reply.text(200, "OK");
    }
}
