package io.medusajava.errors;

import org.jspecify.annotations.Nullable;

/**
 * A Store API call that failed: the server answered with an error, answered with something
 * unreadable, or did not answer at all.
 *
 * <p>Catch a subclass to handle one kind of failure, or this class to handle them all. {@link
 * #getMessage()} names the status, Medusa's error type and code, its message and the request, so
 * logging it is enough to see what went wrong.
 */
public class MedusaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final @Nullable String type;
  private final @Nullable String code;
  private final @Nullable String serverMessage;
  private final @Nullable String rawBody;
  private final String method;
  private final String path;

  // Package-private: only ErrorMapper builds these, so the constructor can change without breaking
  // callers.
  MedusaException(ErrorDetails details) {
    super(details.message, details.cause);
    this.statusCode = details.statusCode;
    this.type = details.type;
    this.code = details.code;
    this.serverMessage = details.serverMessage;
    this.rawBody = details.rawBody;
    this.method = details.method;
    this.path = details.path;
  }

  /** Returns the HTTP status of the response, or 0 when no response arrived. */
  public int getStatusCode() {
    return statusCode;
  }

  /**
   * Returns Medusa's error {@code type}, such as {@code invalid_data} or {@code not_found}, if the
   * body had one.
   */
  public @Nullable String getType() {
    return type;
  }

  /**
   * Returns Medusa's error {@code code}, such as {@code insufficient_inventory}, if the body had
   * one.
   */
  public @Nullable String getCode() {
    return code;
  }

  /**
   * Returns Medusa's {@code message}, or the text of a short plain-text body; null for HTML or no
   * body.
   */
  public @Nullable String getServerMessage() {
    return serverMessage;
  }

  /** Returns the response body as received, or null when there was no response or no body. */
  public @Nullable String getRawBody() {
    return rawBody;
  }

  /** Returns the HTTP method of the failed request, such as {@code POST}. */
  public String getMethod() {
    return method;
  }

  /**
   * Returns the path and query of the failed request as it was sent, such as {@code
   * /store/carts/cart_1}.
   */
  public String getPath() {
    return path;
  }
}
