package io.medusajava.mock.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Cookie sessions in the manner of express-session: a {@code connect.sid} cookie whose value is
 * {@code s:<id>.<HMAC signature>}, and a 10-hour cookie expiry. Like the real server, every request
 * without a valid session cookie gets a fresh one.
 *
 * <p>Memory stays flat whatever the traffic: an anonymous session holds nothing, so it is not
 * stored at all and its signature alone proves it (the secret dies with the server, as real's
 * in-memory sessions do). Only logged-in sessions are kept, least recently used first out past
 * {@link #MAX_LOGGED_IN}, and every request refreshes its own; cookie-less traffic can never push a
 * logged-in client out. Destroyed sessions are remembered (boundedly) so their old cookie starts a
 * fresh session, as a destroyed express-session does.
 */
public final class SessionStore {
  /** The cookie name express-session uses by default. */
  public static final String COOKIE = "connect.sid";

  private static final long TTL_HOURS = 10;

  /**
   * Logged-in sessions kept at most; only logins add to it, so only a flood of logins reaches it.
   */
  static final int MAX_LOGGED_IN = 50_000;

  /**
   * Logged-out session ids remembered at most; a forgotten one reads as anonymous, still logged
   * out.
   */
  static final int MAX_ENDED = 10_000;

  private static final DateTimeFormatter EXPIRES =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  private final SecureRandom random = new SecureRandom();

  /**
   * Replaced on {@link #clear()}, so a reset server rejects every cookie it issued before, as a
   * restart would.
   */
  private volatile Hmac signer = Hmac.random();

  /** Session id to customer id, in access order. Guarded by itself. */
  private final Map<String, String> loggedIn = bounded(MAX_LOGGED_IN);

  /** Destroyed session ids, in access order. Guarded by itself. */
  private final Map<String, Boolean> ended = bounded(MAX_ENDED);

  /** The last formatted cookie expiry, by the second it was made for. */
  private volatile Expiry expiry;

  private static <V> Map<String, V> bounded(int max) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > max;
      }
    };
  }

  /**
   * The session id named by a signed cookie value, when the signature holds and the session was not
   * destroyed. A value that is not a signed session (bad percent-encoding included) is ignored, as
   * the cookie parser and express-session ignore it: the request simply gets a new session.
   */
  public Optional<String> resolve(String cookieHeader) {
    String raw = cookieValue(cookieHeader);
    String value = raw == null ? null : QsQueryParser.decodeOrNull(raw);
    if (value == null || !value.startsWith("s:")) {
      return Optional.empty();
    }
    int dot = value.lastIndexOf('.');
    if (dot < 2) {
      return Optional.empty();
    }
    String sid = value.substring(2, dot);
    if (!MessageDigest.isEqual(
        signer.sign(sid).getBytes(StandardCharsets.US_ASCII),
        value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    synchronized (ended) {
      if (ended.get(sid) != null) {
        return Optional.empty();
      }
    }
    synchronized (loggedIn) {
      loggedIn.get(sid); // a lookup refreshes the session's place in the eviction order
    }
    return Optional.of(sid);
  }

  /**
   * Starts an anonymous session and returns its id; nothing is stored until somebody logs in on it.
   */
  public String create() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The {@code Set-Cookie} header value for a session. */
  public String setCookie(String sid) {
    String value = URLEncoder.encode("s:" + sid + "." + signer.sign(sid), StandardCharsets.UTF_8);
    return COOKIE + "=" + value + "; Path=/; Expires=" + expires() + "; HttpOnly";
  }

  /** The cookie expiry date, formatted once a second rather than once a request. */
  private String expires() {
    long second = System.currentTimeMillis() / 1000;
    Expiry e = expiry;
    if (e == null || e.second != second) {
      e =
          new Expiry(
              second,
              EXPIRES.format(
                  ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(second), ZoneOffset.UTC)
                      .plusHours(TTL_HOURS)));
      expiry = e;
    }
    return e.text;
  }

  private record Expiry(long second, String text) {}

  /** The customer logged in on the session, or null. */
  public String customerOf(String sid) {
    if (sid == null) {
      return null;
    }
    synchronized (loggedIn) {
      return loggedIn.get(sid);
    }
  }

  public void logIn(String sid, String customerId) {
    synchronized (loggedIn) {
      loggedIn.put(sid, customerId);
    }
  }

  /** Destroys the session, as {@code req.session.destroy()} does: the old cookie stops working. */
  public void destroy(String sid) {
    synchronized (loggedIn) {
      loggedIn.remove(sid);
    }
    synchronized (ended) {
      ended.put(sid, Boolean.TRUE);
    }
  }

  public void clear() {
    signer = Hmac.random();
    synchronized (loggedIn) {
      loggedIn.clear();
    }
    synchronized (ended) {
      ended.clear();
    }
  }

  /** Sessions kept in memory (logged-in and destroyed ones); anonymous sessions cost nothing. */
  int retained() {
    synchronized (loggedIn) {
      synchronized (ended) {
        return loggedIn.size() + ended.size();
      }
    }
  }

  private static String cookieValue(String header) {
    if (header == null) {
      return null;
    }
    for (String part : header.split(";")) {
      String p = part.trim();
      if (p.startsWith(COOKIE + "=")) {
        return p.substring(COOKIE.length() + 1);
      }
    }
    return null;
  }
}
