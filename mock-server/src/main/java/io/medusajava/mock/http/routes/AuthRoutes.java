package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.json.CustomerViews;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/** Customer login by cookie session or JWT (transcripts 15-18, 55-61, 74-75). */
public final class AuthRoutes {
  private AuthRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/auth",
        call ->
            Reply.ok(
                CustomerViews.sessionResponse(
                    call.state().customers().customer(call.requireCustomerId()))));
    routes.add(
        "POST",
        "/store/auth",
        call -> {
          Customer c = authenticate(call);
          call.logIn(c.id);
          return Reply.ok(CustomerViews.sessionResponse(c));
        });
    routes.add(
        "DELETE",
        "/store/auth",
        call -> {
          call.logOut();
          return Reply.text(200, "OK");
        });
    routes.add(
        "POST",
        "/store/auth/token",
        call -> {
          Customer c = authenticate(call);
          ObjectNode n = Json.object();
          n.put("access_token", call.issueToken(c.id));
          return Reply.ok(n);
        });
    routes.add(
        "GET",
        "/store/auth/{email}",
        call ->
            Reply.ok(
                CustomerViews.exists(
                    call.state().customers().emailHasAccount(call.pathParam("email")))));
  }

  private static Customer authenticate(Call call) {
    return call.state()
        .customers()
        .authenticate(call.body().get("email").asText(), call.body().get("password").asText());
  }
}
