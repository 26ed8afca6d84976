package io.medusajava.mock.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reviewed list of differences the build tolerates (the allow-list, or the known mock bugs still
 * to fix). One entry a line: {@code category | step | difference | reason}, where step and
 * difference are globs ({@code *} is any text) matched against {@link Difference#step()} and {@link
 * Difference#text()}. Lines starting with {@code #} are comments. An entry that matches nothing in
 * a full run is stale and fails the build, so the lists can only shrink for a reason.
 */
final class DifferenceList {
  /** One line of a list. */
  record Entry(
      int line,
      String category,
      String stepGlob,
      String textGlob,
      String reason,
      Pattern step,
      Pattern text) {
    boolean matches(Difference d) {
      return step.matcher(d.step()).matches() && text.matcher(d.text()).matches();
    }

    boolean namesStep(String stepId) {
      return step.matcher(stepId).matches();
    }

    @Override
    public String toString() {
      return "line " + line + ": " + category + " | " + stepGlob + " | " + textGlob;
    }
  }

  final Path file;
  final List<Entry> entries;

  private DifferenceList(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = entries;
  }

  /** Reads a list; {@code reasonRequired} for the allow-list, where every entry must say why. */
  static DifferenceList read(Path file, boolean reasonRequired) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+\\|\\s+", 4);
      if (f.length < 3 || f[0].isBlank() || (reasonRequired && (f.length < 4 || f[3].isBlank()))) {
        throw new IllegalArgumentException(
            file
                + ":"
                + (i + 1)
                + ": expected 'category | step | difference"
                + (reasonRequired ? " | reason" : " [| note]")
                + "', got: "
                + line);
      }
      entries.add(
          new Entry(i + 1, f[0], f[1], f[2], f.length > 3 ? f[3] : "", glob(f[1]), glob(f[2])));
    }
    return new DifferenceList(file, List.copyOf(entries));
  }

  /** The first entry that covers {@code d}, or null. */
  Entry match(Difference d) {
    for (Entry e : entries) {
      if (e.matches(d)) {
        return e;
      }
    }
    return null;
  }

  private static Pattern glob(String glob) {
    String[] parts = glob.split("\\*", -1);
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      re.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
