package io.medusajava.errors;

/** The server did not accept the caller's credentials or session (401). */
public class AuthenticationException extends MedusaException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(ErrorDetails details) {
    super(details);
  }
}
