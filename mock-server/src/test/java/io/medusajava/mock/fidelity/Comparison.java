package io.medusajava.mock.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what real and mock answered to one step: status, content type, JSON shape, the error's
 * {@code type}/{@code code}/{@code message}, a few values that do not depend on the seed (paging
 * echoes, the state of the entity a step changed), and each side's own arithmetic and paging rules.
 */
final class Comparison {
  /** Values of the answer's main entity that follow from the scenario, not from the seed. */
  private static final Set<String> STATE_KEYS =
      Set.of("object", "status", "payment_status", "fulfillment_status");

  /** Top-level values that echo the request. */
  private static final Set<String> ECHO_KEYS = Set.of("limit", "offset", "type");

  /** The outcome of one step on both sides. */
  record Result(
      Step step,
      Exchange real,
      Exchange mock,
      List<Difference> differences,
      boolean shapeSame,
      List<String> notes,
      String skipped) {
    boolean ran() {
      return skipped == null;
    }

    boolean sameStatus() {
      return real.status() == mock.status();
    }

    /** Real refused the request (4xx/5xx) and the mock took it (2xx). */
    boolean acceptedButRealRejects() {
      return real.ran() && mock.ran() && real.status() >= 400 && mock.ok();
    }
  }

  private final Side real;
  private final Side mock;

  Comparison(Side real, Side mock) {
    this.real = real;
    this.mock = mock;
  }

  static Result skipped(Step step, String reason) {
    return new Result(step, null, null, List.of(), false, List.of(), reason);
  }

  Result compare(Step step, Exchange r, Exchange m) {
    List<Difference> d = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (!r.ran() || !m.ran()) {
      if (!r.ran()) {
        d.add(new Difference(step.id, "not-run: on real", r.notRun()));
      }
      if (!m.ran()) {
        d.add(new Difference(step.id, "not-run: on mock", m.notRun()));
      }
      return new Result(step, r, m, d, false, notes, null);
    }
    boolean sameStatus = r.status() == m.status();
    if (!sameStatus) {
      d.add(
          new Difference(
              step.id, "status: real " + r.status() + ", mock " + m.status(), errorOf(r, m)));
    }
    boolean sameType = r.contentType().equals(m.contentType());
    if (!sameType) {
      d.add(
          new Difference(
              step.id,
              "content-type: real "
                  + orNone(r.contentType())
                  + ", mock "
                  + orNone(m.contentType())));
    }
    for (String h : Exchange.WATCHED) {
      if (r.headers().contains(h) != m.headers().contains(h)) {
        d.add(
            new Difference(
                step.id,
                "header: " + h + " only on " + (r.headers().contains(h) ? "real" : "mock")));
      }
    }
    boolean shapeSame = sameType;
    if (r.json() != null && m.json() != null) {
      List<String> shape = new ArrayList<>();
      Shapes.compare("", r.json(), m.json(), shape);
      shapeSame &= shape.isEmpty();
      if (sameStatus) {
        shape.forEach(s -> d.add(new Difference(step.id, "shape: " + s)));
        if (r.status() < 400) {
          compareValues(step, r.json(), m.json(), d);
        }
      }
      if (r.status() >= 400 && m.status() >= 400) {
        compareError(step, r.json(), m.json(), d);
      }
    } else if ((r.json() == null) != (m.json() == null)) {
      shapeSame = false;
      if (sameType) {
        d.add(
            new Difference(
                step.id,
                r.json() == null
                    ? "body: not JSON on real, JSON on mock"
                    : "body: JSON on real, not JSON on mock"));
      }
    } else if (sameType
        && r.mediaType().equals("text/plain")
        && !r.body().trim().equals(m.body().trim())) {
      shapeSame = false;
      d.add(
          new Difference(
              step.id,
              "body: real \""
                  + clip(r.body().trim())
                  + "\", mock \""
                  + clip(m.body().trim())
                  + "\""));
    }
    invariants(
        step,
        "arithmetic",
        Invariants.arithmetic(r.json()),
        Invariants.arithmetic(m.json()),
        d,
        notes);
    invariants(step, "paging", Invariants.paging(r.json()), Invariants.paging(m.json()), d, notes);
    return new Result(step, r, m, d, shapeSame, notes, null);
  }

  /**
   * A rule the mock breaks is a difference; one that real breaks too means the rule is wrong for
   * that answer, which the report notes so that the rule gets fixed rather than the mock.
   */
  private static void invariants(
      Step step,
      String kind,
      Map<String, String> onReal,
      Map<String, String> onMock,
      List<Difference> d,
      List<String> notes) {
    onReal.forEach((k, v) -> notes.add("RULE BROKEN ON REAL: " + kind + " " + k + " (" + v + ")"));
    onMock.forEach(
        (k, v) -> {
          if (!onReal.containsKey(k)) {
            d.add(new Difference(step.id, kind + "(mock): " + k, v));
          }
        });
  }

  /** What the side that refused said, for the detail of a status difference. */
  private String errorOf(Exchange r, Exchange m) {
    Exchange refused = r.status() >= 400 ? r : m.status() >= 400 ? m : null;
    if (refused == null) {
      return "";
    }
    Side side = refused == r ? real : mock;
    String said =
        refused.json() != null && refused.json().hasNonNull("message")
            ? refused.json().path("type").asText()
                + " \""
                + normalize(refused.json().get("message").asText(), side)
                + "\""
            : normalize(refused.body(), side);
    return side.name + ": " + said;
  }

  private void compareValues(Step step, JsonNode r, JsonNode m, List<Difference> d) {
    if (!r.isObject() || !m.isObject()) {
      return;
    }
    for (String k : ECHO_KEYS) {
      JsonNode rv = r.get(k);
      JsonNode mv = m.get(k);
      if (rv != null && mv != null && rv.isValueNode() && mv.isValueNode() && !rv.equals(mv)) {
        d.add(new Difference(step.id, "value: " + k + " real " + rv + ", mock " + mv));
      }
    }
    for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
      String root = it.next();
      JsonNode re = r.get(root);
      JsonNode me = m.get(root);
      if (re == null || me == null || !re.isObject() || !me.isObject()) {
        continue;
      }
      for (String k : STATE_KEYS) {
        JsonNode rv = re.get(k);
        JsonNode mv = me.get(k);
        if (rv != null && mv != null && rv.isTextual() && mv.isTextual() && !rv.equals(mv)) {
          d.add(
              new Difference(step.id, "value: " + root + "." + k + " real " + rv + ", mock " + mv));
        }
      }
    }
  }

  private void compareError(Step step, JsonNode r, JsonNode m, List<Difference> d) {
    for (String k : List.of("type", "code", "message")) {
      String rv = r.hasNonNull(k) ? normalize(r.get(k).asText(), real) : null;
      String mv = m.hasNonNull(k) ? normalize(m.get(k).asText(), mock) : null;
      if (!Objects.equals(rv, mv)) {
        d.add(
            new Difference(step.id, "error: " + k + " real " + quote(rv) + ", mock " + quote(mv)));
      }
    }
  }

  /**
   * A message as both sides can share it: the values a side discovered become their names ({@code
   * ${cart}}; short ones only when they are amounts), then whatever still looks like an id, an
   * e-mail or a token becomes a placeholder.
   */
  static String normalize(String message, Side side) {
    String s = message;
    List<Map.Entry<String, String>> vars = new ArrayList<>(side.vars.entrySet());
    // Longest first, so no value is replaced inside a longer one; then by name, so that two names
    // with the same value (two collections of the same amount) always give the same one.
    vars.sort(
        Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length())
            .reversed()
            .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, String> e : vars) {
      if (e.getValue().length() >= 6 && !e.getKey().startsWith("_")) {
        s = s.replace(e.getValue(), "${" + e.getKey() + "}");
      } else if (e.getKey().endsWith("_amount")) {
        // amounts are short numbers: only a whole number counts ("equal to 2200 on")
        s =
            s.replaceAll(
                "\\b" + java.util.regex.Pattern.quote(e.getValue()) + "\\b",
                java.util.regex.Matcher.quoteReplacement("${" + e.getKey() + "}"));
      }
    }
    s = s.replaceAll("eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+", "<token>");
    s = s.replaceAll("\\b[a-z]+(?:_[a-z]+)*_[0-9A-Z]{26}\\b", "<id>");
    s = s.replaceAll("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", "<email>");
    return clip(s);
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 160 ? one.substring(0, 157) + "..." : one;
  }

  private static String quote(String s) {
    return s == null ? "(none)" : "\"" + s + "\"";
  }

  private static String orNone(String s) {
    return s.isEmpty() ? "(none)" : s;
  }
}
