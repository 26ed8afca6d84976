package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.Returns;
import io.medusajava.mock.domain.Swaps;
import io.medusajava.mock.domain.json.ReturnViews;
import io.medusajava.mock.domain.model.Swap;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.ArrayList;
import java.util.List;

/** POST /store/swaps and GET /store/swaps/{cart_id}: {@code {"swap": ...}} (StoreSwapsRes). */
public final class SwapRoutes {
    private SwapRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("POST", "/store/swaps", SwapRoutes::create);
        routes.add("GET", "/store/swaps/{cart_id}", SwapRoutes::byCart);
    }

    static Reply create(Call call) {
        RequestChecks f = new RequestChecks();
        JsonNode body = call.body();
        String orderId = f.string(body, "order_id");
        List<Returns.Line> returnItems = ReturnRoutes.lines(f, f.array(body, "return_items"));
        List<Swaps.NewItem> additional = new ArrayList<>();
        for (JsonNode i : f.array(body, "additional_items")) {
            additional.add(new Swaps.NewItem(f.string(i, "variant_id"), f.integer(i, "quantity")));
        }
        String option = f.optionalString(body, "return_shipping_option");
        f.check();
        return Reply.ok(call.state().atomically(() -> {
            Swaps swaps = new Swaps(call.state());
            Swap swap = swaps.create(orderId, returnItems, additional, option);
            return new ReturnViews(call.state()).swapResponse(swap, swaps.returnOf(swap));
        }));
    }

    static Reply byCart(Call call) {
        return Reply.ok(call.state().atomically(() -> {
            Swaps swaps = new Swaps(call.state());
            Swap swap = swaps.byCart(call.pathParam("cart_id"));
            return new ReturnViews(call.state()).swapResponse(swap, swaps.returnOf(swap));
        }));
    }
}
