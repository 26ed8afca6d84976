package io.medusajava.internal;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Follows redirects without letting a credential leave the API's origin (scheme, host and port).
 * Within the origin a redirect is followed as a browser would. To another origin it carries only
 * the method and the User-Agent: no {@code Authorization}, {@code Cookie} (the session jar matches
 * by origin too), publishable key, default header or body; a 307 or 308, which must repeat the
 * body, is then not followed and reaches the caller as the error it is ({@code
 * UnexpectedResponseException}), like the last of too many redirects.
 */
final class RedirectInterceptor implements Interceptor {
  /** As many as curl and Firefox follow. */
  static final int MAX_REDIRECTS = 20;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl origin = request.url();
    for (int redirects = 0; ; redirects++) {
      Response response = chain.proceed(request);
      // After MAX_REDIRECTS the last redirect goes to the caller, as the unexpected answer it is.
      Request next = redirects == MAX_REDIRECTS ? null : followUp(origin, request, response);
      if (next == null) {
        return response;
      }
      response.close();
      request = next;
    }
  }

  /**
   * The request a redirect asks for, or null when the response is not a redirect this client
   * follows.
   */
  static @Nullable Request followUp(HttpUrl origin, Request request, Response response) {
    int code = response.code();
    boolean keepsMethod = code == 307 || code == 308;
    if (!keepsMethod && code != 300 && code != 301 && code != 302 && code != 303) {
      return null;
    }
    String location = response.header("Location");
    HttpUrl target = location == null ? null : request.url().resolve(location);
    if (target == null) {
      return null; // no Location, or not http(s)
    }
    Request.Builder next = request.newBuilder().url(target);
    boolean bodyless = "GET".equals(request.method()) || "HEAD".equals(request.method());
    if (!keepsMethod && !bodyless) {
      // As browsers do: 301, 302 and 303 turn a POST into a GET without its body.
      next.method("GET", null)
          .removeHeader("Content-Type")
          .removeHeader("Content-Length")
          .removeHeader("Transfer-Encoding");
      bodyless = true;
    }
    if (sameOrigin(origin, target)) {
      return next.build();
    }
    if (!bodyless && request.body() != null) {
      return null; // a 307 or 308 would carry the body (a password, an address) to another origin
    }
    String userAgent = request.header("User-Agent");
    return next.headers(userAgent == null ? Headers.of() : Headers.of("User-Agent", userAgent))
        .build();
  }

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }
}
