package io.medusajava.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Repeats a request when that is safe and likely to help, waiting with exponential backoff and
 * jitter, or as long as the server's {@code Retry-After} asks (capped).
 *
 * <p>On the five idempotent POSTs it always sends an {@code Idempotency-Key}; once the server has
 * answered with its own key (Medusa 1.20 replaces keys it did not issue), every retry sends that
 * key, so the server replays the first result instead of, say, placing a second order.
 *
 * <p>A wait never outlasts the call: one that would end after the call's deadline ({@code
 * callTimeout}) is not started, and the last answer or failure goes to the caller at once; {@code
 * cancel()} ends a wait under way.
 */
final class RetryInterceptor implements Interceptor {
  static final long INITIAL_DELAY_MS = 500;
  static final long MAX_DELAY_MS = 8_000;

  /** A Retry-After beyond this is clamped: a storefront user will not wait longer. */
  static final long MAX_RETRY_AFTER_MS = 30_000;

  private static final Pattern DELAY_SECONDS = Pattern.compile("[0-9]+");

  private final int maxRetries;
  private final RetryWaits waits;
  private final Clock clock;
  private final Random random;

  RetryInterceptor(int maxRetries, RetryWaits waits, Clock clock, Random random) {
    this.maxRetries = maxRetries;
    this.waits = waits;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotentPost = IdempotentOperations.matches(request);
    if (idempotentPost && request.header(IdempotentOperations.HEADER) == null) {
      request =
          request
              .newBuilder()
              .header(IdempotentOperations.HEADER, UUID.randomUUID().toString())
              .build();
    }
    // OkHttp's call timeout started just before the interceptors ran; 0 means the call has none.
    long timeoutNanos = chain.call().timeout().timeoutNanos();
    long deadline =
        timeoutNanos == 0 ? Long.MAX_VALUE : saturatedAdd(System.nanoTime(), timeoutNanos);
    for (int retries = 0; ; retries++) {
      Response response = null;
      IOException failure = null;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        failure = e;
      }
      long delay =
          chain.call().isCanceled()
                  || !shouldRetry(request, idempotentPost, response, failure, retries)
              ? -1
              : delayBefore(retries, response);
      // A wait that would end after the deadline only delays the same outcome: give the caller this
      // one now.
      if (delay < 0
          || saturatedAdd(System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(delay)) >= deadline) {
        if (failure != null) {
          throw failure;
        }
        return response;
      }
      if (response != null) {
        String serverKey = response.header(IdempotentOperations.HEADER);
        // A key that could not be sent back (a line break, non-ASCII) is ignored; ours is kept.
        if (idempotentPost && serverKey != null && HeaderValues.isValid(serverKey)) {
          request = request.newBuilder().header(IdempotentOperations.HEADER, serverKey).build();
        }
        response.close();
      }
      waits.await(chain.call(), delay);
    }
  }

  /** The backoff for this retry, or as long as the answer's {@code Retry-After} asks, capped. */
  private long delayBefore(int retries, Response response) {
    Long asked = response == null ? null : retryAfterMillis(response.header("Retry-After"));
    return asked != null ? Math.min(asked, MAX_RETRY_AFTER_MS) : backoff(retries);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  /** The whole retry decision, in order: the first rule that applies decides. */
  boolean shouldRetry(
      Request request,
      boolean idempotentPost,
      Response response,
      IOException failure,
      int retries) {
    // 1. Out of attempts.
    if (retries >= maxRetries) {
      return false;
    }
    boolean repeatable =
        idempotentPost
            || "GET".equals(request.method())
            || "DELETE".equals(request.method())
            || "HEAD".equals(request.method());
    // 2. No connection was ever made: the request did not reach the server, so any method may go
    // again.
    if (failure instanceof ConnectException || failure instanceof UnknownHostException) {
      return true;
    }
    // 3. Anything else is only repeated when running it twice cannot do the work twice.
    if (!repeatable) {
      return false;
    }
    // 4. Sent but no answer (reset, empty reply, read timeout): the work may or may not have
    // happened;
    //    repeating is harmless for these requests.
    if (failure != null) {
      return true;
    }
    // 5. Answers that mean "try again": a concurrent request held the resource (409), too many
    // requests
    //    (429), or a proxy or server that is briefly unavailable (502, 503, 504).
    int code = response.code();
    return code == 409 || code == 429 || code == 502 || code == 503 || code == 504;
  }

  /**
   * 0.5 s, 1 s, 2 s ... up to 8 s, each shortened by up to a quarter at random so clients spread
   * out.
   */
  long backoff(int retries) {
    long delay = Math.min(MAX_DELAY_MS, INITIAL_DELAY_MS << Math.min(retries, 20));
    return delay - (long) (delay * 0.25 * random.nextDouble());
  }

  /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
  Long retryAfterMillis(String value) {
    if (value == null) {
      return null;
    }
    String text = value.trim();
    if (DELAY_SECONDS.matcher(text).matches()) {
      // Only digits, but perhaps more than a long holds: a huge value must not wrap into a short
      // wait.
      try {
        long seconds = Long.parseLong(text);
        return seconds > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : seconds * 1000;
      } catch (NumberFormatException tooLarge) {
        return Long.MAX_VALUE;
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Math.max(0, at.toInstant().toEpochMilli() - clock.millis());
    } catch (DateTimeParseException | ArithmeticException notADate) {
      return null;
    }
  }
}
