package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.aftersales.PaymentCollections;
import io.medusajava.mock.domain.json.PaymentCollectionViews;
import io.medusajava.mock.domain.json.PaymentCollectionViews.Shape;
import io.medusajava.mock.domain.json.Selection;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Payment collection operations. Collection-level ones answer {@code {"payment_collection": ...}};
 * the two single-session ones answer {@code {"payment_session": ...}}, as the spec's schemas say.
 */
public final class PaymentCollectionRoutes {
  private PaymentCollectionRoutes() {}

  public static void register(Routes routes) {
    routes.add("GET", "/store/payment-collections/{id}", PaymentCollectionRoutes::get);
    routes.add(
        "POST", "/store/payment-collections/{id}/sessions", PaymentCollectionRoutes::setSession);
    routes.add(
        "POST",
        "/store/payment-collections/{id}/sessions/batch",
        PaymentCollectionRoutes::setSessions);
    routes.add(
        "POST",
        "/store/payment-collections/{id}/sessions/batch/authorize",
        PaymentCollectionRoutes::authorizeBatch);
    routes.add(
        "POST",
        "/store/payment-collections/{id}/sessions/{session_id}",
        PaymentCollectionRoutes::refresh);
    routes.add(
        "POST",
        "/store/payment-collections/{id}/sessions/{session_id}/authorize",
        PaymentCollectionRoutes::authorize);
  }

  static Reply get(Call call) {
    Selection selection =
        Selection.of(
            PaymentCollectionViews.FETCH_QUERY,
            call.query().get("fields"),
            call.query().get("expand"),
            null);
    return Reply.ok(
        call.state()
            .atomically(
                () ->
                    views(call)
                        .paymentCollectionResponse(
                            domain(call).get(call.pathParam("id")), selection)));
  }

  static Reply setSession(Call call) {
    String provider = RouteSupport.text(call.body(), "provider_id");
    return collection(
        call, pcs -> pcs.setSession(call.pathParam("id"), provider), Shape.SESSIONS_SET);
  }

  static Reply setSessions(Call call) {
    List<PaymentCollections.SessionInput> sessions = new ArrayList<>();
    // Validation let through an array with at least one well-formed session; the others may be
    // anything.
    for (JsonNode s : call.body().get("sessions")) {
      JsonNode amount = s.path("amount");
      sessions.add(
          new PaymentCollections.SessionInput(
              RouteSupport.text(s, "provider_id"),
              amount.isNumber() ? RouteSupport.wholeNumber(amount) : null,
              RouteSupport.text(s, "session_id")));
    }
    return collection(
        call, pcs -> pcs.setSessions(call.pathParam("id"), sessions), Shape.SESSIONS_SET);
  }

  static Reply authorizeBatch(Call call) {
    List<String> ids = RouteSupport.strings(call.body().get("session_ids"));
    return collection(
        call, pcs -> pcs.authorizeSessions(call.pathParam("id"), ids), Shape.AUTHORIZED);
  }

  static Reply refresh(Call call) {
    return Reply.ok(
        call.state()
            .atomically(
                () ->
                    views(call)
                        .paymentSessionResponse(
                            domain(call)
                                .refreshSession(
                                    call.pathParam("id"), call.pathParam("session_id")))));
  }

  static Reply authorize(Call call) {
    return Reply.ok(
        call.state()
            .atomically(
                () ->
                    views(call)
                        .paymentSessionResponse(
                            domain(call)
                                .authorizeSession(
                                    call.pathParam("id"), call.pathParam("session_id")))));
  }

  /** Changes a collection under the store lock and answers it in the operation's shape. */
  private static Reply collection(
      Call call, Function<PaymentCollections, PaymentCollection> change, Shape shape) {
    return Reply.ok(
        call.state()
            .atomically(
                () -> views(call).paymentCollectionResponse(change.apply(domain(call)), shape)));
  }

  private static PaymentCollections domain(Call call) {
    return call.state().paymentCollections();
  }

  private static PaymentCollectionViews views(Call call) {
    return new PaymentCollectionViews(call.state().catalog());
  }
}
