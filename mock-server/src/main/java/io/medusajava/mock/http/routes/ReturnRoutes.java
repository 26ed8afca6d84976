package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.aftersales.Returns;
import io.medusajava.mock.domain.json.ReturnViews;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.ArrayList;
import java.util.List;

/** POST /store/returns: {@code {"return": ...}} (StoreReturnsRes). */
public final class ReturnRoutes {
    private ReturnRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("POST", "/store/returns", ReturnRoutes::create);
    }

    static Reply create(Call call) {
        RequestChecks f = new RequestChecks();
        JsonNode body = call.body();
        String orderId = f.string(body, "order_id");
        List<Returns.Line> lines = lines(f, f.array(body, "items"));
        String optionId = null;
        JsonNode shipping = body.get("return_shipping");
        if (shipping != null && !shipping.isNull()) {
            optionId = f.string(shipping, "option_id");
        }
        f.check();
        String option = optionId;
        return Reply.ok(call.state().atomically(() -> new ReturnViews(call.state().catalog())
                .returnResponse(call.state().returns().create(orderId, lines, option))));
    }

    /** The item lines of a return or of a swap's return_items. */
    static List<Returns.Line> lines(RequestChecks f, List<JsonNode> items) {
        List<Returns.Line> lines = new ArrayList<>();
        for (JsonNode i : items) {
            lines.add(new Returns.Line(f.string(i, "item_id"), f.integer(i, "quantity"),
                    f.optionalString(i, "reason_id"), f.optionalString(i, "note")));
        }
        return lines;
    }
}
