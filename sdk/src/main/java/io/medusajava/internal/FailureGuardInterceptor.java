package io.medusajava.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The outermost interceptor: a {@code RuntimeException}, {@code LinkageError} or {@code
 * AssertionError} from anywhere below it (an interceptor, a cookie jar or token store, OkHttp
 * itself) leaves as an {@code IOException}. OkHttp reports an {@code IOException} to the caller;
 * anything else it rethrows on its dispatcher thread, which kills that thread and, on Android, the
 * app.
 */
final class FailureGuardInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      return chain.proceed(chain.request());
    } catch (RuntimeException | LinkageError | AssertionError e) {
      // Also a class or method an older Android lacks, and a failed assertion; not a
      // VirtualMachineError such as OutOfMemoryError, which no call can recover from.
      throw new ClientSideFailure(e);
    }
  }
}
