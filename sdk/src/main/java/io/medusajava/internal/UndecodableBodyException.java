package io.medusajava.internal;

/**
 * A 2xx body that the JSON converter rejected. Unchecked so that it passes through Retrofit
 * untouched, which lets {@code MedusaCall} tell it apart from a network failure. Internal.
 */
public final class UndecodableBodyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int statusCode;
  private final String contentType;
  private final String excerpt;

  UndecodableBodyException(int statusCode, String contentType, String excerpt, Throwable cause) {
    super("undecodable body", cause);
    this.statusCode = statusCode;
    this.contentType = contentType;
    this.excerpt = excerpt;
  }

  public int statusCode() {
    return statusCode;
  }

  public String contentType() {
    return contentType;
  }

  public String excerpt() {
    return excerpt;
  }
}
