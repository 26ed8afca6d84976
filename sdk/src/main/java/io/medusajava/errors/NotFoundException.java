package io.medusajava.errors;

/** The requested resource or route does not exist (404). */
public class NotFoundException extends MedusaException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorDetails details) {
    super(details);
  }
}
