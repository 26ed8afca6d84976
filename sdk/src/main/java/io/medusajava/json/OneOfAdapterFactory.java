package io.medusajava.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.medusajava.internal.OneOf;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;

/** Reads and writes models annotated {@link OneOf}: the JSON is the wrapped variant itself. */
final class OneOfAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    OneOf spec = raw.getAnnotation(OneOf.class);
    if (spec == null || !annotations.isEmpty()) {
      return null;
    }
    return new OneOfAdapter(raw, spec, moshi).nullSafe();
  }

  private static final class OneOfAdapter extends JsonAdapter<Object> {
    private final Class<?> type;
    private final OneOf spec;
    private final Moshi moshi;
    private final Method getValue;

    OneOfAdapter(Class<?> type, OneOf spec, Moshi moshi) {
      this.type = type;
      this.spec = spec;
      this.moshi = moshi;
      try {
        this.getValue = type.getMethod("getValue");
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type + " is annotated @OneOf but has no getValue()", e);
      }
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      String path = reader.getPath();
      Object json = reader.readJsonValue();
      Class<?> variant = pick(json, path);
      Object value = moshi.adapter(variant).fromJsonValue(json);
      try {
        return type.getMethod("of", variant).invoke(null, value);
      } catch (NoSuchMethodException | IllegalAccessException e) {
        throw new IllegalStateException(
            type + " has no public static of(" + variant.getSimpleName() + ")", e);
      } catch (InvocationTargetException e) {
        throw new JsonDataException(
            "Cannot wrap " + variant.getSimpleName() + " at path " + path, e.getCause());
      }
    }

    /**
     * The discriminator wins; without one, the JSON kind picks the first variant that can hold it.
     */
    private Class<?> pick(Object json, String path) {
      if (json instanceof Map && !spec.discriminator().isEmpty()) {
        Object name = ((Map<?, ?>) json).get(spec.discriminator());
        for (int i = 0; i < spec.names().length; i++) {
          if (spec.names()[i].equals(name)) {
            return spec.namedVariants()[i];
          }
        }
      }
      for (Class<?> variant : spec.variants()) {
        if (json instanceof String
            ? variant == String.class
            : json instanceof Boolean
                ? variant == Boolean.class
                : json instanceof Number
                    ? Number.class.isAssignableFrom(variant)
                    : json instanceof Map && !isScalar(variant)) {
          return variant;
        }
      }
      String kind = json == null ? "null" : json.getClass().getSimpleName();
      throw new JsonDataException(
          "Expected one of " + names(spec.variants()) + " but was " + kind + " at path " + path);
    }

    private static boolean isScalar(Class<?> c) {
      return c == String.class || c == Boolean.class || Number.class.isAssignableFrom(c);
    }

    private static String names(Class<?>[] variants) {
      StringBuilder out = new StringBuilder("[");
      for (Class<?> v : variants) {
        out.append(out.length() > 1 ? ", " : "").append(v.getSimpleName());
      }
      return out.append(']').toString();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void toJson(JsonWriter writer, Object wrapper) throws IOException {
      Object value;
      try {
        value = getValue.invoke(wrapper);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
      ((JsonAdapter) moshi.adapter(value.getClass())).toJson(writer, value);
    }

    @Override
    public String toString() {
      return "JsonAdapter(OneOf " + type.getSimpleName() + ")";
    }
  }
}
