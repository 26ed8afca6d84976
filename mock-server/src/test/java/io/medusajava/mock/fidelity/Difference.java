package io.medusajava.mock.fidelity;

/**
 * One way the mock's answer to a step differs from real's. {@code text} is stable from run to run
 * (no ids, no amounts) so that the allow-list and the known differences can name it; {@code detail}
 * adds the run's own figures for the report.
 */
record Difference(String step, String text, String detail) {
  Difference(String step, String text) {
    this(step, text, "");
  }

  /**
   * The kind: the text up to its first colon, e.g. {@code status}, {@code shape}, {@code
   * arithmetic(mock)}.
   */
  String kind() {
    int colon = text.indexOf(':');
    return colon < 0 ? text : text.substring(0, colon);
  }

  @Override
  public String toString() {
    return step + " | " + text + (detail.isEmpty() ? "" : "  (" + detail + ")");
  }
}
