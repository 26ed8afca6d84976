package io.medusajava.auth;

import io.medusajava.internal.HeaderValues;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TokenStore} that keeps the token in memory only, so it is gone when the process ends.
 */
public final class InMemoryTokenStore implements TokenStore {
  private volatile @Nullable String token;

  /** Creates a store that holds no token. */
  public InMemoryTokenStore() {}

  /**
   * Returns the token set last, or {@code null} when none is held.
   *
   * @return the token, or {@code null}
   */
  @Override
  public @Nullable String get() {
    return token;
  }

  /**
   * Keeps {@code token} in place of any earlier one.
   *
   * @param token the token to keep
   * @throws NullPointerException if {@code token} is null
   * @throws IllegalArgumentException if it is empty or has a space, a control character or
   *     non-ASCII, which no request could carry
   */
  @Override
  public void set(String token) {
    if (token == null) {
      throw new NullPointerException("token == null");
    }
    if (!HeaderValues.isToken(token)) {
      throw new IllegalArgumentException(
          "token is empty or has a character no header can carry; not stored");
    }
    this.token = token;
  }

  /** Drops the held token. */
  @Override
  public void clear() {
    token = null;
  }
}
