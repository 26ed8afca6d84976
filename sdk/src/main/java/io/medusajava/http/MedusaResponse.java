package io.medusajava.http;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A successful answer with its HTTP status and headers, for when the body alone is not enough, such as
 * reading the {@code Idempotency-Key} the server assigned.
 *
 * @param <T> the decoded body type
 */
public final class MedusaResponse<T> {
  private final int statusCode;
  private final Headers headers;
  private final T body;

  MedusaResponse(int statusCode, Headers headers, T body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
  }

  /** Returns the HTTP status, 2xx. */
  public int statusCode() {
    return statusCode;
  }

  /** Returns all response headers. */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the last value of a response header.
   *
   * @param name header name, case-insensitive
   * @return the value, or null when absent
   */
  public @Nullable String header(String name) {
    return headers.get(name);
  }

  /** Returns the key under which the server stored this attempt, on the operations that use one. */
  public @Nullable String idempotencyKey() {
    return headers.get(IdempotentOperations.HEADER);
  }

  /** Returns the decoded body; null only for operations that answer without one. */
  public T body() {
    return body;
  }

  @Override
  public String toString() {
    return "MedusaResponse{status=" + statusCode + ", body=" + body + "}";
  }
}
