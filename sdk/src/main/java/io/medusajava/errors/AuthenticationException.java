package io.medusajava.errors;

/**
 * The server did not accept the caller's credentials or session (401), or the stored token could
 * not be sent at all and was discarded (status 0): either way the customer must log in again.
 */
public class AuthenticationException extends MedusaException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(ErrorDetails details) {
    super(details);
  }
}
