package io.medusajava.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from repeating a 503 on its own, so that {@link RetryInterceptor} is the only retry
 * layer. OkHttp 4.12 re-sends a request answered 503 with {@code Retry-After: 0}, a POST without an
 * idempotency key included, and throws {@code NumberFormatException} on a {@code Retry-After}
 * beyond {@code Integer.MAX_VALUE}. So the header is hidden from it: {@link #HIDE}, the first
 * network interceptor, renames it on the way up, and {@link #RESTORE}, the last application
 * interceptor, gives it back its name before anyone else sees it. (OkHttp's other repeats are
 * turned off in its builder: redirects, which {@link RedirectInterceptor} follows, and {@code
 * retryOnConnectionFailure}, which also governs 408.)
 */
final class HiddenRetryAfter {
  private static final String HEADER = "Retry-After";
  private static final String HIDDEN = "X-Medusa-Java-Hidden-Retry-After";

  static final Interceptor HIDE = chain -> rename(chain.proceed(chain.request()), HEADER, HIDDEN);
  static final Interceptor RESTORE =
      chain -> rename(chain.proceed(chain.request()), HIDDEN, HEADER);

  private HiddenRetryAfter() {}

  private static Response rename(Response response, String from, String to) throws IOException {
    String value = response.header(from);
    if (value == null) {
      return response;
    }
    return response.newBuilder().removeHeader(from).header(to, value).build();
  }
}
