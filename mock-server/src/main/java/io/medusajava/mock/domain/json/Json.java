package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/** Small helpers for building Medusa-shaped Jackson trees; insertion order is the wire order. */
public final class Json {
  /** Shared mapper for turning views into bytes; views themselves never need it. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Json() {}

  public static ObjectNode object() {
    return F.objectNode();
  }

  public static ArrayNode array() {
    return F.arrayNode();
  }

  /** An array of {@code f} applied to each element. */
  public static <T> ArrayNode array(Collection<T> items, Function<T, ObjectNode> f) {
    ArrayNode a = F.arrayNode();
    items.forEach(i -> a.add(f.apply(i)));
    return a;
  }

  /** The standard audit columns every Medusa entity carries. */
  public static ObjectNode entity(String id, String createdAt, String updatedAt) {
    ObjectNode n = object();
    n.put("id", id);
    n.put("created_at", createdAt);
    n.put("updated_at", updatedAt);
    n.putNull("deleted_at");
    return n;
  }

  /** A free-form map (metadata, data) as an object node. */
  public static ObjectNode map(Map<String, ?> values) {
    return MAPPER.valueToTree(values);
  }

  /** Medusa prints whole-number rates as integers (0, 25) and others as decimals. */
  public static void putRate(ObjectNode n, String field, double rate) {
    if (rate == Math.rint(rate)) {
      n.put(field, (long) rate);
    } else {
      n.put(field, rate);
    }
  }

  /**
   * A stable id derived from a parent id: Medusa rows the seed does not name (images, prices) need
   * one.
   */
  /**
   * A money amount that may carry fractions (an unrounded discount): whole numbers print as
   * integers.
   */
  public static void putAmount(ObjectNode n, String field, double amount) {
    if (amount == Math.rint(amount) && Math.abs(amount) < 1e15) {
      n.put(field, (long) amount);
    } else {
      n.put(field, amount);
    }
  }

  public static String childId(String prefix, String parentId, int index) {
    String suffix = parentId.substring(parentId.indexOf('_') + 1);
    char last = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".charAt(index % 32);
    return prefix + "_" + suffix.substring(0, suffix.length() - 1) + last;
  }

  public static String toJson(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
