package io.medusajava.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sets one header on every request unless the request already carries it (user agent, publishable
 * key, defaults).
 */
final class StaticHeaderInterceptor implements Interceptor {
  private final String name;
  private final String value;

  StaticHeaderInterceptor(String name, String value) {
    this.name = name;
    this.value = value;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().header(name) != null) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(chain.request().newBuilder().header(name, value).build());
  }
}
