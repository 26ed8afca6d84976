package io.medusajava;

import io.medusajava.api.AuthApi;
import io.medusajava.auth.AuthMode;
import io.medusajava.auth.SessionCookieJar;
import io.medusajava.auth.TokenStore;
import io.medusajava.errors.AuthenticationException;
import io.medusajava.errors.ErrorMapper;
import io.medusajava.http.MedusaCall;
import io.medusajava.internal.Checks;
import io.medusajava.internal.HeaderValues;
import io.medusajava.model.Customer;
import io.medusajava.model.StoreAuthRes;
import io.medusajava.model.StoreBearerAuthRes;
import io.medusajava.model.StoreGetAuthEmailRes;
import io.medusajava.model.StorePostAuthReq;
import org.jspecify.annotations.Nullable;

/**
 * Customer login and logout. A cookie session lives in the client's cookie jar; a JWT in its
 * {@code TokenStore}, sent as {@code Authorization: Bearer}. Wrong credentials throw
 * {@link AuthenticationException}.
 */
public final class AuthResource {
  private final AuthApi api;
  private final AuthMode mode;
  private final @Nullable SessionCookieJar jar;
  private final TokenStore tokens;

  AuthResource(AuthApi api, AuthMode mode, @Nullable SessionCookieJar jar, TokenStore tokens) {
    this.api = api;
    this.mode = mode;
    this.jar = jar;
    this.tokens = tokens;
  }

  /**
   * Logs the customer in the client's {@link AuthMode}: a cookie session by default, or a JWT.
   *
   * @param email the customer's email
   * @param password the password
   * @return the logged-in customer
   * @throws AuthenticationException when the credentials are wrong
   */
  public Customer login(String email, String password) {
    if (mode == AuthMode.JWT) {
      loginWithToken(email, password);
      return session().execute().getCustomer();
    }
    return loginWithSession(email, password);
  }

  /**
   * Starts a cookie session ({@code POST /store/auth}); the {@code connect.sid} cookie is kept by this
   * client only.
   *
   * @param email the customer's email
   * @param password the password
   * @return the logged-in customer
   * @throws IllegalStateException when the client was built with {@link AuthMode#JWT}, which keeps no cookies
   */
  public Customer loginWithSession(String email, String password) {
    if (jar == null) {
      throw new IllegalStateException("this client keeps no cookies (AuthMode.JWT); use loginWithToken");
    }
    return new MedusaCall<>(api.authenticate(credentials(email, password))).execute().getCustomer();
  }

  /**
   * Obtains a JWT ({@code POST /store/auth/token}) and keeps it in the client's {@code TokenStore}; later
   * calls send it as a Bearer credential.
   *
   * @param email the customer's email
   * @param password the password
   * @return the token
   * @throws io.medusajava.errors.UnexpectedResponseException when the answer holds no token, or one no request
   *     could carry (a line break, non-ASCII); nothing is stored then
   */
  public String loginWithToken(String email, String password) {
    MedusaCall<StoreBearerAuthRes> call = new MedusaCall<>(api.getToken(credentials(email, password)));
    String token = call.execute().getAccessToken();
    if (token == null || !HeaderValues.isToken(token)) {
      throw ErrorMapper.unusableAnswer(200, "the access_token is missing or has a character no header can carry;"
          + " it was not stored", "POST", call.request().url().encodedPath());
    }
    tokens.set(token);
    return token;
  }

  /**
   * Ends the session: the server forgets a cookie session, and the client forgets its cookie and token
   * whatever the server says (a JWT cannot be revoked server-side in Medusa v1).
   */
  public void logout() {
    try {
      if (jar != null && jar.hasSession()) {
        new MedusaCall<>(api.deleteSession()).execute();
      }
    } catch (AuthenticationException alreadyGone) {
      // The server no longer knew the session; forgetting it locally is all that is left to do.
    } finally {
      if (jar != null) {
        jar.clear();
      }
      tokens.clear();
    }
  }

  /**
   * Fetches the customer of the current session or token ({@code GET /store/auth}).
   *
   * @return the call; it throws {@link AuthenticationException} when nobody is logged in
   */
  public MedusaCall<StoreAuthRes> session() {
    return new MedusaCall<>(api.getSession());
  }

  /**
   * Asks whether an email has an account ({@code GET /store/auth/{email}}).
   *
   * @param email the email
   * @return the call
   */
  public MedusaCall<StoreGetAuthEmailRes> exists(String email) {
    return new MedusaCall<>(api.exists(Checks.requireNonBlank(email, "email")));
  }

  private static StorePostAuthReq credentials(String email, String password) {
    return new StorePostAuthReq()
        .email(Checks.requireNonBlank(email, "email"))
        .password(Checks.requireNonBlank(password, "password"));
  }
}
