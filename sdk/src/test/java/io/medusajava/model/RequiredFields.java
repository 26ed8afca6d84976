package io.medusajava.model;

import io.medusajava.testing.StoreSpec;
import java.util.List;
import java.util.Map;

/**
 * Walks a JSON value beside its schema and reports required fields that the server or the model
 * lost.
 */
final class RequiredFields {
  private RequiredFields() {}

  /**
   * @param sent the JSON the server sent
   * @param kept the same value after decoding into the model and encoding again (nulls kept)
   */
  @SuppressWarnings("unchecked")
  static void check(
      Map<String, Object> schema, Object sent, Object kept, String path, List<String> problems) {
    schema = StoreSpec.resolve(schema);
    if (sent == null) {
      return;
    }
    if (schema.get("oneOf") instanceof List<?> variants) {
      Map<String, Object> chosen = pick(schema, variants, sent);
      if (chosen != null) {
        check(chosen, sent, kept, path, problems);
      }
      return;
    }
    if (sent instanceof List<?> list) {
      if (!(kept instanceof List<?> keptList) || keptList.size() != list.size()) {
        problems.add(path + ": array lost in decoding");
        return;
      }
      Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of());
      for (int i = 0; i < list.size(); i++) {
        check(items, list.get(i), keptList.get(i), path + "[" + i + "]", problems);
      }
      return;
    }
    if (!(sent instanceof Map<?, ?> object)
        || !(schema.get("properties") instanceof Map<?, ?> properties)) {
      return;
    }
    if (!(kept instanceof Map<?, ?> keptObject)) {
      problems.add(path + ": object lost in decoding");
      return;
    }
    for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
      if (!object.containsKey(required)) {
        problems.add(path + "." + required + ": required but the server did not send it");
      } else if (object.get(required) != null && keptObject.get(required) == null) {
        problems.add(path + "." + required + ": sent but null after decoding");
      }
    }
    for (Map.Entry<?, ?> e : properties.entrySet()) {
      Object key = e.getKey();
      if (object.containsKey(key)) {
        check(
            (Map<String, Object>) e.getValue(),
            object.get(key),
            keptObject.get(key),
            path + "." + key,
            problems);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> pick(
      Map<String, Object> schema, List<?> variants, Object sent) {
    if (sent instanceof Map<?, ?> m && schema.get("discriminator") instanceof Map<?, ?> d) {
      Object mapping = ((Map<String, Object>) d.get("mapping")).get(m.get(d.get("propertyName")));
      if (mapping != null) {
        return Map.of("$ref", mapping);
      }
    }
    return sent instanceof Map ? (Map<String, Object>) variants.get(0) : null;
  }
}
