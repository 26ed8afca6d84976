package io.medusajava.errors;

/** The server failed while handling the request (5xx). */
public class ServerException extends MedusaException {
  private static final long serialVersionUID = 1L;

  ServerException(ErrorDetails details) {
    super(details);
  }
}
