package io.medusajava.mock.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of Store operations: method + path template ({@code /store/carts/{id}/line-items}) to
 * handler. Groups of handlers register themselves with {@link #add}; the edge asks {@link #match}
 * for each request.
 */
public final class Routes {
  /** A registered operation. */
  public static final class Route {
    public final String method;
    public final String template;
    public final Handler handler;
    final Pattern pattern;
    final List<String> names;

    /**
     * The template up to its first placeholder: a path that does not start with it cannot match.
     */
    final String literalPrefix;

    Route(String method, String template, Handler handler) {
      this.method = method;
      this.template = template;
      this.handler = handler;
      List<String> names = new ArrayList<>();
      Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
      StringBuilder rx = new StringBuilder("^");
      int last = 0;
      while (m.find()) {
        rx.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
        names.add(m.group(1));
        last = m.end();
      }
      rx.append(Pattern.quote(template.substring(last))).append("/?$");
      this.pattern = Pattern.compile(rx.toString());
      this.names = Collections.unmodifiableList(names);
      int brace = template.indexOf('{');
      this.literalPrefix = brace < 0 ? template : template.substring(0, brace);
    }

    /**
     * Literal segments count: {@code /store/orders/cart/{cart_id}} beats {@code
     * /store/orders/{id}}.
     */
    int specificity() {
      return template.length() - names.stream().mapToInt(n -> n.length() + 2).sum();
    }
  }

  /** A route that matched, with its path parameters (still percent-encoded). */
  public static final class Match {
    public final Route route;
    public final java.util.Map<String, String> params;

    Match(Route route, java.util.Map<String, String> params) {
      this.route = route;
      this.params = params;
    }
  }

  private final List<Route> routes = new ArrayList<>();

  public Routes add(String method, String template, Handler handler) {
    routes.add(new Route(method, template, handler));
    return this;
  }

  public List<Route> all() {
    return Collections.unmodifiableList(routes);
  }

  /** The most specific route for the method and path, or null. */
  public Match match(String method, String path) {
    Match best = null;
    for (Route r : routes) {
      if (!r.method.equalsIgnoreCase(method) || !path.startsWith(r.literalPrefix)) {
        continue;
      }
      Matcher m = r.pattern.matcher(path);
      if (m.matches() && (best == null || r.specificity() > best.route.specificity())) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < r.names.size(); i++) {
          params.put(r.names.get(i), m.group(i + 1));
        }
        best = new Match(r, params);
      }
    }
    return best;
  }

  /**
   * Whether any route serves this path under another method (the edge answers 404 either way, as
   * Express does).
   */
  public boolean knowsPath(String path) {
    return routes.stream().anyMatch(r -> r.pattern.matcher(path).matches());
  }
}
