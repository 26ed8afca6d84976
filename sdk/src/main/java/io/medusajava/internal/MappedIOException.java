package io.medusajava.internal;

import io.medusajava.errors.MedusaException;
import java.io.IOException;

/**
 * An I/O failure raised inside the interceptor chain that already knows which {@link
 * MedusaException} it stands for. OkHttp passes an {@code IOException} unchanged to {@code
 * execute()} and to the async callback, where {@link CallFailures} turns it into that exception;
 * any other exception type would be rethrown on a dispatcher thread.
 */
abstract class MappedIOException extends IOException {
  private static final long serialVersionUID = 1L;

  MappedIOException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Returns the exception the caller gets, for the request as it was sent. */
  abstract MedusaException toMedusaException(String method, String path);
}
