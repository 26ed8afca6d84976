package io.medusajava;

import io.medusajava.auth.AuthMode;
import io.medusajava.auth.SessionCookieJar;
import io.medusajava.auth.TokenStore;
import io.medusajava.errors.AuthenticationException;
import io.medusajava.errors.ErrorMapper;
import io.medusajava.internal.Checks;
import io.medusajava.internal.HeaderValues;
import io.medusajava.model.Customer;
import io.medusajava.model.LoginParams;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Customer login and logout. A cookie session lives in the client's cookie jar; a JWT in its {@code
 * TokenStore}, sent as {@code Authorization: Bearer}. Wrong credentials throw {@link
 * AuthenticationException}. Every method returns a {@link MedusaCall} that has not run yet.
 */
public final class AuthResource {
  private final SessionsResource sessions;
  private final AuthMode mode;
  private final @Nullable SessionCookieJar jar;
  private final TokenStore tokens;
  private final HttpUrl baseUrl;

  AuthResource(
      SessionsResource sessions,
      AuthMode mode,
      @Nullable SessionCookieJar jar,
      TokenStore tokens,
      HttpUrl baseUrl) {
    this.sessions = sessions;
    this.baseUrl = baseUrl;
    this.mode = mode;
    this.jar = jar;
    this.tokens = tokens;
  }

  /**
   * Logs the customer in the client's {@link AuthMode}: a cookie session by default; with {@link
   * AuthMode#JWT}, a token request and then the session's customer.
   *
   * @param email the customer's email
   * @param password the password
   * @return the call; it returns the logged-in customer, and throws {@link AuthenticationException}
   *     when the credentials are wrong
   */
  public MedusaCall<Customer> login(String email, String password) {
    if (mode == AuthMode.JWT) {
      return loginWithToken(email, password).map(token -> sessions.session().execute());
    }
    return loginWithSession(email, password);
  }

  /**
   * Starts a cookie session ({@code POST /store/auth}); the {@code connect.sid} cookie is kept by
   * this client only.
   *
   * @param email the customer's email
   * @param password the password
   * @return the call; it returns the logged-in customer
   * @throws IllegalStateException when the client was built with {@link AuthMode#JWT}, which keeps
   *     no cookies
   */
  public MedusaCall<Customer> loginWithSession(String email, String password) {
    LoginParams credentials = credentials(email, password);
    if (jar == null) {
      throw new IllegalStateException(
          "this client keeps no cookies (AuthMode.JWT); use loginWithToken");
    }
    return sessions.login(credentials);
  }

  /**
   * Obtains a JWT ({@code POST /store/auth/token}) and keeps it in the client's {@code TokenStore};
   * later calls send it as a Bearer credential.
   *
   * @param email the customer's email
   * @param password the password
   * @return the call; it returns the token
   * @throws io.medusajava.errors.UnexpectedResponseException when it runs and the answer holds no
   *     token, or one no request could carry (a line break, non-ASCII); nothing is stored then
   */
  public MedusaCall<String> loginWithToken(String email, String password) {
    return sessions
        .token(credentials(email, password))
        .map(
            token -> {
              if (!HeaderValues.isToken(token)) {
                throw ErrorMapper.unusableAnswer(
                    200,
                    "the access_token is missing or has a character no header can carry;"
                        + " it was not stored",
                    "POST",
                    "/store/auth/token");
              }
              tokens.set(token);
              return token;
            });
  }

  /**
   * Ends the session: the server forgets a cookie session ({@code DELETE /store/auth}), and the
   * client forgets its cookie and token whatever the server answers. A JWT cannot be revoked in
   * Medusa v1, so without a session cookie nothing is sent. A session the server no longer knows
   * counts as ended.
   *
   * @return the call
   */
  public MedusaCall<Void> logout() {
    if (jar == null || !jar.hasSession()) {
      // A JWT cannot be revoked in Medusa v1, and without a session cookie there is nothing to end.
      return MedusaCall.<Void>local(
              new Request.Builder().url(baseUrl.resolve("store/auth")).delete().build())
          .map(nothing -> forget());
    }
    return sessions
        .logout()
        .map(done -> forget())
        .recover(
            failure -> {
              forget();
              if (failure instanceof AuthenticationException) {
                return null; // the server had already forgotten the session
              }
              throw failure;
            });
  }

  private @Nullable Void forget() {
    if (jar != null) {
      jar.clear();
    }
    tokens.clear();
    return null;
  }

  /**
   * Fetches the customer of the current session or token ({@code GET /store/auth}).
   *
   * @return the call; it throws {@link AuthenticationException} when nobody is logged in
   */
  public MedusaCall<Customer> session() {
    return sessions.session();
  }

  /**
   * Asks whether an email has an account ({@code GET /store/auth/{email}}).
   *
   * @param email the email
   * @return the call; it returns whether the email has an account
   */
  public MedusaCall<Boolean> exists(String email) {
    return sessions.exists(email);
  }

  private static LoginParams credentials(String email, String password) {
    return LoginParams.builder()
        .email(Checks.requireNonBlank(email, "email"))
        .password(Checks.requireNonBlank(password, "password"))
        .build();
  }
}
