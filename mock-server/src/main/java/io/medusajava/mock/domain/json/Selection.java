package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.MedusaError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a store route was asked to show through {@code fields}, {@code expand} and {@code order},
 * worked out the way Medusa 1.20 builds its query config from them:
 *
 * <ul>
 *   <li>{@code fields} replaces the route's default columns (or, written {@code +a,-b}, edits
 *       them); lists always add {@code created_at}, everything adds {@code id}; a field outside the
 *       allowed ones is a 400.
 *   <li>{@code expand} replaces the default relations (so {@code expand=variants} drops images,
 *       tags...); when the route names its allowed relations, any other is a 400. Without {@code
 *       expand}, relations named by a dotted field ({@code variants.title}) are loaded too.
 *   <li>{@code order} sorts by one column, {@code -col} descending; lists default to {@code
 *       created_at} newest first.
 * </ul>
 *
 * The result is applied to a rendered entity in two steps, as on the real server: {@link
 * #selectColumns} is what the database query returns (only the selected columns, at each level a
 * dotted field reaches), and {@link #pickProperties} is the response filter the product routes run
 * afterwards.
 */
public final class Selection {
  /** Totals the response filter always lets through, whatever was asked for. */
  private static final List<String> ALWAYS_KEPT =
      List.of(
          "shipping_total",
          "discount_total",
          "tax_total",
          "refunded_total",
          "total",
          "subtotal",
          "paid_total",
          "refundable_amount",
          "gift_card_total",
          "gift_card_tax_total",
          "item_tax_total",
          "shipping_tax_total",
          "refundable",
          "original_total",
          "original_tax_total");

  /**
   * One route's query config as Medusa declares it. {@code allowedFields} and {@code
   * allowedRelations} are null where the route does not declare them, which is not the same as
   * declaring none: an undeclared list checks nothing and the response filter then falls back to
   * the defaults.
   */
  public record Config(
      List<String> defaultFields,
      List<String> allowedFields,
      List<String> defaultRelations,
      List<String> allowedRelations,
      boolean isList) {}

  private final Set<String> select;
  private final Set<String> relations;
  private final List<String> allowedProperties;
  private final String orderField;
  private final boolean descending;

  private Selection(
      Set<String> select,
      Set<String> relations,
      List<String> allowedProperties,
      String orderField,
      boolean descending) {
    this.select = select;
    this.relations = relations;
    this.allowedProperties = allowedProperties;
    this.orderField = orderField;
    this.descending = descending;
  }

  /**
   * Reads the three parameters (each null when absent).
   *
   * @throws MedusaError 400 invalid_data "Requested fields [...] are not valid" or "Order field x
   *     is not valid"
   */
  public static Selection of(Config config, String fields, String expand, String order) {
    Set<String> allFields = new LinkedHashSet<>(config.defaultFields());
    if (fields != null) {
      List<String> custom = split(fields);
      boolean replace =
          custom.isEmpty()
              || custom.stream()
                  .anyMatch(f -> !(f.startsWith("-") || f.startsWith("+") || f.startsWith("*")));
      if (replace) {
        allFields = new LinkedHashSet<>();
        for (String f : custom) {
          allFields.add(f.replaceFirst("^[+-]", ""));
        }
      } else {
        for (String f : custom) {
          if (f.startsWith("-")) {
            allFields.remove(f.substring(1));
          } else {
            allFields.add(f.replaceFirst("^\\+", ""));
          }
        }
      }
      if (config.isList()) {
        allFields.add("created_at");
      }
      allFields.add("id");
    }
    // "*rel" asks for a whole relation: it is loaded, not selected.
    Set<String> starRelations = new LinkedHashSet<>();
    allFields.removeIf(f -> f.startsWith("*") && starRelations.add(f.substring(1)));
    List<String> allowed = config.allowedFields() == null ? List.of() : config.allowedFields();
    if (!allowed.isEmpty()) {
      List<String> refused = new ArrayList<>();
      for (String f : allFields) {
        if (!allowed.contains(f) && allowed.stream().noneMatch(f::startsWith)) {
          refused.add(f);
        }
      }
      refused.addAll(starRelations.stream().filter(r -> !allowed.contains(r)).toList());
      if (!allFields.isEmpty() && !refused.isEmpty()) {
        throw MedusaError.invalidData(
            "Requested fields [" + String.join(", ", refused) + "] are not valid");
      }
    }
    Set<String> relations = new LinkedHashSet<>();
    for (String f : allFields) {
      if (f.contains(".")) {
        relations.add(f.substring(0, f.lastIndexOf('.')));
      }
    }
    relations.addAll(config.defaultRelations());
    relations.addAll(starRelations);
    List<String> expanded = expand == null ? List.of() : split(expand);
    if (expand != null) {
      relations = new LinkedHashSet<>(expanded);
    }
    if (config.allowedRelations() != null
        && !config.allowedRelations().isEmpty()
        && !expanded.isEmpty()) {
      List<String> refused =
          relations.stream().filter(r -> !config.allowedRelations().contains(r)).toList();
      if (!refused.isEmpty()) {
        throw MedusaError.invalidData(
            "Requested fields [" + String.join(", ", refused) + "] are not valid");
      }
    }
    String orderField = null;
    boolean descending = false;
    if (order != null) {
      descending = order.startsWith("-");
      // Medusa splits on every "-", so "-a-b" orders by "a".
      orderField = descending ? order.split("-", -1)[1] : order;
      if (!allowed.isEmpty() && !allowed.contains(orderField)) {
        throw MedusaError.invalidData("Order field " + orderField + " is not valid");
      }
    } else if (config.isList()) {
      orderField = "created_at";
      descending = true;
    }
    // An empty fields or expand is falsy in JavaScript: the response filter then uses the route's
    // lists.
    List<String> properties = new ArrayList<>();
    boolean fieldsGiven = fields != null && !fields.isEmpty();
    if (fieldsGiven) {
      properties.addAll(allFields);
    } else if (config.allowedFields() != null) {
      properties.addAll(config.allowedFields());
    } else {
      properties.addAll(config.defaultFields());
    }
    if (expand != null && !expand.isEmpty()) {
      properties.addAll(expanded);
    } else if (config.allowedRelations() != null) {
      properties.addAll(config.allowedRelations());
    } else {
      properties.addAll(relations);
    }
    return new Selection(
        allFields.isEmpty() ? null : allFields,
        relations,
        List.copyOf(new LinkedHashSet<>(properties)),
        orderField,
        descending);
  }

  private static List<String> split(String csv) {
    return Arrays.stream(csv.split(",")).filter(s -> !s.isEmpty()).toList();
  }

  /** The relations loaded, as dotted paths from the root entity. */
  public Set<String> relations() {
    return java.util.Collections.unmodifiableSet(relations);
  }

  /**
   * Whether the relation (a dotted path from the root entity, e.g. {@code variants.prices}) is
   * loaded.
   */
  public boolean loads(String relation) {
    return relations.contains(relation);
  }

  /**
   * The same selection with one more relation loaded, as a route adds one after reading the query
   * (the product list loads sales channels for a request scoped by a publishable key). The response
   * filter is unchanged, so it keeps the relation only where it keeps the route's allowed
   * relations.
   */
  public Selection withRelation(String relation) {
    Set<String> more = new LinkedHashSet<>(relations);
    more.add(relation);
    return new Selection(select, more, allowedProperties, orderField, descending);
  }

  /**
   * Whether the relation is loaded itself or on the way to a deeper one: {@code variants.prices}
   * alone still brings the variants, though the route then treats them as not asked for (no
   * pricing).
   */
  public boolean reaches(String relation) {
    return relations.contains(relation)
        || relations.stream().anyMatch(r -> r.startsWith(relation + "."));
  }

  /**
   * Whether the query returns the column at {@code path} (dotted from the root entity): every
   * column does unless a field narrows that level ({@code variants.title} leaves variants without
   * their id).
   */
  public boolean selects(String path) {
    if (select == null) {
      return true;
    }
    String prefix = path.contains(".") ? path.substring(0, path.lastIndexOf('.') + 1) : "";
    boolean narrowed =
        select.stream().anyMatch(f -> f.startsWith(prefix) && f.indexOf('.', prefix.length()) < 0);
    return !narrowed || select.contains(path);
  }

  /**
   * Orders {@code items} by the requested column, read from {@code columns} (an item's own columns
   * as JSON). Nulls come last going up and first going down, as in Postgres; ties keep their order.
   * Without an order (single-entity routes) the items come back as they are.
   */
  public <T> List<T> sort(List<T> items, Function<T, ObjectNode> columns) {
    if (orderField == null) {
      return items;
    }
    Comparator<JsonNode> byValue =
        (a, b) -> {
          boolean na = a == null || a.isNull();
          boolean nb = b == null || b.isNull();
          if (na || nb) {
            return na == nb ? 0 : na ? 1 : -1;
          }
          if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
          }
          return a.asText().compareTo(b.asText());
        };
    Comparator<JsonNode> direction = descending ? byValue.reversed() : byValue;
    return items.stream()
        .map(t -> Map.entry(t, columns.apply(t).path(orderField)))
        .sorted(
            (x, y) ->
                direction.compare(
                    x.getValue().isMissingNode() ? null : x.getValue(),
                    y.getValue().isMissingNode() ? null : y.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * What the database query returns of {@code loaded}: with {@code fields} given, only the selected
   * columns of the root entity, and of each relation a dotted field reaches ({@code variants.title}
   * leaves variants their title alone). Loaded relations stay, and so do {@code computed} keys
   * (dotted paths such as {@code profile_id}), which the entity sets on itself after loading. Edits
   * {@code loaded} in place.
   */
  public ObjectNode selectColumns(ObjectNode loaded, Set<String> computed) {
    if (select != null) {
      selectColumns(loaded, "", computed);
    }
    return loaded;
  }

  private void selectColumns(ObjectNode node, String prefix, Set<String> computed) {
    boolean narrowed =
        select.stream().anyMatch(f -> f.startsWith(prefix) && f.indexOf('.', prefix.length()) < 0);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = prefix + e.getKey();
      if (computed.contains(path)) {
        continue; // set after loading, so whatever the query selected does not apply
      }
      if (reaches(path)) {
        forEachObject(e.getValue(), child -> selectColumns(child, path + ".", computed));
      } else if (narrowed && !select.contains(path)) {
        it.remove();
      }
    }
  }

  /**
   * Only the selected columns of one row (all of them when nothing narrows the selection). For
   * routes whose query selects the same columns at every level it joins, such as the category tree.
   * Returns a new node.
   */
  public ObjectNode pickColumns(ObjectNode row) {
    if (select == null) {
      return row;
    }
    ObjectNode out = Json.object();
    row.fields()
        .forEachRemaining(
            e -> {
              if (select.contains(e.getKey())) {
                out.set(e.getKey(), e.getValue());
              }
            });
    return out;
  }

  /**
   * The response filter of Medusa's product routes, on the entity's own keys: a key named in the
   * allowed properties stays whole; a relation list reached only by a dotted property ({@code
   * variants.title}) stays whole too, because Medusa's filter only descends into plain objects and
   * a loaded relation's items are entity instances; a single relation or column reached that way
   * goes. Returns a new node.
   */
  public ObjectNode pickProperties(ObjectNode node) {
    List<String> keep = new ArrayList<>(allowedProperties);
    keep.addAll(ALWAYS_KEPT);
    ObjectNode out = Json.object();
    node.fields()
        .forEachRemaining(
            e -> {
              String key = e.getKey();
              boolean inside = keep.stream().anyMatch(k -> k.startsWith(key + "."));
              if (keep.contains(key) || inside && e.getValue().isArray()) {
                out.set(key, e.getValue());
              }
            });
    return out;
  }

  private static void forEachObject(JsonNode value, java.util.function.Consumer<ObjectNode> f) {
    if (value.isObject()) {
      f.accept((ObjectNode) value);
    } else if (value.isArray()) {
      value.forEach(
          item -> {
            if (item.isObject()) {
              f.accept((ObjectNode) item);
            }
          });
    }
  }
}
