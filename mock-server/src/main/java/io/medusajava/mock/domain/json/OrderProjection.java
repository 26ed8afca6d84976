package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@code fields} and {@code expand} query parameters of the store order endpoints keep of
 * an order as {@link OrderViews} prints it. Medusa selects the named columns (fields) or loads only
 * the named relations (expand), but always computes the totals, so the totals stay, and with them
 * whatever the endpoint loads to compute them. Without either parameter the order is printed whole.
 */
public final class OrderProjection {
  /** The order's relations; every other key is a column. */
  private static final Set<String> RELATIONS =
      Set.of(
          "billing_address",
          "claims",
          "customer",
          "discounts",
          "fulfillments",
          "gift_card_transactions",
          "gift_cards",
          "items",
          "payments",
          "refunds",
          "region",
          "shipping_address",
          "shipping_methods",
          "swaps");

  private static final Set<String> TOTALS =
      Set.of(
          "subtotal",
          "discount_total",
          "raw_discount_total",
          "shipping_total",
          "refunded_total",
          "paid_total",
          "refundable_amount",
          "item_tax_total",
          "shipping_tax_total",
          "tax_total",
          "gift_card_total",
          "gift_card_tax_total",
          "total");

  /**
   * The three endpoints that take the parameters, with the columns each selects on top of {@code
   * fields} and the relations it loads on top of {@code expand} (the customer's order list needs
   * them for its totals).
   */
  public enum Endpoint {
    BY_ID(Set.of(), Set.of()),
    LOOKUP(Set.of("created_at"), Set.of()),
    CUSTOMER_LIST(
        Set.of("created_at", "object", "tax_rate"),
        Set.of(
            "claims",
            "discounts",
            "gift_card_transactions",
            "gift_cards",
            "items",
            "payments",
            "refunds",
            "region",
            "shipping_methods",
            "swaps"));

    private final Set<String> alwaysSelected;
    private final Set<String> loadedForTotals;

    Endpoint(Set<String> alwaysSelected, Set<String> loadedForTotals) {
      this.alwaysSelected = alwaysSelected;
      this.loadedForTotals = loadedForTotals;
    }
  }

  private final Endpoint endpoint;
  private final List<String> fields;
  private final List<String> expand;

  /** {@code fields} and {@code expand} as sent (comma-separated), either may be null. */
  public OrderProjection(Endpoint endpoint, String fields, String expand) {
    this.endpoint = endpoint;
    this.fields = split(fields);
    this.expand = split(expand);
  }

  /** Removes from {@code order} (in place) what the request did not ask for, and returns it. */
  public ObjectNode apply(ObjectNode order) {
    if (fields.isEmpty() && expand.isEmpty()) {
      return order;
    }
    Set<String> keep = new HashSet<>(TOTALS);
    List<String> names = new ArrayList<>();
    order.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      boolean relation = RELATIONS.contains(name);
      boolean kept =
          relation
              ? expand.isEmpty() || expand.contains(name) || endpoint.loadedForTotals.contains(name)
              : fields.isEmpty() || fields.contains(name) || endpoint.alwaysSelected.contains(name);
      if (kept) {
        keep.add(name);
      }
    }
    order.retain(keep);
    if (!expand.isEmpty()
        && !expand.contains("shipping_methods")
        && order.get("shipping_methods") != null) {
      // Loaded only for the totals: the methods come without their option.
      order.get("shipping_methods").forEach(m -> ((ObjectNode) m).remove("shipping_option"));
    }
    return order;
  }

  private static List<String> split(String csv) {
    return csv == null || csv.isBlank()
        ? List.of()
        : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
