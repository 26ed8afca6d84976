package io.medusajava.mock.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run as one Markdown table (a row per step: method, path template, status on real and on mock,
 * whether the shapes match, and the differences with how each is accounted for), then the totals.
 */
final class Report {
  /** How a difference is accounted for. */
  enum Verdict {
    ALLOWED,
    KNOWN,
    NEW
  }

  /** A difference with its verdict. */
  record Judged(Difference difference, Verdict verdict, DifferenceList.Entry entry) {}

  /** The figures of a run. */
  record Totals(
      int steps,
      int skipped,
      int sameStatus,
      int sameShape,
      int arithmeticFailures,
      int acceptedButRealRejects,
      int allowed,
      int known,
      int unlisted,
      int operationsCovered,
      int operations,
      double realSeconds,
      double mockSeconds) {
    double pct(int n) {
      return steps == 0 ? 0 : 100.0 * n / steps;
    }
  }

  private Report() {}

  static Totals totals(
      List<Comparison.Result> results,
      Map<Comparison.Result, List<Judged>> judged,
      int operationsCovered,
      int operations) {
    int steps = 0;
    int skipped = 0;
    int sameStatus = 0;
    int sameShape = 0;
    int arithmetic = 0;
    int accepted = 0;
    int allowed = 0;
    int known = 0;
    int unlisted = 0;
    long realNanos = 0;
    long mockNanos = 0;
    for (Comparison.Result r : results) {
      if (!r.ran()) {
        skipped++;
        continue;
      }
      steps++;
      realNanos += r.real().nanos();
      mockNanos += r.mock().nanos();
      sameStatus += r.sameStatus() ? 1 : 0;
      sameShape += r.shapeSame() ? 1 : 0;
      accepted += r.acceptedButRealRejects() ? 1 : 0;
      for (Judged j : judged.getOrDefault(r, List.of())) {
        arithmetic += j.difference().kind().equals("arithmetic(mock)") ? 1 : 0;
        switch (j.verdict()) {
          case ALLOWED -> allowed++;
          case KNOWN -> known++;
          default -> unlisted++;
        }
      }
    }
    return new Totals(
        steps,
        skipped,
        sameStatus,
        sameShape,
        arithmetic,
        accepted,
        allowed,
        known,
        unlisted,
        operationsCovered,
        operations,
        realNanos / 1e9,
        mockNanos / 1e9);
  }

  static String markdown(
      List<Comparison.Result> results,
      Map<Comparison.Result, List<Judged>> judged,
      Totals t,
      List<String> header,
      List<String> footer) {
    StringBuilder sb =
        new StringBuilder(
            "# Mock fidelity: the same requests to real Medusa 1.20.11 and to the mock\n\n");
    header.forEach(h -> sb.append(h).append("\n"));
    sb.append("\n| # | step | method | path template | real | mock | shape same? | notes |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    int n = 0;
    for (Comparison.Result r : results) {
      n++;
      String status = r.ran() ? r.real().statusText() : "skipped";
      String mockStatus = r.ran() ? r.mock().statusText() : "skipped";
      String shape = !r.ran() ? "" : r.shapeSame() ? "yes" : "**no**";
      List<String> notes = new ArrayList<>();
      if (!r.ran()) {
        notes.add(r.skipped());
      }
      for (Judged j : judged.getOrDefault(r, List.of())) {
        String mark =
            switch (j.verdict()) {
              case ALLOWED -> "allowed";
              case KNOWN -> "known: " + j.entry().category();
              case NEW -> "**NEW**";
            };
        Difference d = j.difference();
        notes.add(
            "[" + mark + "] " + d.text() + (d.detail().isEmpty() ? "" : " (" + d.detail() + ")"));
      }
      notes.addAll(r.ran() ? r.notes() : List.of());
      sb.append("| ")
          .append(n)
          .append(" | ")
          .append(r.step().id)
          .append(" | ")
          .append(r.step().method)
          .append(" | `")
          .append(cell(r.step().pathTemplate()))
          .append("` | ")
          .append(status)
          .append(" | ")
          .append(mockStatus)
          .append(" | ")
          .append(shape)
          .append(" | ")
          .append(cell(String.join("<br>", notes)))
          .append(" |\n");
    }
    sb.append("\n## Totals\n\n");
    sb.append(
        String.format(
            "- requests compared: %d (skipped: %d); operations covered: %d of %d%n",
            t.steps(), t.skipped(), t.operationsCovered(), t.operations()));
    sb.append(
        String.format(
            "- time answering: real %.1f s, mock %.1f s%n", t.realSeconds(), t.mockSeconds()));
    sb.append(
        String.format(
            "- same status: %d of %d (%.1f%%)%n",
            t.sameStatus(), t.steps(), t.pct(t.sameStatus())));
    sb.append(
        String.format(
            "- same shape: %d of %d (%.1f%%)%n", t.sameShape(), t.steps(), t.pct(t.sameShape())));
    sb.append(
        String.format(
            "- cart/order arithmetic failures on the mock: %d%n", t.arithmeticFailures()));
    sb.append(
        String.format(
            "- requests real rejects that the mock accepts: %d%n", t.acceptedButRealRejects()));
    sb.append(
        String.format(
            "- differences: %d allowed, %d known mock bugs (known-differences.txt), %d not listed%n",
            t.allowed(), t.known(), t.unlisted()));
    Map<String, Integer> byCategory = new TreeMap<>();
    judged
        .values()
        .forEach(
            list ->
                list.stream()
                    .filter(j -> j.verdict() == Verdict.KNOWN)
                    .forEach(j -> byCategory.merge(j.entry().category(), 1, Integer::sum)));
    if (!byCategory.isEmpty()) {
      sb.append("- known mock bugs by category:");
      byCategory.forEach((k, v) -> sb.append(" ").append(k).append(" ").append(v).append(";"));
      sb.setLength(sb.length() - 1);
      sb.append("\n");
    }
    footer.forEach(f -> sb.append(f).append("\n"));
    return sb.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
