package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.domain.model.ReturnReason;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/** Return reasons; the store lists only top-level ones, each with its (here always empty) children. */
public final class ReturnReasonRoutes {
    private ReturnReasonRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("GET", "/store/return-reasons", call ->
                Reply.ok(RouteSupport.wrap("return_reasons",
                        Json.array(call.state().catalog().listReturnReasons(), ReturnReasonRoutes::view))));
        routes.add("GET", "/store/return-reasons/{id}", call -> Reply.ok(RouteSupport.wrap("return_reason",
                view(call.state().catalog().returnReason(call.pathParam("id"))))));
    }

    static ObjectNode view(ReturnReason r) {
        ObjectNode n = Json.entity(r.id, r.createdAt, r.updatedAt);
        n.put("value", r.value);
        n.put("label", r.label);
        n.put("description", r.description);
        n.putNull("parent_return_reason_id");
        n.putNull("metadata");
        n.set("return_reason_children", Json.array());
        return n;
    }
}
