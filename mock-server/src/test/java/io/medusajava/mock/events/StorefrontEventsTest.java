package io.medusajava.mock.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.junit.MedusaMockTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Per Store operation, the events the mock announces: the names, how many, and the top-level data
 * keys that real Medusa 1.20.11 dispatched for the same operation (measured on its events.jsonl,
 * 2026-12-04). The reset and claim flows in the scenario read their tokens from {@code GET
 * /__medusa/events}.
 */
@MedusaMockTest
class StorefrontEventsTest {
  private static final List<String> CART_ROW =
      List.of(
          "billing_address_id",
          "completed_at",
          "context",
          "created_at",
          "customer_id",
          "deleted_at",
          "email",
          "id",
          "idempotency_key",
          "metadata",
          "object",
          "payment_authorized_at",
          "payment_id",
          "region_id",
          "sales_channel_id",
          "shipping_address_id",
          "type",
          "updated_at");
  private static final String[] ALL = {
    "billing_address",
    "customer",
    "discounts",
    "gift_cards",
    "items",
    "payment_sessions",
    "region",
    "shipping_address",
    "shipping_methods"
  };
  private static final String CUSTOMER =
      "[billing_address_id, created_at, deleted_at, email, first_name, has_account, id, "
          + "last_name, metadata, phone, updated_at]";
  private static final String PAYMENT =
      "[amount, amount_refunded, canceled_at, captured_at, cart_id, created_at, "
          + "currency_code, data, id, idempotency_key, metadata, order_id, provider_id, swap_id, updated_at]";

  /** {@code cart.updated} with the cart's row and these relations. */
  private static String cartRow(String... relations) {
    TreeSet<String> keys = new TreeSet<>(CART_ROW);
    keys.addAll(List.of(relations));
    return "cart.updated " + keys;
  }

  private static String[] plus(String[] a, String... more) {
    List<String> l = new ArrayList<>(List.of(a));
    l.addAll(List.of(more));
    return l.toArray(String[]::new);
  }

  static Map<String, List<String>> expected() {
    Map<String, List<String>> e = new LinkedHashMap<>();
    e.put("carts.create", List.of("cart.created [id]"));
    e.put("carts.create.with-items", List.of("cart.created [id]", "cart.updated [id]"));
    e.put("line-items.add", List.of("cart.updated [id]"));
    e.put("line-items.update", List.of(cartRow("discounts", "items", "region")));
    e.put(
        "carts.update.email",
        List.of("cart.customer_updated \"...\"", cartRow(ALL), "customer.created " + CUSTOMER));
    e.put("carts.update.address", List.of(cartRow(ALL)));
    e.put("shipping-methods.add", List.of(cartRow("discounts", "shipping_methods")));
    e.put("payment-sessions.create", List.of());
    e.put("payment-session.select", List.of("cart.updated [id]"));
    e.put("payment-sessions.refresh", List.of("cart.updated [id]"));
    e.put(
        "payment-sessions.update",
        List.of("cart.updated [id]", cartRow()).stream().sorted().toList());
    e.put("taxes", List.of());
    e.put(
        "complete",
        List.of(
            cartRow(plus(ALL, "payment_session")),
            cartRow("payment", "payment_session", "payment_sessions"),
            "order.placed [id, no_notification]",
            "payment.updated " + PAYMENT,
            "product-variant.updated [fields, id, product_id]"));
    e.put("complete.again", List.of());
    e.put("customers.register", List.of("customer.created " + CUSTOMER));
    e.put("me.update", List.of("customer.updated " + CUSTOMER));
    e.put("me.addresses.add", List.of());
    e.put("carts.create.logged-in", List.of("cart.created [id]"));
    e.put("carts.get.logged-in", List.of(cartRow(ALL)));
    e.put("carts.create.before-login", List.of("cart.created [id]"));
    e.put("carts.get.guest-cart.logged-in", List.of("cart.customer_updated \"...\"", cartRow(ALL)));
    e.put(
        "password-token",
        List.of("customer.password_reset [email, first_name, id, last_name, token]"));
    e.put("password-token.unknown-email", List.of());
    e.put("password-reset.malformed-token", List.of());
    e.put("password-reset", List.of("customer.updated " + CUSTOMER));
    e.put("password-reset.reused", List.of());
    e.put("auth.new-password", List.of());
    e.put(
        "claim.request",
        List.of("order-update-token.created [new_customer_id, old_email, orders, token]"));
    e.put("claim.confirm.malformed", List.of());
    e.put("claim.confirm", List.of("order.updated [id, no_notification]"));
    e.put("claim.confirm.again", List.of("order.updated [id, no_notification]"));
    e.put("returns", List.of("order.return_requested [id, return_id]"));
    return StorefrontEvents.sorted(e);
  }

  @Test
  void eachOperationAnnouncesWhatRealAnnounces(MedusaMockServer server) {
    Map<String, List<String>> actual = new StorefrontEvents(new MockServerEvents(server)).run();
    assertEquals(
        expected().keySet().stream().toList(),
        actual.keySet().stream().toList(),
        "the scenario's steps");
    expected().forEach((step, events) -> assertEquals(events, actual.get(step), step));
  }
}
