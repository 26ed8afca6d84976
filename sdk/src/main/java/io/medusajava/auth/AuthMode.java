package io.medusajava.auth;

/** How a client keeps the customer's session. */
public enum AuthMode {
  /**
   * The {@code connect.sid} cookie that Medusa sets on login and registration, kept in the client's
   * own cookie jar and sent only to the API host. The default; what a browser storefront does.
   */
  COOKIE_SESSION,
  /**
   * A JWT from {@code POST /store/auth/token}, sent as {@code Authorization: Bearer}. No cookies
   * are kept, which suits back-end services acting for many customers.
   */
  JWT
}
