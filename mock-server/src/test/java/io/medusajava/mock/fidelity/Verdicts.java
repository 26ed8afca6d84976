package io.medusajava.mock.fidelity;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every difference of a run accounted for: allowed (allow-list.txt), a known mock bug
 * (known-differences.txt) or new; and the entries of either list that matched nothing. An entry
 * whose step glob names a step that was skipped in this run is not called stale, since that run
 * could not have seen it.
 */
final class Verdicts {
  final Map<Comparison.Result, List<Report.Judged>> byResult = new IdentityHashMap<>();
  final List<Difference> unlisted = new ArrayList<>();
  final List<String> stale = new ArrayList<>();

  Verdicts(List<Comparison.Result> results, DifferenceList allowed, DifferenceList known) {
    Set<DifferenceList.Entry> used = new LinkedHashSet<>();
    for (Comparison.Result r : results) {
      List<Report.Judged> judged = new ArrayList<>();
      for (Difference d : r.differences()) {
        DifferenceList.Entry a = allowed.match(d);
        DifferenceList.Entry k = a == null ? known.match(d) : null;
        if (a != null) {
          judged.add(new Report.Judged(d, Report.Verdict.ALLOWED, a));
          used.add(a);
        } else if (k != null) {
          judged.add(new Report.Judged(d, Report.Verdict.KNOWN, k));
          used.add(k);
        } else {
          judged.add(new Report.Judged(d, Report.Verdict.NEW, null));
          unlisted.add(d);
        }
      }
      byResult.put(r, judged);
    }
    for (DifferenceList list : List.of(allowed, known)) {
      for (DifferenceList.Entry e : list.entries) {
        boolean couldNotBeSeen =
            results.stream().anyMatch(r -> !r.ran() && e.namesStep(r.step().id));
        if (!used.contains(e) && !couldNotBeSeen) {
          stale.add(list.file.getFileName() + " " + e);
        }
      }
    }
  }

  /**
   * An unlisted difference as a line for known-differences.txt, with a first guess at its category.
   */
  static String listLine(Difference d) {
    String category =
        switch (d.kind()) {
          case "status" ->
              d.text().matches("status: real [45]\\d\\d, mock 2\\d\\d")
                  ? "accepts-what-real-rejects"
                  : "error-status";
          case "error" -> d.text().startsWith("error: message") ? "error-message" : "error-type";
          default -> d.kind().replace("(mock)", "");
        };
    return category
        + " | "
        + d.step()
        + " | "
        + d.text()
        + (d.detail().isEmpty() ? "" : " | " + d.detail());
  }
}
