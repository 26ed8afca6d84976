package io.medusajava.errors;

/**
 * The call failed on this side of the wire, not because of anything the server sent: an
 * interceptor, a token or cookie store, or the SDK itself threw. The status code is 0 and {@link
 * #getCause()} holds what was thrown.
 */
public class ClientSideException extends MedusaException {
  private static final long serialVersionUID = 1L;

  ClientSideException(ErrorDetails details) {
    super(details);
  }
}
