package io.medusajava.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Writes query and header values the way the Store API reads them. Timestamps go out in full
 * ISO-8601 ({@code 2024-01-01T00:00:00Z}); {@code OffsetDateTime.toString()} would drop zero
 * seconds.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class QueryValueConverterFactory extends Converter.Factory {
  @Override
  public Converter<?, String> stringConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == OffsetDateTime.class) {
      // A lambda, not DateTimeFormatter.ISO_OFFSET_DATE_TIME::format: that reference would
      // initialise DateTimeFormatter (and every formatter it holds) as soon as an operation with a
      // timestamp parameter is first called, a cost on a cold start even when no timestamp is ever
      // sent.
      return (Converter<OffsetDateTime, String>)
          value -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }
    return null;
  }
}
