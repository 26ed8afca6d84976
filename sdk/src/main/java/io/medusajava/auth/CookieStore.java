package io.medusajava.auth;

import java.util.List;
import okhttp3.Cookie;

/**
 * Keeps the cookies of a {@link SessionCookieJar}, such as Medusa's {@code connect.sid} session
 * cookie.
 *
 * <p>The jar decides which cookies to keep; a store only holds the set it is given. Implementations
 * must be safe to use from several threads at once.
 */
public interface CookieStore {
  /**
   * Returns the stored cookies, or an empty list when none are stored.
   *
   * @return an unmodifiable list
   */
  List<Cookie> load();

  /**
   * Replaces the whole stored set with {@code cookies}.
   *
   * @param cookies the cookies to keep from now on
   */
  void save(List<Cookie> cookies);

  /** Forgets all stored cookies. */
  void clear();
}
