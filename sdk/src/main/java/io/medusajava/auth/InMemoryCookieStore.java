package io.medusajava.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.Cookie;

/**
 * A {@link CookieStore} that keeps cookies in memory only, so they are gone when the process ends.
 */
public final class InMemoryCookieStore implements CookieStore {
  private volatile List<Cookie> cookies = Collections.emptyList();

  /** Creates a store that holds no cookies. */
  public InMemoryCookieStore() {}

  /**
   * Returns the cookies saved last.
   *
   * @return an unmodifiable list
   */
  @Override
  public List<Cookie> load() {
    return cookies;
  }

  /**
   * Keeps a copy of {@code cookies} in place of the earlier set.
   *
   * @param cookies the cookies to keep
   */
  @Override
  public void save(List<Cookie> cookies) {
    this.cookies = Collections.unmodifiableList(new ArrayList<Cookie>(cookies));
  }

  /** Drops all held cookies. */
  @Override
  public void clear() {
    cookies = Collections.emptyList();
  }
}
