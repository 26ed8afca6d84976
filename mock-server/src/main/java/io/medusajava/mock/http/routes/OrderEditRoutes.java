package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.json.OrderEditViews;
import io.medusajava.mock.domain.model.OrderEdit;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.function.Supplier;

/**
 * The customer's order-edit operations; each answers {@code {"order_edit": ...}}
 * (StoreOrderEditsRes).
 */
public final class OrderEditRoutes {
  private OrderEditRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/order-edits/{id}",
        c -> edit(c, () -> c.state().orderEdits().get(c.pathParam("id"))));
    routes.add(
        "POST",
        "/store/order-edits/{id}/complete",
        c -> edit(c, () -> c.state().orderEdits().complete(c.pathParam("id"))));
    routes.add("POST", "/store/order-edits/{id}/decline", OrderEditRoutes::decline);
  }

  static Reply decline(Call call) {
    String reason = RouteSupport.text(call.body(), "declined_reason");
    return edit(call, () -> call.state().orderEdits().decline(call.pathParam("id"), reason));
  }

  private static Reply edit(Call call, Supplier<OrderEdit> change) {
    StoreState s = call.state();
    return Reply.ok(
        s.atomically(
            () -> {
              OrderEdit e = change.get();
              PaymentCollection pc =
                  e.paymentCollectionId == null
                      ? null
                      : s.paymentCollections().get(e.paymentCollectionId);
              return new OrderEditViews(s.catalog())
                  .orderEditResponse(e, s.orders().order(e.orderId), pc);
            }));
  }
}
