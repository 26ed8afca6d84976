package io.medusajava.errors;

/**
 * The server understood the request but cannot carry it out (422), such as a duplicate email or an
 * invalid state.
 */
public class UnprocessableException extends MedusaException {
  private static final long serialVersionUID = 1L;

  UnprocessableException(ErrorDetails details) {
    super(details);
  }
}
