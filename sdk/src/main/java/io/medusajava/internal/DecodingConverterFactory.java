package io.medusajava.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps the JSON converter so that a success body it cannot read (truncated JSON, wrong types, an
 * HTML page) surfaces as {@link UndecodableBodyException} with an excerpt, not as an I/O failure.
 */
final class DecodingConverterFactory extends Converter.Factory {
  private static final int EXCERPT_BYTES = 200;

  /** The Store API answers every success with 200; the converter is not told the status. */
  private static final int SUCCESS_STATUS = 200;

  private final Converter.Factory json;

  DecodingConverterFactory(Converter.Factory json) {
    this.json = json;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    final Converter<ResponseBody, ?> delegate =
        json.responseBodyConverter(type, annotations, retrofit);
    if (delegate == null) {
      return null;
    }
    return body -> {
      try {
        MediaType contentType = body.contentType();
        BufferedSource source = body.source();
        // Buffer it all so an excerpt survives a failed parse; the response-size limit bounds how
        // much that is.
        source.request(Long.MAX_VALUE);
        Buffer copy = source.getBuffer().clone();
        try {
          Object value = delegate.convert(body);
          requireTopLevelFields(value);
          return value;
        } catch (JsonDataException | JsonEncodingException | EOFException e) {
          throw new UndecodableBodyException(
              SUCCESS_STATUS,
              contentType == null ? null : contentType.toString(),
              excerpt(copy),
              e);
        }
      } finally {
        body.close(); // also when reading failed half-way, so the connection is released
      }
    };
  }

  /** Per response model, its required fields, made accessible; found once per class. */
  private static final ConcurrentHashMap<Class<?>, List<Field>> REQUIRED =
      new ConcurrentHashMap<>();

  /**
   * Moshi leaves a field null when the JSON lacks it, so {@code {"products": []}} would decode as a
   * cart response whose cart is null, although {@code getCart()} promises a value. Checking the top
   * level of the answer turns such a wrong-shaped body into the same typed failure as broken JSON;
   * nested fields are left to the caller.
   */
  static void requireTopLevelFields(@Nullable Object value) throws JsonDataException {
    if (value == null) {
      return;
    }
    for (Field field : requiredFields(value.getClass())) {
      Object held;
      try {
        held = field.get(value);
      } catch (IllegalAccessException e) {
        continue; // a field we cannot read tells us nothing about the body
      }
      if (held == null) {
        throw new JsonDataException(
            "required field "
                + field.getName()
                + " is missing or null in "
                + value.getClass().getSimpleName());
      }
    }
  }

  private static List<Field> requiredFields(Class<?> type) {
    List<Field> known = REQUIRED.get(type);
    if (known != null) {
      return known;
    }
    List<Field> fields = new ArrayList<>();
    RequiredFields required = type.getAnnotation(RequiredFields.class);
    if (required != null) {
      for (String name : required.value()) {
        try {
          Field f = type.getDeclaredField(name);
          f.setAccessible(true);
          fields.add(f);
        } catch (NoSuchFieldException shrunkAway) {
          // R8 removed a field nothing reads; it cannot be checked, and nothing can miss it
        }
      }
    }
    REQUIRED.putIfAbsent(type, Collections.unmodifiableList(fields));
    return REQUIRED.get(type);
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    return json.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  private static String excerpt(Buffer body) {
    long n = Math.min(body.size(), EXCERPT_BYTES);
    try {
      return body.readString(n, StandardCharsets.UTF_8);
    } catch (EOFException cannotHappen) {
      return ""; // n never exceeds what the buffer holds
    }
  }
}
