package io.medusajava.mock.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CORS as Medusa's store router configures the {@code cors} middleware from its {@code store_cors}
 * setting: only origins on the allow-list are echoed, credentials are always allowed, and
 * preflights are answered 204 before routing. Paths outside {@code /store} get no CORS headers at
 * all, as on the real server.
 */
final class Cors {
  static final String ALLOWED_METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE";

  /** Exact origins; {@code *} allows any. */
  private final List<String> exact = new ArrayList<>();

  /** {@code /regex/} entries, matched with find() as a JavaScript RegExp.test would. */
  private final List<Pattern> patterns = new ArrayList<>();

  /**
   * @param origins entries as {@code MockServerOptions.corsOrigins} describes them, already
   *     validated
   */
  Cors(List<String> origins) {
    for (String o : origins) {
      String entry = o.trim();
      if (entry.length() > 1 && entry.startsWith("/") && entry.endsWith("/")) {
        patterns.add(Pattern.compile(entry.substring(1, entry.length() - 1)));
      } else {
        exact.add(entry);
      }
    }
  }

  /** Whether the store answers this origin with an {@code Access-Control-Allow-Origin}. */
  boolean allows(String origin) {
    if (origin == null) {
      return false;
    }
    if (exact.contains("*") || exact.contains(origin)) {
      return true;
    }
    for (Pattern p : patterns) {
      if (p.matcher(origin).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the path is under the store router, the only one Medusa puts CORS on. */
  static boolean applies(String path) {
    return path.equals("/store") || path.startsWith("/store/");
  }

  /**
   * Headers on every store answer, in the order the middleware writes them. {@code Vary} and
   * credentials appear even without an allowed Origin, as on the wire.
   */
  void decorate(Map<String, String> headers, String origin) {
    if (allows(origin)) {
      headers.put("Access-Control-Allow-Origin", origin);
    }
    headers.put("Vary", "Origin");
    headers.put("Access-Control-Allow-Credentials", "true");
  }

  /**
   * The cors middleware ends a preflight itself: 204, no body and no Content-Type. It reflects the
   * headers the browser asked for rather than listing its own, and sends no Allow-Headers when none
   * were asked for.
   */
  Reply preflight(String origin, String requestedHeaders) {
    Reply r = Reply.bare(204, "");
    Map<String, String> h = r.headers();
    decorate(h, origin);
    h.put("Vary", "Origin, Access-Control-Request-Headers");
    h.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
    if (requestedHeaders != null && !requestedHeaders.isBlank()) {
      h.put("Access-Control-Allow-Headers", requestedHeaders);
    }
    return r;
  }
}
