package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.customer.OrderClaims;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.List;

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
        RequestChecks f = new RequestChecks();
        List<String> orderIds = f.strings(call.body(), "order_ids");
        f.check();
        call.state().orderClaims().requestClaim(customerId, orderIds);
        return Reply.text(200, "OK");
    }

    static Reply confirm(Call call) {
        RequestChecks f = new RequestChecks();
        String token = f.string(call.body(), "token");
        f.check();
        call.state().orderClaims().confirm(token);
        return Reply.text(200, "OK");
    }
}
