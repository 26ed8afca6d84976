package io.medusajava.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The outermost interceptor: a {@code RuntimeException} from anywhere below it (an interceptor, a cookie jar or
 * token store, OkHttp itself) leaves as an {@code IOException}. OkHttp reports an {@code IOException} to the
 * caller; anything else it rethrows on its dispatcher thread, which kills that thread and, on Android, the app.
 */
final class FailureGuardInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      return chain.proceed(chain.request());
    } catch (RuntimeException e) {
      throw new ClientSideFailure(e);
    }
  }
}
