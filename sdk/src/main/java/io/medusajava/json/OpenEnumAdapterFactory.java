package io.medusajava.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import com.squareup.moshi.adapters.EnumJsonAdapter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Decodes the generated enums so that a value the server adds later becomes {@code UNKNOWN} instead
 * of failing the whole response. Applies to enums that declare an {@code UNKNOWN} constant.
 */
final class OpenEnumAdapterFactory implements JsonAdapter.Factory {
  static final String FALLBACK = "UNKNOWN";

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isEnum()) {
      return null;
    }
    Enum fallback = fallbackOf((Class<? extends Enum>) raw);
    if (fallback == null) {
      return null;
    }
    return EnumJsonAdapter.create((Class<? extends Enum>) raw)
        .withUnknownFallback(fallback)
        .nullSafe();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Enum fallbackOf(Class<? extends Enum> type) {
    for (Enum constant : type.getEnumConstants()) {
      if (constant.name().equals(FALLBACK)) {
        return constant;
      }
    }
    return null;
  }
}
