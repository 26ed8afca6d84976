package io.medusajava.errors;

/** No response arrived: the connection failed, was reset or timed out; the status code is 0. */
public class ConnectionException extends MedusaException {
  private static final long serialVersionUID = 1L;

  ConnectionException(ErrorDetails details) {
    super(details);
  }
}
