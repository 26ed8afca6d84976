package io.medusajava.http;

/**
 * A 2xx body that the JSON converter rejected. Unchecked so that it passes through Retrofit untouched,
 * which lets {@link MedusaCall} tell it apart from a network failure.
 */
final class UndecodableBodyException extends RuntimeException {
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

  int statusCode() {
    return statusCode;
  }

  String contentType() {
    return contentType;
  }

  String excerpt() {
    return excerpt;
  }
}
