package io.medusajava.auth;

import io.medusajava.internal.HeaderValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CookieJar} that holds the Medusa session cookie ({@code connect.sid}) for one API origin
 * (scheme, host and port) and never lets any other origin set or receive cookies through it: not
 * another host, not another port of the same host, not {@code http} in place of {@code https}.
 *
 * <p>A cookie replaces a held one with the same name, domain and path. Expired cookies are neither
 * kept nor sent, and a cookie that arrives already expired (how a server deletes one) removes the
 * held one. The held set is read from the {@link CookieStore} on first use and written back
 * whenever it changes; the jar then owns that store, so do not change the store behind its back. If
 * the store fails to save, the session still works until the process ends. A stored cookie that no
 * header could carry (a damaged file) is dropped on load. Safe to use from several threads. Give
 * each signed-in customer their own jar and store.
 */
public final class SessionCookieJar implements CookieJar {
  private static final String SESSION_COOKIE = "connect.sid";

  private final HttpUrl apiOrigin;
  private final CookieStore store;
  private @Nullable List<Cookie> cookies;

  /**
   * Creates a jar for the host of {@code apiBaseUrl} that keeps its cookies in {@code store}.
   *
   * @param apiBaseUrl the Store API's base URL; only its scheme, host and port matter
   * @param store where the cookies are kept
   */
  public SessionCookieJar(HttpUrl apiBaseUrl, CookieStore store) {
    if (apiBaseUrl == null) {
      throw new NullPointerException("apiBaseUrl == null");
    }
    if (store == null) {
      throw new NullPointerException("store == null");
    }
    this.apiOrigin = apiBaseUrl;
    this.store = store;
  }

  /**
   * Keeps the cookies of a response from the API origin and ignores those of any other origin.
   *
   * @param url the URL of the response
   * @param received the cookies it set
   */
  @Override
  public void saveFromResponse(HttpUrl url, List<Cookie> received) {
    if (!isApiOrigin(url) || received.isEmpty()) {
      return;
    }
    synchronized (this) {
      long now = System.currentTimeMillis();
      List<Cookie> next = live(held(), now);
      for (Cookie cookie : received) {
        for (int i = next.size() - 1; i >= 0; i--) {
          if (sameIdentity(next.get(i), cookie)) {
            next.remove(i);
          }
        }
        if (!isExpired(cookie, now) && isSendable(cookie)) {
          next.add(cookie);
        }
      }
      replace(next);
    }
  }

  /**
   * Returns the live cookies that match {@code url}, or none when it is not on the API origin.
   *
   * @param url the URL of the request
   * @return the cookies to send
   */
  @Override
  public List<Cookie> loadForRequest(HttpUrl url) {
    if (!isApiOrigin(url)) {
      return Collections.emptyList();
    }
    synchronized (this) {
      long now = System.currentTimeMillis();
      List<Cookie> live = live(held(), now);
      replace(live);
      List<Cookie> matching = new ArrayList<Cookie>();
      for (Cookie cookie : live) {
        if (cookie.matches(url)) {
          matching.add(cookie);
        }
      }
      return matching;
    }
  }

  /** Drops every held cookie and clears the store, ending the session on this side (logout). */
  public synchronized void clear() {
    cookies = Collections.emptyList();
    store.clear();
  }

  /**
   * Returns whether the jar holds a {@code connect.sid} session cookie that has not expired.
   *
   * @return {@code true} when a session cookie is held
   */
  public synchronized boolean hasSession() {
    long now = System.currentTimeMillis();
    for (Cookie cookie : held()) {
      if (cookie.name().equals(SESSION_COOKIE) && !isExpired(cookie, now)) {
        return true;
      }
    }
    return false;
  }

  private List<Cookie> held() {
    List<Cookie> current = cookies;
    if (current == null) {
      // Loaded lazily so that building a client does no file I/O (Android's main thread forbids
      // it).
      current = new ArrayList<Cookie>();
      for (Cookie cookie : store.load()) {
        if (isSendable(cookie)) {
          current.add(cookie);
        }
      }
      cookies = current;
    }
    return current;
  }

  /**
   * Stores {@code next} when it differs from what is held; saving on every response would rewrite
   * the file.
   */
  private void replace(List<Cookie> next) {
    if (next.equals(cookies)) {
      return;
    }
    cookies = next;
    try {
      store.save(Collections.unmodifiableList(new ArrayList<Cookie>(next)));
    } catch (RuntimeException e) {
      // OkHttp rethrows a jar's exception on its dispatcher thread, which kills an Android app. The
      // session still works for this process; it is only not persisted.
    }
  }

  private boolean isApiOrigin(HttpUrl url) {
    return url.scheme().equals(apiOrigin.scheme())
        && url.host().equals(apiOrigin.host())
        && url.port() == apiOrigin.port();
  }

  /** OkHttp refuses to build a Cookie header from anything else, failing the request instead. */
  private static boolean isSendable(Cookie cookie) {
    return HeaderValues.isValid(cookie.name()) && HeaderValues.isValid(cookie.value());
  }

  private static List<Cookie> live(List<Cookie> cookies, long now) {
    List<Cookie> result = new ArrayList<Cookie>(cookies.size());
    for (Cookie cookie : cookies) {
      if (!isExpired(cookie, now)) {
        result.add(cookie);
      }
    }
    return result;
  }

  private static boolean isExpired(Cookie cookie, long now) {
    return cookie.expiresAt() <= now;
  }

  private static boolean sameIdentity(Cookie a, Cookie b) {
    return a.name().equals(b.name()) && a.domain().equals(b.domain()) && a.path().equals(b.path());
  }
}
