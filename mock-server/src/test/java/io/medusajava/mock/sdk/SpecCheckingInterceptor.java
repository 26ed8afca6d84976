package io.medusajava.mock.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks every JSON answer the SDK receives against the response schema openapi/store.yaml declares
 * for its operation and status (types, required fields, nullability, oneOf by discriminator,
 * timestamps), and remembers which operations answered, so a test can require both "no violation"
 * and "every operation". Enum values are not checked: the SDK's enums are open on purpose.
 */
final class SpecCheckingInterceptor implements Interceptor {
  static final Path SPEC = Path.of("../openapi/store.yaml").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Object> ROOT = load();

  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> answered = Collections.synchronizedSet(new TreeSet<>());

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    String text = body == null ? "" : body.string();
    MediaType type = body == null ? null : body.contentType();
    String method = chain.request().method();
    String path = chain.request().url().encodedPath();
    String template = template(method, path);
    answered.add(method + " " + (template == null ? path : template) + " " + response.code());
    check(method, path, response.code(), type, text);
    return response.newBuilder().body(ResponseBody.create(text, type)).build();
  }

  /** Checks one exchange, adding what breaks the spec to {@link #violations()}. */
  void check(String method, String path, int status, MediaType type, String text) {
    String template = template(method, path);
    if (template == null) {
      violations.add(method + " " + path + ": no such operation in the spec");
    } else {
      checkOperation(method, template, status, type, text);
    }
  }

  List<String> violations() {
    return new ArrayList<>(violations);
  }

  /** Answered operations as {@code METHOD /template STATUS}. */
  Set<String> answered() {
    return new TreeSet<>(answered);
  }

  /** Every operation in the spec, as {@code METHOD /path/{param}}. */
  @SuppressWarnings("unchecked")
  static List<String> operations() {
    List<String> out = new ArrayList<>();
    ((Map<String, Object>) ROOT.get("paths"))
        .forEach(
            (path, item) ->
                ((Map<String, Object>) item)
                    .keySet()
                    .forEach(method -> out.add(method.toUpperCase() + " " + path)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private void checkOperation(
      String method, String template, int status, MediaType type, String text) {
    Map<String, Object> op =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) ROOT.get("paths")).get(template))
                .get(method.toLowerCase());
    Map<String, Object> declared =
        (Map<String, Object>)
            ((Map<String, Object>) op.get("responses")).get(String.valueOf(status));
    String where = method + " " + template + " " + status;
    if (declared == null) {
      violations.add(where + ": status not declared");
      return;
    }
    declared = resolve(declared);
    Map<String, Object> content = (Map<String, Object>) declared.get("content");
    if (content == null) {
      return; // no body declared; whatever text came is not checked
    }
    if (type == null && !content.containsKey("application/json")) {
      return; // Medusa's 401s to GET requests come with no Content-Type at all
    }
    String mediaType = type == null ? "" : type.type() + "/" + type.subtype();
    Map<String, Object> media = (Map<String, Object>) content.get(mediaType);
    if (media == null) {
      violations.add(
          where
              + ": content type "
              + mediaType
              + " not declared (declared: "
              + content.keySet()
              + ")");
      return;
    }
    if (!mediaType.equals("application/json")) {
      return;
    }
    try {
      value(where, "$", (Map<String, Object>) media.get("schema"), JSON.readTree(text));
    } catch (IOException e) {
      violations.add(where + ": body is not JSON: " + e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private void value(String where, String at, Map<String, Object> schema, JsonNode node) {
    boolean nullable = Boolean.TRUE.equals(schema.get("nullable"));
    schema = resolve(schema);
    nullable |= Boolean.TRUE.equals(schema.get("nullable"));
    if (node.isNull()) {
      if (!nullable) {
        violations.add(where + ": " + at + " is null but not nullable");
      }
      return;
    }
    if (schema.get("oneOf") instanceof List<?> variants) {
      Map<String, Object> chosen =
          (Map<String, Object>) variants.get(node.isTextual() ? variants.size() - 1 : 0);
      if (schema.get("discriminator") instanceof Map<?, ?> d && node.isObject()) {
        Object ref =
            ((Map<String, Object>) d.get("mapping"))
                .get(node.path((String) d.get("propertyName")).asText());
        if (ref == null) {
          violations.add(where + ": " + at + " has no known " + d.get("propertyName"));
          return;
        }
        chosen = Map.of("$ref", ref);
      }
      value(where, at, chosen, node);
      return;
    }
    Object type = schema.get("type");
    if (type == null && schema.containsKey("properties")) {
      type = "object";
    }
    if (type == null) {
      return; // any value
    }
    switch ((String) type) {
      case "string" -> {
        if (!node.isTextual()) {
          violations.add(where + ": " + at + " should be a string, was " + node.getNodeType());
        } else if ("date-time".equals(schema.get("format"))) {
          try {
            OffsetDateTime.parse(node.asText());
          } catch (DateTimeParseException e) {
            violations.add(where + ": " + at + " is not a timestamp: " + node.asText());
          }
        }
      }
      case "integer" -> {
        if (!node.isIntegralNumber()) {
          violations.add(where + ": " + at + " should be an integer, was " + node);
        }
      }
      case "number" -> {
        if (!node.isNumber()) {
          violations.add(where + ": " + at + " should be a number, was " + node.getNodeType());
        }
      }
      case "boolean" -> {
        if (!node.isBoolean()) {
          violations.add(where + ": " + at + " should be a boolean, was " + node.getNodeType());
        }
      }
      case "array" -> {
        if (!node.isArray()) {
          violations.add(where + ": " + at + " should be an array, was " + node.getNodeType());
          return;
        }
        Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of());
        for (int i = 0; i < node.size(); i++) {
          value(where, at + "[" + i + "]", items, node.get(i));
        }
      }
      case "object" -> {
        if (!node.isObject()) {
          violations.add(where + ": " + at + " should be an object, was " + node.getNodeType());
          return;
        }
        for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
          if (!node.has((String) required)) {
            violations.add(where + ": " + at + "." + required + " is required but missing");
          }
        }
        Map<String, Object> properties =
            (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        properties.forEach(
            (name, sub) -> {
              if (node.has(name)) {
                value(where, at + "." + name, (Map<String, Object>) sub, node.get(name));
              }
            });
      }
      default -> violations.add(where + ": " + at + " has unknown schema type " + type);
    }
  }

  /**
   * Follows {@code $ref} and one-element {@code allOf} to the schema or response they stand for.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> resolve(Map<String, Object> s) {
    while (true) {
      if (s.get("$ref") instanceof String ref) {
        String[] parts = ref.substring(2).split("/");
        Object at = ROOT;
        for (String p : parts) {
          at = ((Map<String, Object>) at).get(p);
        }
        s = (Map<String, Object>) at;
      } else if (s.get("allOf") instanceof List<?> all && all.size() == 1) {
        s = (Map<String, Object>) all.get(0);
      } else {
        return s;
      }
    }
  }

  /** The path template of the operation that serves this path, literal segments first. */
  @SuppressWarnings("unchecked")
  private static String template(String method, String path) {
    String best = null;
    long bestParams = Long.MAX_VALUE;
    for (Map.Entry<String, Object> e : ((Map<String, Object>) ROOT.get("paths")).entrySet()) {
      if (!((Map<String, Object>) e.getValue()).containsKey(method.toLowerCase())) {
        continue;
      }
      long params = e.getKey().chars().filter(c -> c == '{').count();
      if (Pattern.matches(e.getKey().replaceAll("\\{[^}]+}", "[^/]+"), path)
          && params < bestParams) {
        best = e.getKey();
        bestParams = params;
      }
    }
    return best;
  }

  private static Map<String, Object> load() {
    try (Reader in = Files.newBufferedReader(SPEC)) {
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
