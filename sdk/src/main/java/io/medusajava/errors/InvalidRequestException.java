package io.medusajava.errors;

/**
 * The server rejected the request as invalid (400): bad input, or an action the current state does
 * not allow.
 */
public class InvalidRequestException extends MedusaException {
  private static final long serialVersionUID = 1L;

  InvalidRequestException(ErrorDetails details) {
    super(details);
  }
}
