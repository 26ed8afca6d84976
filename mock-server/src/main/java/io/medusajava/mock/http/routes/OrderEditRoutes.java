package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.OrderEdits;
import io.medusajava.mock.domain.json.OrderEditViews;
import io.medusajava.mock.domain.model.OrderEdit;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.function.Supplier;

/** The customer's order-edit operations; each answers {@code {"order_edit": ...}} (StoreOrderEditsRes). */
public final class OrderEditRoutes {
    private OrderEditRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("GET", "/store/order-edits/{id}", c -> edit(c, () -> new OrderEdits(c.state()).get(c.pathParam("id"))));
        routes.add("POST", "/store/order-edits/{id}/complete",
                c -> edit(c, () -> new OrderEdits(c.state()).complete(c.pathParam("id"))));
        routes.add("POST", "/store/order-edits/{id}/decline", OrderEditRoutes::decline);
    }

    static Reply decline(Call call) {
        RequestChecks f = new RequestChecks();
        String reason = f.optionalString(call.body(), "declined_reason");
        f.check();
        return edit(call, () -> new OrderEdits(call.state()).decline(call.pathParam("id"), reason));
    }

    private static Reply edit(Call call, Supplier<OrderEdit> change) {
        return Reply.ok(call.state().atomically(() -> new OrderEditViews(call.state()).orderEditResponse(change.get())));
    }
}
