package io.medusajava.internal;

import io.medusajava.errors.ErrorMapper;
import io.medusajava.errors.MedusaException;

/** Carries what was thrown inside the chain (an interceptor, a cookie or token store) out of it. */
final class ClientSideFailure extends MappedIOException {
  private static final long serialVersionUID = 1L;

  ClientSideFailure(Throwable cause) {
    super("failed on the client side", cause);
  }

  @Override
  MedusaException toMedusaException(String method, String path) {
    return ErrorMapper.clientSide(getCause(), method, path);
  }
}
