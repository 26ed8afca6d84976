package io.medusajava.auth;

import org.jspecify.annotations.Nullable;

/**
 * Holds the customer's bearer token (the JWT from {@code POST /store/auth/token}) between calls.
 *
 * <p>Implementations must be safe to use from several threads at once.
 */
public interface TokenStore {
  /**
   * Returns the stored token, or {@code null} when none is stored.
   *
   * @return the token, or {@code null}
   */
  @Nullable String get();

  /**
   * Stores {@code token}, replacing any token stored before.
   *
   * @param token the token to keep
   */
  void set(String token);

  /** Forgets the stored token, so that {@link #get()} returns {@code null}. */
  void clear();
}
