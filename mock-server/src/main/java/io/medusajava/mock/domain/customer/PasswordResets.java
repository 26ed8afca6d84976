package io.medusajava.mock.domain.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.domain.model.Customer;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * The forgotten-password flow, with tokens that behave as real Medusa's: a JWT {@code {customer_id,
 * exp, iat}} valid 15 minutes on the store's clock, signed with a key derived from the customer's
 * current password (real signs with the password hash), so it stops working once the password
 * changes. The token goes out only in the {@code customer.password_reset} event, where a
 * notification plugin would pick it up to mail it.
 */
public final class PasswordResets {
  static final Duration VALID_FOR = Duration.ofMinutes(15);
  private static final String INVALID = "Invalid or expired password reset token";

  private final StoreContext ctx;
  private final Customers customers;

  /** Per store, so no two mocks accept each other's tokens. */
  private final byte[] secret = new byte[32];

  public PasswordResets(StoreContext ctx, Customers customers) {
    this.ctx = ctx;
    this.customers = customers;
    new SecureRandom().nextBytes(secret);
  }

  /**
   * POST /store/customers/password-token: announces a token for a customer with an account. Any
   * other e-mail gets the same silent success, as on real, so the answer does not tell who has an
   * account.
   *
   * @return the token, or null when nobody was sent one
   */
  public String requestToken(String email) {
    synchronized (ctx.lock()) {
      Customer c = registered(email);
      if (c == null) {
        return null;
      }
      String token = tokenNaming(c.id, c);
      ctx.events().passwordReset(c, token);
      return token;
    }
  }

  /**
   * A token naming {@code customerId} but signed with the key of the customer with {@code
   * signedForEmail}: what real's after-sales seed script forges from the database to see a verified
   * token that names someone else refused. Only tests need it.
   */
  public String forgedToken(String customerId, String signedForEmail) {
    synchronized (ctx.lock()) {
      return tokenNaming(customerId, customers.customerByEmail(signedForEmail));
    }
  }

  private String tokenNaming(String customerId, Customer signer) {
    long now = ctx.clock().instant().getEpochSecond();
    ObjectNode claims = Json.object();
    claims.put("customer_id", customerId);
    claims.put("exp", now + VALID_FOR.toSeconds());
    claims.put("iat", now);
    return SignedTokens.sign(claims, keyOf(signer));
  }

  /**
   * POST /store/customers/password-reset, answered as real answers it: an e-mail without an
   * account, or a token that verifies but names another customer, is a 401 unauthorized; a token
   * that does not verify at all (not a JWT, spent because the password changed, expired) makes
   * real's jsonwebtoken throw, a 500.
   */
  public Customer reset(String email, String token, String newPassword) {
    synchronized (ctx.lock()) {
      Customer c = registered(email);
      if (c == null) {
        throw new MedusaError(401, "unauthorized", INVALID, null);
      }
      JsonNode claims;
      try {
        claims = SignedTokens.verify(token, keyOf(c), ctx.clock().instant().getEpochSecond());
      } catch (SignedTokens.Unverifiable e) {
        throw MedusaError.unknown();
      }
      if (!c.id.equals(claims.path("customer_id").asText())) {
        throw new MedusaError(401, "unauthorized", INVALID, null);
      }
      c.password = newPassword;
      c.updatedAt = ctx.now();
      ctx.events().customerUpdated(c);
      return c;
    }
  }

  private byte[] keyOf(Customer c) {
    return SignedTokens.key(secret, c.id, c.password);
  }

  private Customer registered(String email) {
    Customer c = email == null ? null : customers.customerByEmail(email);
    return c != null && c.hasAccount ? c : null;
  }
}
