package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.MedusaError;
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
        routes.add("GET", "/store/orders", call -> {
            String displayId = call.query().get("display_id");
            String email = call.query().get("email");
            java.util.List<String> problems = new java.util.ArrayList<>();
            Integer id = null;
            try {
                id = displayId == null ? null : Integer.valueOf(displayId.trim());
            } catch (NumberFormatException e) {
                id = null;
            }
            if (id == null) {
                problems.add("display_id must be a number conforming to the specified constraints");
            }
            if (email == null || !email.contains("@")) {
                problems.add("email must be an email");
            }
            if (!problems.isEmpty()) {
                throw MedusaError.invalidData(String.join(", ", problems));
            }
            int wanted = id;
            return order(call.state(), () -> call.state().orders().lookup(wanted, email));
        });
    }

    private static Reply order(StoreState s, Supplier<Order> find) {
        return s.atomically(() -> {
            Order order = find.get();
            return Reply.ok(new OrderViews(s.catalog()).orderResponse(order, s.customers().customerOrNull(order.customerId)));
        });
    }
}
