package io.medusajava.mock.domain.customer;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.SecretTokens;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.model.Customer;
import java.util.Objects;

/**
 * The forgotten-password flow. Medusa mails the reset token; the mock has no mail, so a test reads the token
 * with {@link #tokenFor(String)} instead. Each new request replaces the previous token, and a used token is
 * spent, which matches Medusa's tokens being signed with the old password hash.
 */
public final class PasswordResets {
    private final StoreContext ctx;
    private final Customers customers;

    public PasswordResets(StoreContext ctx, Customers customers) {
        this.ctx = ctx;
        this.customers = customers;
    }

    /**
     * POST /store/customers/password-token. Only customers with an account get a token; anyone else is not
     * found, with the selector wording Medusa's customer lookup prints.
     */
    public String requestToken(String email) {
        synchronized (ctx.lock()) {
            Customer c = registered(email);
            if (c == null) {
                throw MedusaError.notFound("Customer with email: " + email + ", has_account: true was not found");
            }
            c.passwordResetToken = SecretTokens.next("pwreset");
            return c.passwordResetToken;
        }
    }

    /** The token last issued for this e-mail and not yet used, or null: what the customer would find in the mail. */
    public String tokenFor(String email) {
        synchronized (ctx.lock()) {
            Customer c = registered(email);
            return c == null ? null : c.passwordResetToken;
        }
    }

    /**
     * POST /store/customers/password-reset: a matching token sets the new password and is spent. An unknown
     * e-mail is Medusa's 401 {@code Unauthorized}; a wrong or spent token is a 401 too (see the route for the
     * body), because that is what the real server answers for a token it can verify but that does not match.
     */
    public Customer reset(String email, String token, String newPassword) {
        synchronized (ctx.lock()) {
            Customer c = registered(email);
            if (c == null) {
                throw new MedusaError(401, "unauthorized", "Unauthorized", null);
            }
            if (c.passwordResetToken == null || !Objects.equals(c.passwordResetToken, token)) {
                throw new InvalidResetToken();
            }
            c.password = newPassword;
            c.passwordResetToken = null;
            c.updatedAt = ctx.now();
            return c;
        }
    }

    private Customer registered(String email) {
        Customer c = email == null ? null : customers.customerByEmail(email);
        return c != null && c.hasAccount ? c : null;
    }

    /** A reset token that does not belong to the customer; Medusa answers it with a plain-text 401. */
    public static final class InvalidResetToken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidResetToken() {
            super("Invalid or expired password reset token");
        }
    }
}
