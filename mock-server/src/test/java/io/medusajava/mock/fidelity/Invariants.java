package io.medusajava.mock.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules every answer of one side must keep on its own, whatever the seed: cart and order arithmetic
 * as Medusa 1.20.11 computes it (read off the captured transcripts and held to the real side in
 * every run), and list paging. Each broken rule is keyed by where it broke and which rule, without
 * the figures, which go in the detail.
 *
 * <p>The arithmetic, for any object with {@code items}, {@code subtotal} and {@code total} (carts,
 * orders, {@code data} of a completed cart): a line's subtotal is {@code unit_price * quantity}
 * (prices exclude tax), its total is {@code subtotal - discount_total + tax_total}, and its
 * discount is the sum of its adjustments; the cart's subtotal, discount and item tax are the sums
 * over its lines, its shipping total the sum of its shipping methods' prices, {@code tax_total =
 * item_tax_total + shipping_tax_total} and {@code total = subtotal + shipping_total + tax_total -
 * discount_total - gift_card_total}.
 */
final class Invariants {
  private Invariants() {}

  /** Broken arithmetic rules, key (stable text) to detail (the figures). */
  static Map<String, String> arithmetic(JsonNode body) {
    Map<String, String> out = new LinkedHashMap<>();
    if (body != null) {
      walk("", body, out);
    }
    return out;
  }

  /**
   * Paging of a list answer ({@code count}, {@code offset}, {@code limit} and one array): the page
   * holds {@code min(limit, count - offset)} elements, never fewer than none; {@code limit} 0 means
   * no limit (real returns every element then).
   */
  static Map<String, String> paging(JsonNode body) {
    Map<String, String> out = new LinkedHashMap<>();
    if (body == null
        || !body.isObject()
        || !body.path("count").isNumber()
        || !body.path("offset").isNumber()
        || !body.path("limit").isNumber()) {
      return out;
    }
    String arrayKey = null;
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (body.get(k).isArray()) {
        if (arrayKey != null) {
          return out;
        }
        arrayKey = k;
      }
    }
    if (arrayKey == null) {
      return out;
    }
    long count = body.get("count").asLong();
    long offset = body.get("offset").asLong();
    long limit = body.get("limit").asLong();
    long expected = Math.max(0, limit == 0 ? count - offset : Math.min(limit, count - offset));
    long actual = body.get(arrayKey).size();
    if (actual != expected) {
      out.put(
          arrayKey + " length != min(limit or all, count - offset)",
          "length " + actual + ", limit " + limit + ", count " + count + ", offset " + offset);
    }
    return out;
  }

  private static void walk(String path, JsonNode n, Map<String, String> out) {
    if (n.isObject()) {
      if (n.path("items").isArray()
          && n.path("subtotal").isNumber()
          && n.path("total").isNumber()) {
        checkTotals(path.isEmpty() ? "body" : path, n, out);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
      }
    } else if (n.isArray()) {
      for (JsonNode e : n) {
        walk(path + "[]", e, out);
      }
    }
  }

  private static void checkTotals(String where, JsonNode c, Map<String, String> out) {
    long itemsSubtotal = 0;
    long itemsDiscount = 0;
    long itemsTax = 0;
    boolean itemTotals = true;
    for (JsonNode i : c.get("items")) {
      if (!i.path("subtotal").isNumber()) {
        itemTotals = false;
        continue;
      }
      long sub = i.get("subtotal").asLong();
      itemsSubtotal += sub;
      itemsDiscount += num(i, "discount_total");
      itemsTax += num(i, "tax_total");
      if (i.path("unit_price").isNumber() && i.path("quantity").isNumber()) {
        long want = i.get("unit_price").asLong() * i.get("quantity").asLong();
        rule(out, where + ".items[]: subtotal != unit_price * quantity", sub, want);
      }
      if (i.path("total").isNumber()) {
        long want = sub - num(i, "discount_total") + num(i, "tax_total");
        rule(
            out,
            where + ".items[]: total != subtotal - discount_total + tax_total",
            i.get("total").asLong(),
            want);
      }
      if (i.path("adjustments").isArray() && i.path("discount_total").isNumber()) {
        long adjusted = 0;
        for (JsonNode a : i.get("adjustments")) {
          adjusted += num(a, "amount");
        }
        rule(
            out,
            where + ".items[]: discount_total != sum(adjustments.amount)",
            num(i, "discount_total"),
            adjusted);
      }
    }
    if (itemTotals) {
      rule(
          out,
          where + ": subtotal != sum(items.subtotal)",
          c.get("subtotal").asLong(),
          itemsSubtotal);
      if (c.path("discount_total").isNumber()) {
        rule(
            out,
            where + ": discount_total != sum(items.discount_total)",
            num(c, "discount_total"),
            itemsDiscount);
      }
      if (c.path("item_tax_total").isNumber()) {
        rule(
            out,
            where + ": item_tax_total != sum(items.tax_total)",
            num(c, "item_tax_total"),
            itemsTax);
      }
    }
    if (c.path("shipping_methods").isArray() && c.path("shipping_total").isNumber()) {
      long shipping = 0;
      for (JsonNode m : c.get("shipping_methods")) {
        shipping += num(m, "price");
      }
      rule(
          out,
          where + ": shipping_total != sum(shipping_methods.price)",
          num(c, "shipping_total"),
          shipping);
    }
    if (c.path("tax_total").isNumber()
        && c.path("item_tax_total").isNumber()
        && c.path("shipping_tax_total").isNumber()) {
      rule(
          out,
          where + ": tax_total != item_tax_total + shipping_tax_total",
          num(c, "tax_total"),
          num(c, "item_tax_total") + num(c, "shipping_tax_total"));
    }
    long want =
        c.get("subtotal").asLong()
            + num(c, "shipping_total")
            + num(c, "tax_total")
            - num(c, "discount_total")
            - num(c, "gift_card_total");
    rule(
        out,
        where
            + ": total != subtotal + shipping_total + tax_total - discount_total - gift_card_total",
        c.get("total").asLong(),
        want);
  }

  private static void rule(Map<String, String> out, String key, long actual, long expected) {
    if (actual != expected) {
      out.putIfAbsent(key, actual + " where " + expected + " was due");
    }
  }

  private static long num(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isNumber() ? v.asLong() : 0;
  }

  /** The figures of all broken rules, for a note. */
  static List<String> describe(Map<String, String> broken) {
    List<String> out = new ArrayList<>();
    broken.forEach((k, v) -> out.add(k + " (" + v + ")"));
    return out;
  }
}
