package io.medusajava.internal;

import io.medusajava.http.LogLevel;
import io.medusajava.http.MedusaLogger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Headers;
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
 * {@code Authorization}, {@code Cookie}, {@code Set-Cookie} and {@code x-publishable-api-key} become
 * {@code ██}, and so do JSON string values of password and token fields in bodies.
 */
final class LoggingInterceptor implements Interceptor {
  static final String REDACTED = "██";
  private static final Pattern SECRET_JSON = Pattern.compile(
      "(\"(?:password|access_token|token|refresh_token)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"", Pattern.CASE_INSENSITIVE);
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
    logger.log("--> " + request.method() + " " + request.url());
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      logHeaders(request.headers());
      RequestBody body = request.body();
      if (body != null && body.contentType() != null) {
        logger.log("Content-Type: " + body.contentType());
      }
      if (level == LogLevel.BODY && body != null && !body.isOneShot()) {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        logger.log(redactBody(buffer.readString(Math.min(buffer.size(), MAX_LOGGED_BODY), StandardCharsets.UTF_8)));
      }
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.log("<-- FAILED " + request.method() + " " + request.url() + ": " + e);
      throw e;
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    logger.log("<-- " + response.code() + " " + request.method() + " " + request.url() + " (" + tookMs + " ms)");
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      logHeaders(response.headers());
      ResponseBody body = response.body();
      if (level == LogLevel.BODY && body != null && isText(body.contentType())) {
        BufferedSource source = body.source();
        source.request(MAX_LOGGED_BODY);
        Buffer copy = source.getBuffer().clone();
        logger.log(redactBody(copy.readString(Math.min(copy.size(), MAX_LOGGED_BODY), StandardCharsets.UTF_8)));
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
    return h.equals("authorization") || h.equals("cookie") || h.equals("set-cookie")
        || h.equals("x-publishable-api-key") || h.equals("proxy-authorization");
  }

  static String redactBody(String text) {
    return SECRET_JSON.matcher(text).replaceAll("$1\"" + REDACTED + "\"");
  }

  private static boolean isText(MediaType type) {
    return type != null && ("text".equals(type.type()) || type.subtype().contains("json"));
  }
}
