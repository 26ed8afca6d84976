package io.medusajava.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/** Read-only view of openapi/store.yaml for tests that check the code against the spec. */
public final class StoreSpec {
  private static final Path FILE = Path.of("../openapi/store.yaml");
  private static volatile Map<String, Object> root;

  private StoreSpec() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> root() {
    if (root == null) {
      try (Reader in = Files.newBufferedReader(FILE)) {
        root = new Yaml().load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> paths() {
    return (Map<String, Object>) root().get("paths");
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> schema(String name) {
    Map<String, Object> schemas =
        (Map<String, Object>) ((Map<String, Object>) root().get("components")).get("schemas");
    Map<String, Object> s = (Map<String, Object>) schemas.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no schema " + name);
    }
    return s;
  }

  /** Follows {@code $ref} and single-element {@code allOf} to the schema they name. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> resolve(Map<String, Object> s) {
    while (true) {
      if (s.containsKey("$ref")) {
        s = schema(refName(s));
      } else if (s.get("allOf") instanceof List<?> all && all.size() == 1) {
        s = (Map<String, Object>) all.get(0);
      } else {
        return s;
      }
    }
  }

  public static String refName(Map<String, Object> s) {
    String ref = (String) s.get("$ref");
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /**
   * The path template and operation that serve {@code method path}; literal segments beat
   * parameters.
   */
  @SuppressWarnings("unchecked")
  public static Optional<Map.Entry<String, Map<String, Object>>> operation(
      String method, String path) {
    String bare = path.split("\\?")[0];
    return paths().entrySet().stream()
        .filter(e -> bare.matches("^" + e.getKey().replaceAll("\\{[^}]+}", "[^/]+") + "$"))
        .filter(e -> ((Map<String, Object>) e.getValue()).containsKey(method.toLowerCase()))
        .min(Comparator.comparingLong(e -> e.getKey().chars().filter(c -> c == '{').count()))
        .map(
            e ->
                Map.entry(
                    e.getKey(),
                    (Map<String, Object>)
                        ((Map<String, Object>) e.getValue()).get(method.toLowerCase())));
  }

  /** Name of the schema of the JSON response with this status, if the operation declares one. */
  @SuppressWarnings("unchecked")
  public static Optional<String> responseSchema(Map<String, Object> op, int status) {
    Map<String, Object> responses = (Map<String, Object>) op.get("responses");
    Map<String, Object> r = (Map<String, Object>) responses.get(String.valueOf(status));
    if (r == null || !(r.get("content") instanceof Map<?, ?> content)) {
      return Optional.empty();
    }
    Map<String, Object> json = (Map<String, Object>) content.get("application/json");
    return json == null
        ? Optional.empty()
        : Optional.of(refName((Map<String, Object>) json.get("schema")));
  }

  /** Java class generated for a schema name. */
  public static Class<?> modelClass(String schema) {
    // The renames of the generator config (sdk/pom.xml, modelNameMappings).
    String name =
        schema.equals("Return")
            ? "OrderReturn"
            : schema.equals("StoreCompleteCartRes")
                ? "CartCompletion"
                : schema.equals("StorePostSearchRes") ? "ProductSearchResult" : schema;
    try {
      return Class.forName("io.medusajava.model." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no generated model for schema " + schema, e);
    }
  }
}
