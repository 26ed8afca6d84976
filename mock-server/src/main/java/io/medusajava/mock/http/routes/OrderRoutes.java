package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.json.OrderViews;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.function.Supplier;

/** Orders by id, by the cart they came from, and the guest lookup by display id and e-mail (28, 29, 67). */
public final class OrderRoutes {
    private OrderRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("GET", "/store/orders/{id}", call -> order(call.state(), () -> call.state().orders().order(call.pathParam("id"))));
        routes.add("GET", "/store/orders/cart/{cart_id}", call ->
                order(call.state(), () -> call.state().orders().byCart(call.pathParam("cart_id"))));
        // display_id and email were checked by the validator: both present, a number and an e-mail.
        routes.add("GET", "/store/orders", call -> order(call.state(), () -> call.state().orders()
                .lookup(Long.parseLong(call.query().get("display_id").trim()), call.query().get("email"))));
    }

    private static Reply order(StoreState s, Supplier<Order> find) {
        return s.atomically(() -> {
            Order order = find.get();
            return Reply.ok(new OrderViews(s.catalog()).orderResponse(order, s.customers().customerOrNull(order.customerId)));
        });
    }
}
