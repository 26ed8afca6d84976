package io.medusajava.internal;

import io.medusajava.errors.ErrorMapper;
import io.medusajava.errors.MedusaException;

/**
 * The token store held a token that cannot be sent; it was cleared, so the client is logged out.
 */
final class TokenDiscarded extends MappedIOException {
  private static final long serialVersionUID = 1L;

  TokenDiscarded() {
    super("the stored token is not a usable header value and was discarded", null);
  }

  @Override
  MedusaException toMedusaException(String method, String path) {
    return ErrorMapper.discardedToken(method, path);
  }
}
