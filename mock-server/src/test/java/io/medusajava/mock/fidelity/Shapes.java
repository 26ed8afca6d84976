package io.medusajava.mock.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of a JSON answer: the keys at every level and the JSON type of each value. An array's
 * shape is the merged shape of all its elements (so a key that appears on any element counts), and
 * an empty array says nothing about its elements. {@code null} matches any scalar: whether a column
 * is null depends on the data, which differs between the two seeds, while a key that is absent or a
 * number sent as a string does not. A null where the other side has an object or an array is a
 * difference, though: that is a relation or a JSON column (metadata, an address) that one side left
 * out, whatever the seed.
 */
final class Shapes {
  private Shapes() {}

  /**
   * Adds one line per difference between the two shapes, e.g. {@code cart.items[].adjustments only
   * on real}.
   */
  static void compare(String path, JsonNode real, JsonNode mock, List<String> out) {
    String tr = type(real);
    String tm = type(mock);
    if (tr.equals("null") || tm.equals("null")) {
      boolean structured = Set.of("object", "array").contains(tr.equals("null") ? tm : tr);
      if (structured && !tr.equals(tm)) {
        out.add(label(path) + " is " + tr + " on real, " + tm + " on mock");
      }
      return;
    }
    if (!tr.equals(tm)) {
      out.add(label(path) + " is " + tr + " on real, " + tm + " on mock");
      return;
    }
    if (real.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      real.fieldNames().forEachRemaining(keys::add);
      mock.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        String p = path.isEmpty() ? k : path + "." + k;
        if (!mock.has(k)) {
          out.add(p + " only on real");
        } else if (!real.has(k)) {
          out.add(p + " only on mock");
        } else {
          compare(p, real.get(k), mock.get(k), out);
        }
      }
    } else if (real.isArray()) {
      JsonNode r = elements(real);
      JsonNode m = elements(mock);
      if (r != null && m != null) {
        compare(path + "[]", r, m, out);
      }
    }
  }

  static String type(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "null";
    }
    if (n.isObject()) {
      return "object";
    }
    if (n.isArray()) {
      return "array";
    }
    if (n.isNumber()) {
      return "number";
    }
    if (n.isBoolean()) {
      return "boolean";
    }
    return "string";
  }

  /** The merged shape of an array's elements, or null for an empty array. */
  static JsonNode elements(JsonNode array) {
    JsonNode merged = null;
    for (JsonNode e : array) {
      merged = merged == null ? e : merge(merged, e);
    }
    return merged;
  }

  /**
   * A node with every key of both (recursively); for a key both have, the first non-null value's
   * shape.
   */
  private static JsonNode merge(JsonNode a, JsonNode b) {
    if (type(a).equals("null")) {
      return b;
    }
    if (type(b).equals("null")) {
      return a;
    }
    if (a.isObject() && b.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      out.setAll((ObjectNode) a);
      for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode mine = out.get(e.getKey());
        out.set(e.getKey(), mine == null ? e.getValue() : merge(mine, e.getValue()));
      }
      return out;
    }
    if (a.isArray() && b.isArray()) {
      JsonNode ea = elements(a);
      JsonNode eb = elements(b);
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      if (ea != null || eb != null) {
        out.add(ea == null ? eb : eb == null ? ea : merge(ea, eb));
      }
      return out;
    }
    return a;
  }

  private static String label(String path) {
    return path.isEmpty() ? "the body" : path;
  }
}
