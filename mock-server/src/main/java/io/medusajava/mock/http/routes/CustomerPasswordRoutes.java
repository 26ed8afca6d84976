package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.customer.PasswordResets;
import io.medusajava.mock.domain.json.CustomerViews;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/**
 * The customer operations outside the profile: saved payment methods, and the forgotten-password pair.
 *
 * <p>Password reset with a bad token: Medusa 1.20.11 answers 401 text/plain "Invalid or expired password reset
 * token" when the token verifies but names another customer, and fails with a 500 when it cannot even verify
 * the token (jsonwebtoken throws). The mock answers every wrong, spent or unknown token with that 401, the
 * server's stated intent, because a test double should not produce a 500 for a client mistake. An e-mail with
 * no account is Medusa's 401 {@code Unauthorized}.
 */
public final class CustomerPasswordRoutes {
    private CustomerPasswordRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("GET", "/store/customers/me/payment-methods", CustomerPasswordRoutes::paymentMethods);
        routes.add("POST", "/store/customers/password-token", CustomerPasswordRoutes::passwordToken);
        routes.add("POST", "/store/customers/password-reset", CustomerPasswordRoutes::passwordReset);
    }

    /** The manual provider saves no payment methods, so the list is always empty. */
    static Reply paymentMethods(Call call) {
        call.state().customers().customer(call.requireCustomerId());
        return Reply.ok(Json.object().set("payment_methods", Json.array()));
    }

    /** 204 with no body, as Express's sendStatus would if it sent no text; the token stays in the state. */
    static Reply passwordToken(Call call) {
        call.state().passwordResets().requestToken(RouteSupport.text(call.body(), "email"));
        return Reply.text(204, "");
    }

    static Reply passwordReset(Call call) {
        String email = RouteSupport.text(call.body(), "email");
        String password = RouteSupport.text(call.body(), "password");
        String token = RouteSupport.text(call.body(), "token");
        try {
            return Reply.ok(call.state().atomically(() -> CustomerViews.customerResponse(
                    call.state().passwordResets().reset(email, token, password))));
        } catch (PasswordResets.InvalidResetToken e) {
            return Reply.text(401, e.getMessage());
        }
    }
}
