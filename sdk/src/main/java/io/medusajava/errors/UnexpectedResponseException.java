package io.medusajava.errors;

/**
 * The server answered with a status the SDK does not expect, or with a success body it could not
 * decode.
 */
public class UnexpectedResponseException extends MedusaException {
  private static final long serialVersionUID = 1L;

  UnexpectedResponseException(ErrorDetails details) {
    super(details);
  }
}
