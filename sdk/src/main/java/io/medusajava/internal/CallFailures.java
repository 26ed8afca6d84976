package io.medusajava.internal;

import io.medusajava.errors.ErrorMapper;
import io.medusajava.errors.MedusaException;
import java.io.IOException;

/**
 * Turns whatever a call reports as its failure into the {@link MedusaException} the caller gets;
 * never throws.
 */
public final class CallFailures {
  private CallFailures() {}

  public static MedusaException typed(Throwable failure, String method, String path) {
    if (failure instanceof MedusaException) {
      return (MedusaException) failure;
    }
    if (failure instanceof MappedIOException) {
      return ((MappedIOException) failure).toMedusaException(method, path);
    }
    if (failure instanceof IOException) {
      return ErrorMapper.connectionFailure((IOException) failure, method, path);
    }
    if (failure instanceof UndecodableBodyException) {
      UndecodableBodyException e = (UndecodableBodyException) failure;
      return ErrorMapper.undecodable(
          e.statusCode(), e.contentType(), e.excerpt(), e.getCause(), method, path);
    }
    // A converter or the SDK threw something unexpected; the caller still gets the one exception
    // type it handles.
    return ErrorMapper.clientSide(failure, method, path);
  }
}
