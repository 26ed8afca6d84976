package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.medusajava.mock.domain.MedusaError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place requests are checked before a handler runs. It turns openapi/store.yaml (copied
 * into the jar) plus the few rules of Medusa's that the spec cannot say into 400 invalid_data
 * answers worded as Medusa words them (transcripts 47, 48, 53, 58, 62, 64, 65):
 *
 * <ul>
 *   <li>Query, on the operations whose query Medusa validates (those that declare query parameters,
 *       or list extra ones under {@code x-accepted-query}): unknown names and unknown {@code [sub]}
 *       keys are "property X should not exist" (Medusa's whitelist), a plain value where only
 *       {@code x[op]} is declared is "nested property x must be either object or array", and
 *       integers must parse.
 *   <li>Body: {@link BodyChecks}, the whitelist included, at every level.
 *   <li>Medusa's own rules: the order lookup needs {@code display_id} and {@code email}. What
 *       {@code fields}, {@code expand} and {@code order} may name is the route's own config
 *       (domain.json.Selection).
 * </ul>
 *
 * Query problems are reported before body problems, as Medusa's query middleware runs before the
 * body validator.
 */
public final class RequestValidator {
  /**
   * Query parameters Medusa requires although the spec leaves them optional (required would reorder
   * the SDK's).
   */
  private static final Map<String, List<String>> REQUIRED_QUERY =
      Map.of("GET /store/orders", List.of("display_id", "email"));

  /**
   * Body fields the spec requires but Medusa's validator lets be absent: registration without names
   * succeeds, and an address-book entry without its address passes the validator (and then fails as
   * a 500 in the route).
   */
  private static final Map<String, Set<String>> OPTIONAL_BODY =
      Map.of(
          "POST /store/customers", Set.of("first_name", "last_name"),
          "POST /store/customers/me/addresses", Set.of("address"));

  /**
   * Body strings Medusa checks both for being a string and for not being empty: when missing it
   * reports "should not be empty" first, then the type problem.
   */
  private static final Map<String, List<String>> NOT_EMPTY =
      Map.of(
          "POST /store/returns", List.of("order_id"),
          "POST /store/swaps", List.of("order_id"));

  private final JsonNode root;
  private final BodyChecks bodies;
  private final Map<String, Operation> operations = new ConcurrentHashMap<>();

  /**
   * What one accepted query name allows: a plain value and/or {@code [sub]} keys, and the value's
   * type.
   */
  private record QueryParam(
      String name, boolean plain, Map<String, JsonNode> subKeys, JsonNode schema) {}

  /** The checks of one operation, read from the spec once. */
  private record Operation(
      boolean validatesQuery, Map<String, QueryParam> query, JsonNode bodySchema) {}

  public RequestValidator() {
    try (InputStream in =
        RequestValidator.class.getResourceAsStream("/io/medusajava/mock/store.yaml")) {
      if (in == null) {
        throw new IllegalStateException("store.yaml is missing from the mock server's jar");
      }
      root = new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bodies = new BodyChecks(this::resolve);
  }

  /**
   * Checks a request to the operation {@code method template} (the route's path template).
   *
   * @throws MedusaError 400 invalid_data listing every problem, joined by ", "
   */
  public void check(String method, String template, QueryParams query, JsonNode body) {
    String key = method.toUpperCase() + " " + template;
    Operation op = operations.computeIfAbsent(key, k -> read(method, template));
    if (op.validatesQuery()) {
      throwIfAny(queryProblems(op, query, REQUIRED_QUERY.getOrDefault(key, List.of())));
    }
    if (op.bodySchema() != null && body.isObject()) {
      List<String> problems = new ArrayList<>(bodies.check(op.bodySchema(), body));
      for (String field : NOT_EMPTY.getOrDefault(key, List.of())) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || v.isTextual() && v.asText().isEmpty()) {
          int at = 0;
          while (at < problems.size() && !problems.get(at).startsWith(field + " ")) {
            at++;
          }
          problems.add(at == problems.size() ? 0 : at, field + " should not be empty");
        }
      }
      throwIfAny(problems);
    }
  }

  private static void throwIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw MedusaError.invalidData(String.join(", ", problems));
    }
  }

  /**
   * Unknown names first (in the order sent), then each accepted name's problems in declaration
   * order.
   */
  private static List<String> queryProblems(
      Operation op, QueryParams query, List<String> required) {
    List<String> problems = new ArrayList<>();
    for (String name : query.names()) {
      if (!op.query().containsKey(name)) {
        problems.add("property " + name + " should not exist");
      }
    }
    for (QueryParam p : op.query().values()) {
      String plain = query.get(p.name());
      Map<String, String> given = query.nested(p.name());
      if (plain == null && given.isEmpty()) {
        if (required.contains(p.name())) {
          problems.add(typeProblem(p.name(), p.schema()));
        }
        continue;
      }
      if (!p.plain() && plain != null && given.isEmpty()) {
        problems.add("nested property " + p.name() + " must be either object or array");
        continue;
      }
      if (!p.subKeys().isEmpty()) {
        given.keySet().stream()
            .filter(sub -> !p.subKeys().containsKey(sub))
            .forEach(sub -> problems.add("property " + sub + " should not exist"));
      }
      boolean bad = p.plain() && plain != null && !fits(plain, p.schema());
      for (Map.Entry<String, String> e : given.entrySet()) {
        // A plain parameter sent as x[sub]=v is not the type it should be either.
        JsonNode subSchema = p.subKeys().isEmpty() ? p.schema() : p.subKeys().get(e.getKey());
        bad |= subSchema != null && !fits(e.getValue(), subSchema);
      }
      if (bad) {
        problems.add(
            typeProblem(
                p.name(),
                p.schema() != null ? p.schema() : p.subKeys().values().iterator().next()));
      }
    }
    return problems;
  }

  /**
   * Whether a query string value can be read as its schema says; only numbers and e-mails are
   * checked.
   */
  private static boolean fits(String value, JsonNode schema) {
    if (schema == null) {
      return true;
    }
    String type = schema.path("type").asText("");
    if ("integer".equals(type) || "number".equals(type)) {
      try {
        if ("integer".equals(type)) {
          Integer.parseInt(value.trim());
        } else {
          Double.parseDouble(value.trim());
        }
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return !"email".equals(schema.path("format").asText())
        || BodyChecks.EMAIL.matcher(value).matches();
  }

  private static String typeProblem(String name, JsonNode schema) {
    String type = schema == null ? "" : schema.path("type").asText("");
    if ("integer".equals(type) || "number".equals(type)) {
      return name + " must be a number conforming to the specified constraints";
    }
    return schema != null && "email".equals(schema.path("format").asText())
        ? name + " must be an email"
        : name + " must be a string";
  }

  private Operation read(String method, String template) {
    JsonNode op = root.path("paths").path(template).path(method.toLowerCase());
    Map<String, QueryParam> query = new LinkedHashMap<>();
    for (JsonNode p : op.path("parameters")) {
      JsonNode param = resolve(p);
      if ("query".equals(param.path("in").asText())) {
        accept(query, param.path("name").asText(), resolve(param.path("schema")));
      }
    }
    boolean declared = !query.isEmpty();
    op.path("x-accepted-query").forEach(n -> accept(query, n.asText(), null));
    JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
    Set<String> optional = OPTIONAL_BODY.get(method.toUpperCase() + " " + template);
    if (optional != null && !body.isMissingNode()) {
      ObjectNode relaxed = (ObjectNode) resolve(body).deepCopy();
      ArrayNode required = relaxed.putArray("required");
      resolve(body)
          .path("required")
          .forEach(
              r -> {
                if (!optional.contains(r.asText())) {
                  required.add(r);
                }
              });
      body = relaxed;
    }
    return new Operation(
        declared || op.has("x-accepted-query"), query, body.isMissingNode() ? null : body);
  }

  /** Adds {@code name}, {@code name[]} or {@code name[sub]} to what the query accepts. */
  private static void accept(Map<String, QueryParam> query, String declared, JsonNode schema) {
    int open = declared.indexOf('[');
    String name = open < 0 ? declared : declared.substring(0, open);
    String sub = open < 0 ? "" : declared.substring(open + 1, declared.length() - 1);
    QueryParam old = query.get(name);
    Map<String, JsonNode> subKeys = new LinkedHashMap<>(old == null ? Map.of() : old.subKeys());
    boolean plain = old != null && old.plain();
    JsonNode plainSchema = old == null ? null : old.schema();
    if (sub.isEmpty()) {
      plain = true;
      // An array (id[]) is typed by its items; qs gives each element as a string.
      plainSchema = schema != null && schema.has("items") ? schema.get("items") : schema;
    } else {
      subKeys.put(sub, schema);
    }
    query.put(name, new QueryParam(name, plain, subKeys, plainSchema));
  }

  /** Follows {@code $ref}s and single-element {@code allOf}s to the schema they stand for. */
  private JsonNode resolve(JsonNode schema) {
    while (true) {
      if (schema.has("$ref")) {
        JsonNode at = root;
        for (String part : schema.get("$ref").asText().substring(2).split("/")) {
          at = at.path(part);
        }
        schema = at;
      } else if (schema.has("allOf") && schema.get("allOf").size() == 1) {
        schema = schema.get("allOf").get(0);
      } else {
        return schema;
      }
    }
  }
}
