package io.medusajava.mock.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The faults planned for the next requests, per route. A rule names a method ({@code *} for any)
 * and a path template such as {@code /store/carts/{id}/complete} (placeholders match one path
 * segment, whatever they are called), and fires for its next {@code times} matching requests, or
 * forever. The first live rule wins.
 */
public final class FaultPlan {
  /** {@code times} value meaning "every matching request until cleared". */
  public static final int FOREVER = -1;

  /** One planned fault. */
  public static final class Rule {
    public final String method;
    public final String path;
    public final FaultKind kind;

    /** Delay in ms for {@link FaultKind#LATENCY}. */
    public final long delayMillis;

    /** Status for {@link FaultKind#HTTP_ERROR}. */
    public final int status;

    /** {@code Retry-After} value for {@link FaultKind#HTTP_ERROR}, or null. */
    public final String retryAfter;

    private int remaining;
    private final Pattern pattern;

    private Rule(
        String method,
        String path,
        FaultKind kind,
        long delayMillis,
        int status,
        String retryAfter,
        int times) {
      if (times == 0 || times < FOREVER) {
        throw new IllegalArgumentException("times must be positive or FOREVER (-1)");
      }
      if (kind == FaultKind.HTTP_ERROR && (status < 400 || status > 599)) {
        throw new IllegalArgumentException("an HTTP_ERROR fault needs a 4xx or 5xx status");
      }
      this.method = method == null ? "*" : method.toUpperCase();
      this.path = path;
      this.kind = kind;
      this.delayMillis = delayMillis;
      this.status = status;
      this.retryAfter = retryAfter;
      this.remaining = times;
      this.pattern =
          Pattern.compile(
              "^" + Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "/?$");
    }

    boolean matches(String m, String p) {
      return ("*".equals(method) || method.equalsIgnoreCase(m)) && pattern.matcher(p).matches();
    }

    /** Requests this rule still applies to, or {@link #FOREVER}. */
    public int remaining() {
      return remaining;
    }

    @Override
    public String toString() {
      return method
          + " "
          + path
          + " "
          + kind
          + " x"
          + (remaining == FOREVER ? "forever" : remaining);
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  /** Adds latency to the next {@code times} matching requests. */
  public Rule latency(String method, String path, long millis, int times) {
    return add(new Rule(method, path, FaultKind.LATENCY, millis, 0, null, times));
  }

  /**
   * Answers the next {@code times} matching requests with {@code status}, optionally with
   * Retry-After.
   */
  public Rule httpError(String method, String path, int status, String retryAfter, int times) {
    return add(new Rule(method, path, FaultKind.HTTP_ERROR, 0, status, retryAfter, times));
  }

  /** Any kind without parameters: the three connection faults and DROP_AFTER_PROCESSING. */
  public Rule fault(String method, String path, FaultKind kind, int times) {
    if (kind == FaultKind.LATENCY || kind == FaultKind.HTTP_ERROR) {
      throw new IllegalArgumentException(kind + " needs parameters; use latency() or httpError()");
    }
    return add(new Rule(method, path, kind, 0, 0, null, times));
  }

  /** Adds a fully described rule (the admin endpoint uses this). */
  public Rule add(
      String method,
      String path,
      FaultKind kind,
      long delayMillis,
      int status,
      String retryAfter,
      int times) {
    return add(new Rule(method, path, kind, delayMillis, status, retryAfter, times));
  }

  private synchronized Rule add(Rule rule) {
    rules.add(rule);
    return rule;
  }

  /** Takes the fault for this request, if any, counting it down. */
  public synchronized Rule take(String method, String path) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule r = it.next();
      if (r.matches(method, path)) {
        if (r.remaining != FOREVER && --r.remaining == 0) {
          it.remove();
        }
        return r;
      }
    }
    return null;
  }

  public synchronized List<Rule> rules() {
    return List.copyOf(rules);
  }

  public synchronized void clear() {
    rules.clear();
  }
}
