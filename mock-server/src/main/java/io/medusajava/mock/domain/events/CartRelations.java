package io.medusajava.mock.domain.events;

import java.util.List;

/**
 * Which relations a {@code cart.updated} event carries beside the cart's own columns. Real Medusa
 * puts the cart into the event as its service had loaded it for the operation at hand, so the keys
 * differ by operation; each constant names the operations it was measured on (real 1.20.11, {@code
 * events.jsonl}).
 */
public enum CartRelations {
  /** POST /store/carts/{id} (any change), and a cart taken over by a logged-in customer. */
  ALL(
      "billing_address",
      "customer",
      "discounts",
      "gift_cards",
      "items",
      "payment_sessions",
      "region",
      "shipping_address",
      "shipping_methods"),
  /** POST /store/carts/{id}/line-items/{line_id}. */
  LINE_ITEM_UPDATED("discounts", "items", "region"),
  /** DELETE /store/carts/{id}/discounts/{code}. */
  DISCOUNT_REMOVED("discounts", "items", "payment_sessions", "shipping_methods"),
  /** POST /store/carts/{id}/shipping-methods. */
  SHIPPING_METHOD_ADDED("discounts", "shipping_methods"),
  /** The second event of POST /store/carts/{id}/payment-sessions/{provider}: the bare row. */
  COLUMNS_ONLY(),
  /** The first event of completing a cart: the payment being authorized. */
  PAYMENT_AUTHORIZED("payment", "payment_session", "payment_sessions"),
  /** The last event of completing a cart. */
  COMPLETED(
      "billing_address",
      "customer",
      "discounts",
      "gift_cards",
      "items",
      "payment_session",
      "payment_sessions",
      "region",
      "shipping_address",
      "shipping_methods");

  final List<String> keys;

  CartRelations(String... keys) {
    this.keys = List.of(keys);
  }
}
