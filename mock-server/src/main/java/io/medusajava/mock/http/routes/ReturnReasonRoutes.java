package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.domain.model.ReturnReason;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.List;

/**
 * Return reasons. The store lists only top-level ones; each answer carries its parent and its
 * children. Medusa selects the reason's columns without {@code metadata}, while the joined parent
 * and children are whole rows.
 */
public final class ReturnReasonRoutes {
  private ReturnReasonRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/return-reasons",
        call -> {
          Catalog catalog = call.state().catalog();
          List<ReturnReason> all = catalog.listReturnReasons();
          return Reply.ok(
              RouteSupport.wrap(
                  "return_reasons",
                  Json.array(
                      all.stream().filter(r -> r.parentReturnReasonId == null).toList(),
                      r -> view(r, all))));
        });
    routes.add(
        "GET",
        "/store/return-reasons/{id}",
        call -> {
          Catalog catalog = call.state().catalog();
          String id = call.pathParam("id");
          ReturnReason r = catalog.returnReasonOrNull(id);
          if (r == null) {
            throw MedusaError.notFound("Return Reason with id: " + id + " was not found.");
          }
          return Reply.ok(RouteSupport.wrap("return_reason", view(r, catalog.listReturnReasons())));
        });
  }

  private static ObjectNode view(ReturnReason r, List<ReturnReason> all) {
    ObjectNode n = columns(r);
    ReturnReason parent =
        all.stream().filter(p -> p.id.equals(r.parentReturnReasonId)).findFirst().orElse(null);
    n.set("parent_return_reason", parent == null ? null : row(parent));
    n.set(
        "return_reason_children",
        Json.array(
            all.stream().filter(c -> r.id.equals(c.parentReturnReasonId)).toList(),
            ReturnReasonRoutes::row));
    return n;
  }

  /** The columns the store routes select. */
  private static ObjectNode columns(ReturnReason r) {
    ObjectNode n = Json.entity(r.id, r.createdAt, r.updatedAt);
    n.put("value", r.value);
    n.put("label", r.label);
    n.put("description", r.description);
    n.put("parent_return_reason_id", r.parentReturnReasonId);
    return n;
  }

  /** A whole row, as a joined relation brings it. */
  private static ObjectNode row(ReturnReason r) {
    return columns(r).putNull("metadata");
  }
}
