package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.RequestValidator;
import io.medusajava.mock.http.Routes;
import io.medusajava.mock.http.UnauthorizedException;

/**
 * Builds a {@link Routes} with the after-sales groups and dispatches requests to it the way the
 * edge does: the request validator first, then the handler. MedusaError becomes {@code {type,
 * message[, code]}} with its status, UnauthorizedException a text 401, and an unmatched path a 404.
 */
final class RouteHarness {
  /** Checks each request first, as the edge does. */
  private static final RequestValidator VALIDATOR = new RequestValidator();

  final StoreState state;
  final Routes routes = new Routes();

  /** Sent as the logged-in customer when set. */
  String customerId;

  RouteHarness(StoreState state) {
    this.state = state;
    CartSessionRoutes.register(routes);
    ProductSearchRoutes.register(routes);
    VariantRoutes.register(routes);
    CustomerPasswordRoutes.register(routes);
    OrderClaimRoutes.register(routes);
    OrderEditRoutes.register(routes);
    PaymentCollectionRoutes.register(routes);
    ReturnRoutes.register(routes);
    SwapRoutes.register(routes);
  }

  Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  Reply post(String path, String jsonBody) {
    return send("POST", path, jsonBody);
  }

  Reply send(String method, String pathAndQuery, String jsonBody) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? null : pathAndQuery.substring(q + 1);
    Routes.Match m = routes.match(method, path);
    if (m == null) {
      return Reply.text(404, "Cannot " + method + " " + path);
    }
    try {
      JsonNode body = jsonBody == null ? null : Json.MAPPER.readTree(jsonBody);
      FakeCall call = new FakeCall(state, method, path, m.params, query, body, customerId);
      VALIDATOR.check(method, m.route.template, call.query(), call.body());
      return m.route.handler.handle(call);
    } catch (MedusaError e) {
      var n = Json.object().put("type", e.type()).put("message", e.getMessage());
      if (e.code() != null) {
        n.put("code", e.code());
      }
      return Reply.json(e.status(), n);
    } catch (UnauthorizedException e) {
      return Reply.text(401, "Unauthorized");
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
