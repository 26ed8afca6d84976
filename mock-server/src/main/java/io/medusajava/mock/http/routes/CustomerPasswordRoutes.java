package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.json.CommonViews;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/**
 * The customer operations outside the profile: saved payment methods, and the forgotten-password
 * pair, whose errors follow real Medusa 1.20.11 (see {@link
 * io.medusajava.mock.domain.customer.PasswordResets#reset}), 500 for a token that does not verify
 * included: a client must cope with what the real server does.
 */
public final class CustomerPasswordRoutes {
  private CustomerPasswordRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET", "/store/customers/me/payment-methods", CustomerPasswordRoutes::paymentMethods);
    routes.add("POST", "/store/customers/password-token", CustomerPasswordRoutes::passwordToken);
    routes.add("POST", "/store/customers/password-reset", CustomerPasswordRoutes::passwordReset);
  }

  /** The manual provider saves no payment methods, so the list is always empty. */
  static Reply paymentMethods(Call call) {
    call.state().customers().customer(call.requireCustomerId());
    return Reply.ok(Json.object().set("payment_methods", Json.array()));
  }

  /**
   * 204 with no body and no content type, for any e-mail, as real answers; the token goes out in
   * the {@code customer.password_reset} event.
   */
  static Reply passwordToken(Call call) {
    call.state().passwordResets().requestToken(RouteSupport.text(call.body(), "email"));
    return Reply.text(204, "No Content"); // Express's sendStatus(204); the edge drops the body
  }

  static Reply passwordReset(Call call) {
    String email = RouteSupport.text(call.body(), "email");
    String password = RouteSupport.text(call.body(), "password");
    String token = RouteSupport.text(call.body(), "token");
    try {
      return Reply.ok(
          call.state()
              .atomically(
                  () ->
                      RouteSupport.wrap(
                          "customer",
                          CommonViews.customer(
                              call.state().passwordResets().reset(email, token, password)))));
    } catch (MedusaError e) {
      if (e.status() != 401) {
        throw e;
      }
      // Unlike a failed login, which passport answers in plain text, this 401 is Medusa's own JSON
      // error.
      ObjectNode n = Json.object();
      n.put("type", e.type());
      n.put("message", e.getMessage());
      return Reply.json(401, n);
    }
  }
}
