package io.medusajava.internal;

import io.medusajava.http.LogLevel;
import io.medusajava.http.MedusaLogger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Logs each attempt at the configured {@link LogLevel}, never printing a credential: the values of
 * {@code Authorization}, {@code Cookie}, {@code Set-Cookie} and {@code x-publishable-api-key}
 * become {@code ██}, and so do JSON string values of password and token fields in bodies; a {@code
 * user:password@} in the URL is left out.
 */
final class LoggingInterceptor implements Interceptor {
  static final String REDACTED = "██";

  /** JSON fields whose string values never reach the log; names compared ignoring case. */
  private static final Set<String> SECRET_FIELDS =
      new HashSet<>(Arrays.asList("password", "access_token", "token", "refresh_token"));

  private static final long MAX_LOGGED_BODY = 64 * 1024;

  private final LogLevel level;
  private final MedusaLogger logger;

  LoggingInterceptor(LogLevel level, MedusaLogger logger) {
    this.level = level;
    this.logger = logger;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == LogLevel.NONE) {
      return chain.proceed(request);
    }
    logger.log("--> " + request.method() + " " + loggable(request.url()));
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      logHeaders(request.headers());
      RequestBody body = request.body();
      if (body != null && body.contentType() != null) {
        logger.log("Content-Type: " + body.contentType());
      }
      if (level == LogLevel.BODY && body != null && !body.isOneShot()) {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        logger.log(
            redactBody(
                buffer.readString(
                    Math.min(buffer.size(), MAX_LOGGED_BODY), StandardCharsets.UTF_8)));
      }
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.log("<-- FAILED " + request.method() + " " + loggable(request.url()) + ": " + e);
      throw e;
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    logger.log(
        "<-- "
            + response.code()
            + " "
            + request.method()
            + " "
            + loggable(request.url())
            + " ("
            + tookMs
            + " ms)");
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      logHeaders(response.headers());
      ResponseBody body = response.body();
      if (level == LogLevel.BODY && body != null && isText(body.contentType())) {
        BufferedSource source = body.source();
        source.request(MAX_LOGGED_BODY);
        Buffer copy = source.getBuffer().clone();
        logger.log(
            redactBody(
                copy.readString(Math.min(copy.size(), MAX_LOGGED_BODY), StandardCharsets.UTF_8)));
      }
    }
    return response;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      logger.log(name + ": " + (isSecret(name) ? REDACTED : headers.value(i)));
    }
  }

  static boolean isSecret(String header) {
    String h = header.toLowerCase(Locale.ROOT);
    return h.equals("authorization")
        || h.equals("cookie")
        || h.equals("set-cookie")
        || h.equals("x-publishable-api-key")
        || h.equals("proxy-authorization");
  }

  /** The URL without a {@code user:password@} part, which the base URL may carry. */
  static String loggable(HttpUrl url) {
    if (url.encodedUsername().isEmpty() && url.encodedPassword().isEmpty()) {
      return url.toString();
    }
    return url.newBuilder().username("").password("").build().toString();
  }

  /**
   * Replaces the string values of secret fields in JSON text. A single pass over the characters, no
   * regular expression: a pattern that alternates per character recurses per character, and a long
   * token overflowed the stack. A value cut off by the log's size limit is masked to the end.
   */
  static String redactBody(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) != '"') {
        i++;
        continue;
      }
      int nameEnd = endOfString(text, i);
      if (nameEnd < 0) {
        break;
      }
      int colon = skipWhitespace(text, nameEnd);
      int value = skipWhitespace(text, colon + 1);
      if (colon < text.length()
          && text.charAt(colon) == ':'
          && value < text.length()
          && text.charAt(value) == '"'
          && SECRET_FIELDS.contains(text.substring(i + 1, nameEnd - 1).toLowerCase(Locale.ROOT))) {
        int valueEnd = endOfString(text, value);
        out.append(text, copied, value).append('"').append(REDACTED).append('"');
        copied = valueEnd < 0 ? text.length() : valueEnd;
        i = copied;
      } else {
        i = nameEnd;
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** The index just past the string that opens at {@code quote}, or -1 when it is not closed. */
  private static int endOfString(String text, int quote) {
    for (int i = quote + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i + 1;
      }
    }
    return -1;
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isText(MediaType type) {
    return type != null && ("text".equals(type.type()) || type.subtype().contains("json"));
  }
}
