package io.medusajava.errors;

/** The server refused the request because too many were sent (429). */
public class RateLimitException extends MedusaException {
  private static final long serialVersionUID = 1L;

  RateLimitException(ErrorDetails details) {
    super(details);
  }
}
