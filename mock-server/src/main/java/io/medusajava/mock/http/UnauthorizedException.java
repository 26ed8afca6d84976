package io.medusajava.mock.http;

/**
 * Thrown by {@link Call#requireCustomerId()}; the edge turns it into Medusa's 401 text/plain
 * "Unauthorized".
 */
public final class UnauthorizedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException() {
    super("Unauthorized");
  }
}
