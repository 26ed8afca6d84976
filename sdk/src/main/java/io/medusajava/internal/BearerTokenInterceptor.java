package io.medusajava.internal;

import io.medusajava.auth.TokenStore;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sends the customer's JWT, when the client holds one, as {@code Authorization: Bearer}. */
final class BearerTokenInterceptor implements Interceptor {
  private final TokenStore tokens;

  BearerTokenInterceptor(TokenStore tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String token = tokens.get();
    if (token == null || chain.request().header("Authorization") != null) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer " + token).build());
  }
}
