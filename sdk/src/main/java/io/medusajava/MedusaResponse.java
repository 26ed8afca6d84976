package io.medusajava;

import io.medusajava.internal.Checks;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A successful answer with its HTTP status and headers, for when the result alone is not enough,
 * such as reading the {@code Idempotency-Key} the server assigned, or a field of the JSON envelope
 * the SDK unwraps.
 *
 * @param <T> the type of the result
 */
public final class MedusaResponse<T> {
  private final int statusCode;
  private final Headers headers;
  private final T body;
  private final @Nullable Object envelope;

  MedusaResponse(int statusCode, Headers headers, T body, @Nullable Object envelope) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.envelope = envelope;
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
    return headers.get("Idempotency-Key");
  }

  /** Returns the result; null only for operations that answer without a body. */
  public T body() {
    return body;
  }

  /**
   * Returns the JSON envelope as decoded, such as the {@code StoreCartsRes} around a cart: the
   * server's answer before the SDK took out what was asked for.
   *
   * @return the envelope, or null for operations that answer without a body
   */
  public @Nullable Object envelope() {
    return envelope;
  }

  /**
   * Returns the JSON envelope as the type the spec names for this operation's answer.
   *
   * @param type the envelope's class, such as {@code StoreCartsRes.class}
   * @param <E> the envelope type
   * @return the envelope
   * @throws ClassCastException when the answer is of another type
   * @throws IllegalStateException when the operation answers without a body
   */
  public <E> E envelope(Class<E> type) {
    Checks.requireNonNull(type, "type");
    if (envelope == null) {
      throw new IllegalStateException("this answer has no body");
    }
    return type.cast(envelope);
  }

  @Override
  public String toString() {
    return "MedusaResponse{status=" + statusCode + ", body=" + body + "}";
  }
}
