package io.medusajava.internal;

import io.medusajava.auth.TokenStore;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends the customer's JWT, when the client holds one, as {@code Authorization: Bearer}. A stored
 * token that no header can carry (a damaged file, a store that kept what a server sent) is cleared,
 * and the call fails with {@code AuthenticationException}: the client is then logged out instead of
 * failing every call from now on.
 */
final class BearerTokenInterceptor implements Interceptor {
  private final TokenStore tokens;

  BearerTokenInterceptor(TokenStore tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().header("Authorization") != null) {
      return chain.proceed(chain.request());
    }
    String token = tokens.get();
    if (token == null) {
      return chain.proceed(chain.request());
    }
    if (!HeaderValues.isToken(token)) {
      tokens.clear();
      throw new TokenDiscarded();
    }
    return chain.proceed(
        chain.request().newBuilder().header("Authorization", "Bearer " + token).build());
  }
}
