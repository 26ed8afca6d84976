package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.json.OrderProjection;
import io.medusajava.mock.domain.json.OrderViews;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.function.Supplier;

/**
 * Orders by id, by the cart they came from, and the guest lookup by display id and e-mail (28, 29,
 * 67).
 */
public final class OrderRoutes {
  private OrderRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/orders/{id}",
        call ->
            order(
                call.state(),
                OrderViews.Shape.GET,
                projection(call, OrderProjection.Endpoint.BY_ID),
                () -> call.state().orders().order(call.pathParam("id"))));
    routes.add(
        "GET",
        "/store/orders/cart/{cart_id}",
        call ->
            order(
                call.state(),
                OrderViews.Shape.BY_CART,
                null,
                () -> call.state().orders().byCart(call.pathParam("cart_id"))));
    // display_id and email were checked by the validator: both present, a number and an e-mail.
    routes.add(
        "GET",
        "/store/orders",
        call -> {
          StoreState s = call.state();
          return s.atomically(
              () -> {
                Order order =
                    s.orders()
                        .lookup(
                            Long.parseLong(call.query().get("display_id").trim()),
                            call.query().get("email"));
                // Medusa's lookup route answers a miss with a bare status, not its JSON error.
                return order == null
                    ? Reply.text(404, "Not Found")
                    : orderReply(
                        s,
                        order,
                        OrderViews.Shape.GET,
                        projection(call, OrderProjection.Endpoint.LOOKUP));
              });
        });
  }

  private static Reply order(
      StoreState s, OrderViews.Shape shape, OrderProjection projection, Supplier<Order> find) {
    return s.atomically(() -> orderReply(s, find.get(), shape, projection));
  }

  private static Reply orderReply(
      StoreState s, Order order, OrderViews.Shape shape, OrderProjection projection) {
    return Reply.ok(
        new OrderViews(s.catalog())
            .orderResponse(
                order, shape, s.customers().customerOrNull(order.customerId), projection));
  }

  /** The request's {@code fields} and {@code expand}, for the endpoints that take them. */
  static OrderProjection projection(Call call, OrderProjection.Endpoint endpoint) {
    return new OrderProjection(endpoint, call.query().get("fields"), call.query().get("expand"));
  }
}
