package io.medusajava.mock.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The Store API's operations as {@code openapi/store.yaml} lists them (the build copies it next to
 * the mock's classes), and which of them a step's path calls, so the run can prove it covered every
 * one.
 */
final class Operations {
  /** One operation: method and path template, e.g. {@code POST /store/carts/{id}/line-items}. */
  record Operation(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  final List<Operation> all;

  private Operations(List<Operation> all) {
    this.all = List.copyOf(all);
  }

  static Operations fromSpec() {
    try (InputStream in = Operations.class.getResourceAsStream("/io/medusajava/mock/store.yaml")) {
      if (in == null) {
        throw new IllegalStateException("store.yaml is not on the test class path");
      }
      JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<Operation> ops = new ArrayList<>();
      for (Iterator<String> paths = spec.path("paths").fieldNames(); paths.hasNext(); ) {
        String path = paths.next();
        for (String m : List.of("get", "post", "delete", "put", "patch")) {
          if (spec.path("paths").path(path).has(m)) {
            ops.add(new Operation(m.toUpperCase(Locale.ROOT), path));
          }
        }
      }
      return new Operations(ops);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The operation a step calls: same method and segment count, each literal segment equal unless
   * the spec has a parameter there; the most literal match wins ({@code /store/products/search}
   * over {@code /store/products/{id}}). Null for a path the API does not have.
   */
  Operation of(Step step) {
    String[] segs = step.path.split("\\?", 2)[0].split("/");
    Operation best = null;
    int bestScore = -1;
    for (Operation op : all) {
      String[] want = op.path().split("/");
      if (!op.method().equals(step.method) || want.length != segs.length) {
        continue;
      }
      int score = 0;
      boolean fits = true;
      for (int i = 0; i < want.length && fits; i++) {
        boolean param = want[i].startsWith("{");
        boolean variable = segs[i].contains("${");
        if (!param && (variable || !want[i].equals(segs[i]))) {
          fits = false;
        } else if (!param) {
          score++;
        }
      }
      if (fits && score > bestScore) {
        best = op;
        bestScore = score;
      }
    }
    return best;
  }
}
