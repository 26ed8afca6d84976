package io.medusajava.internal;

import io.medusajava.errors.ErrorMapper;
import io.medusajava.errors.MedusaException;

/** A success body passed the response-size limit while it was read. */
final class ResponseLimitExceeded extends MappedIOException {
  private static final long serialVersionUID = 1L;
  private final int statusCode;
  private final String contentType;
  private final long limitBytes;

  ResponseLimitExceeded(int statusCode, String contentType, long limitBytes) {
    super("response body larger than " + limitBytes + " bytes", null);
    this.statusCode = statusCode;
    this.contentType = contentType;
    this.limitBytes = limitBytes;
  }

  @Override
  MedusaException toMedusaException(String method, String path) {
    return ErrorMapper.tooLarge(statusCode, contentType, limitBytes, method, path);
  }
}
