package io.medusajava.mock.domain.customer;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.SecretTokens;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.Order;
import java.util.ArrayList;
import java.util.List;

/**
 * Claiming guest orders: a logged-in customer asks for a token covering some order ids (Medusa mails it to the
 * address on the orders), then confirms with it and the orders become theirs. Without mail, tests read the
 * token with {@link #lastToken(String)}.
 */
public final class OrderClaims {
    private final StoreContext ctx;
    private final Customers customers;
    private final Orders orders;

    public OrderClaims(StoreContext ctx, Customers customers, Orders orders) {
        this.ctx = ctx;
        this.customers = customers;
        this.orders = orders;
    }

    /**
     * POST /store/orders/batch/customer/token. Unknown order ids are skipped, as Medusa's list query skips
     * them; a customer without an account may not claim.
     */
    public String requestClaim(String customerId, List<String> orderIds) {
        synchronized (ctx.lock()) {
            Customer c = customers.customer(customerId);
            if (!c.hasAccount) {
                throw new MedusaError(401, "unauthorized", "Customer does not have an account", null);
            }
            List<String> known = new ArrayList<>();
            for (Order o : orders.all()) {
                if (orderIds.contains(o.id)) {
                    known.add(o.id);
                }
            }
            String token = SecretTokens.next("claim");
            c.orderClaimTokens.put(token, known);
            return token;
        }
    }

    /** The newest claim token the customer requested and has not used yet, or null. */
    public String lastToken(String customerId) {
        synchronized (ctx.lock()) {
            List<String> tokens = new ArrayList<>(customers.customer(customerId).orderClaimTokens.keySet());
            return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        }
    }

    /**
     * POST /store/orders/customer/confirm: the token names the claiming customer, so no login is needed (as in
     * Medusa); the token's orders get that customer's id and e-mail. An unknown or used token is invalid_data
     * "Invalid token".
     */
    public List<Order> confirm(String token) {
        synchronized (ctx.lock()) {
            Customer c = customers.all().stream().filter(x -> x.orderClaimTokens.containsKey(token))
                    .findFirst().orElseThrow(() -> MedusaError.invalidData("Invalid token"));
            List<String> ids = c.orderClaimTokens.remove(token);
            List<Order> claimed = new ArrayList<>();
            String now = ctx.now();
            for (String id : ids) {
                Order o = orders.order(id);
                o.customerId = c.id;
                o.email = c.email;
                o.updatedAt = now;
                claimed.add(o);
            }
            return claimed;
        }
    }
}
