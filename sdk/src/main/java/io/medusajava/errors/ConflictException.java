package io.medusajava.errors;

/**
 * The request collided with another one in progress (409); it may be retried with the same
 * idempotency key.
 */
public class ConflictException extends MedusaException {
  private static final long serialVersionUID = 1L;

  ConflictException(ErrorDetails details) {
    super(details);
  }
}
