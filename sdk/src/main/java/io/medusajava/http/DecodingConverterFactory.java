package io.medusajava.http;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps the JSON converter so that a success body it cannot read (truncated JSON, wrong types, an HTML
 * page) surfaces as {@link UndecodableBodyException} with an excerpt, not as an I/O failure.
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
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    final Converter<ResponseBody, ?> delegate = json.responseBodyConverter(type, annotations, retrofit);
    if (delegate == null) {
      return null;
    }
    return body -> {
      MediaType contentType = body.contentType();
      BufferedSource source = body.source();
      source.request(Long.MAX_VALUE); // buffer it all so an excerpt survives a failed parse
      Buffer copy = source.getBuffer().clone();
      try {
        return delegate.convert(body);
      } catch (JsonDataException | JsonEncodingException | EOFException e) {
        throw new UndecodableBodyException(SUCCESS_STATUS, contentType == null ? null : contentType.toString(),
            excerpt(copy), e);
      }
    };
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
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
