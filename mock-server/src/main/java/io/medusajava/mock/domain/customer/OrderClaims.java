package io.medusajava.mock.domain.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.Order;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claiming guest orders, with tokens that behave as real Medusa's: a logged-in customer asks for
 * some order ids; for each e-mail on those orders the store announces {@code
 * order-update-token.created} with a JWT {@code {claimingCustomerId, orders, iat, exp}} (15 minutes
 * on the store's clock), which a notification plugin would mail to that address. Confirming with
 * the token moves the orders to the customer; the token stays valid until it expires, as on real.
 */
public final class OrderClaims {
  static final Duration VALID_FOR = Duration.ofMinutes(15);

  private final StoreContext ctx;
  private final Customers customers;
  private final Orders orders;

  /** Per store, as real's jwt_secret is per installation. */
  private final byte[] secret = new byte[32];

  public OrderClaims(StoreContext ctx, Customers customers, Orders orders) {
    this.ctx = ctx;
    this.customers = customers;
    this.orders = orders;
    new SecureRandom().nextBytes(secret);
  }

  /**
   * POST /store/orders/batch/customer/token. Unknown order ids are skipped, as Medusa's list query
   * skips them; a customer without an account may not claim.
   *
   * @return the tokens announced, one per e-mail on the orders
   */
  public List<String> requestClaim(String customerId, List<String> orderIds) {
    synchronized (ctx.lock()) {
      Customer c = customers.customer(customerId);
      if (!c.hasAccount) {
        throw new MedusaError(401, "unauthorized", "Customer does not have an account", null);
      }
      Map<String, List<String>> byEmail = new LinkedHashMap<>();
      for (Order o : orders.all()) {
        if (orderIds.contains(o.id)) {
          byEmail.computeIfAbsent(o.email, e -> new ArrayList<>()).add(o.id);
        }
      }
      long now = ctx.clock().instant().getEpochSecond();
      List<String> tokens = new ArrayList<>();
      byEmail.forEach(
          (email, ids) -> {
            ObjectNode claims = Json.object();
            claims.put("claimingCustomerId", c.id);
            ids.forEach(claims.putArray("orders")::add);
            claims.put("iat", now);
            claims.put("exp", now + VALID_FOR.toSeconds());
            String token = SignedTokens.sign(claims, secret);
            ctx.events().orderUpdateTokenCreated(c.id, email, ids, token);
            tokens.add(token);
          });
      return tokens;
    }
  }

  /**
   * POST /store/orders/customer/confirm: the token names the claiming customer, so no login is
   * needed (as in Medusa); the token's orders get that customer's id and e-mail and each announces
   * {@code order.updated}. A token that does not verify (forged, expired) makes real's jsonwebtoken
   * throw: a 500.
   */
  public List<Order> confirm(String token) {
    synchronized (ctx.lock()) {
      JsonNode claims;
      try {
        claims = SignedTokens.verify(token, secret, ctx.clock().instant().getEpochSecond());
      } catch (SignedTokens.Unverifiable e) {
        throw MedusaError.unknown();
      }
      Customer c = customers.customer(claims.path("claimingCustomerId").asText());
      List<Order> claimed = new ArrayList<>();
      String now = ctx.now();
      for (JsonNode id : claims.path("orders")) {
        Order o = orders.order(id.asText());
        o.customerId = c.id;
        o.email = c.email;
        o.updatedAt = now;
        claimed.add(o);
        ctx.events().orderUpdated(o);
      }
      return claimed;
    }
  }
}
