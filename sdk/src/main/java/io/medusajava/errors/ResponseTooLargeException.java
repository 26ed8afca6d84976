package io.medusajava.errors;

/**
 * The server's answer was longer than the client's response-size limit ({@code
 * MedusaStore.Builder.maxResponseBytes}, 16 MiB by default), counted after decompression. Reading
 * stopped at the limit and the connection was closed; nothing beyond it was kept in memory.
 */
public class ResponseTooLargeException extends UnexpectedResponseException {
  private static final long serialVersionUID = 1L;
  private final long limitBytes;

  ResponseTooLargeException(ErrorDetails details, long limitBytes) {
    super(details);
    this.limitBytes = limitBytes;
  }

  /** Returns the limit the answer exceeded, in bytes. */
  public long getLimitBytes() {
    return limitBytes;
  }
}
