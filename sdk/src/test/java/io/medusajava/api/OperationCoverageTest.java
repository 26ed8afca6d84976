package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.medusajava.testing.StoreSpec;
import io.medusajava.testing.Transcripts;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * Every Store API operation is reachable through exactly one generated Retrofit method (the {@code
 * Api} interface nested in each generated resource), so nothing in the spec is silently dropped or
 * bound twice by the generator or our templates.
 */
class OperationCoverageTest {
  private static final int OPERATIONS = 65;

  /** One operation from resources/operations.txt: {@code METHOD /path OperationId (Tag)}. */
  record Op(String method, String path, String tag) {
    String key() {
      return method + " " + path;
    }
  }

  /** One generated Retrofit method with its HTTP annotation. */
  record Binding(Class<?> api, Method method, String httpMethod, String path) {
    String key() {
      return httpMethod + " /" + path;
    }

    @Override
    public String toString() {
      return api.getSimpleName() + "." + method.getName();
    }
  }

  @Test
  void upstreamListHas65Operations() {
    assertEquals(OPERATIONS, upstream().size());
    assertEquals(
        OPERATIONS, upstream().stream().map(Op::key).distinct().count(), "duplicate lines");
  }

  @Test
  @SuppressWarnings("unchecked")
  void specDeclaresExactlyTheUpstreamOperations() {
    Set<String> spec = new TreeSet<>();
    for (Map.Entry<String, Object> path : StoreSpec.paths().entrySet()) {
      for (String method : ((Map<String, Object>) path.getValue()).keySet()) {
        if (Set.of("get", "post", "put", "patch", "delete", "head", "options").contains(method)) {
          spec.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    Set<String> expected =
        upstream().stream().map(Op::key).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(OPERATIONS, spec.size(), "operations in openapi/store.yaml");
    assertEquals(expected, spec, "openapi/store.yaml against operations.txt");
  }

  @Test
  void everyOperationHasExactlyOneRetrofitMethod() {
    Map<String, List<Binding>> byKey = new TreeMap<>();
    for (Binding b : bindings()) {
      byKey.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(b);
    }
    List<String> problems = new ArrayList<>();
    for (Op op : upstream()) {
      List<Binding> found = byKey.getOrDefault(op.key(), List.of());
      if (found.isEmpty()) {
        problems.add("missing: " + op.key() + " (" + op.tag() + ")");
      } else if (found.size() > 1) {
        problems.add("bound " + found.size() + " times: " + op.key() + " by " + found);
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void everyRetrofitMethodIsAnOperation() {
    Set<String> known = upstream().stream().map(Op::key).collect(Collectors.toSet());
    List<String> extra =
        bindings().stream()
            .filter(b -> !known.contains(b.key()))
            .map(b -> b + " -> " + b.key())
            .collect(Collectors.toList());
    assertTrue(extra.isEmpty(), "Retrofit methods with no operation: " + extra);
  }

  @Test
  void operationsLiveInTheInterfaceOfTheirTag() {
    Map<String, Binding> byKey =
        bindings().stream().collect(Collectors.toMap(Binding::key, b -> b, (a, b) -> a));
    List<String> misplaced = new ArrayList<>();
    for (Op op : upstream()) {
      Binding b = byKey.get(op.key());
      String expected = resourceOf(op.tag());
      String actual = b == null ? null : b.api().getEnclosingClass().getSimpleName();
      if (b != null && !actual.equals(expected)) {
        misplaced.add(op.key() + " is in " + actual + ", tag says " + expected);
      }
    }
    assertTrue(misplaced.isEmpty(), String.join("\n", misplaced));
  }

  @Test
  void everyTagHasAnInterface() {
    Set<String> expected =
        upstream().stream()
            .map(op -> resourceOf(op.tag()))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> found =
        apis().stream()
            .map(api -> api.getEnclosingClass().getSimpleName())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(18, expected.size(), "tags");
    assertEquals(expected, found);
  }

  static List<Op> upstream() {
    List<Op> ops = new ArrayList<>();
    for (String line : Transcripts.read("/operations.txt").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split("\\s+", 4);
      String tag = f[3].substring(f[3].indexOf('(') + 1, f[3].lastIndexOf(')'));
      ops.add(new Op(f[0], f[1], tag));
    }
    return ops;
  }

  /**
   * The resource our spec's tag names for an upstream tag: ours drop the "Product" of upstream's
   * variants, categories and collections, and the sessions of "Auth" sit behind the hand-written
   * AuthResource.
   */
  static String resourceOf(String upstreamTag) {
    String tag =
        upstreamTag.equals("Auth")
            ? "Sessions"
            : upstreamTag.matches("Product (Variants|Categories|Collections)")
                ? upstreamTag.substring(8)
                : upstreamTag;
    return tag.replace(" ", "") + "Resource";
  }

  /**
   * The generated interfaces, found by scanning the compiled package rather than a hand-kept list.
   */
  static List<Class<?>> apis() {
    List<Class<?>> out = new ArrayList<>();
    // Main and test classes share the package, so every classpath directory holding it is scanned.
    try {
      java.util.Enumeration<URL> roots =
          OperationCoverageTest.class.getClassLoader().getResources("io/medusajava/");
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (!"file".equals(root.getProtocol())) {
          continue;
        }
        File[] files = new File(root.toURI()).listFiles((d, n) -> n.endsWith("Resource$Api.class"));
        for (File f : files == null ? new File[0] : files) {
          Class<?> c = Class.forName("io.medusajava." + f.getName().replace(".class", ""));
          if (c.isInterface()) {
            out.add(c);
          }
        }
      }
    } catch (Exception e) {
      throw new AssertionError("cannot scan io.medusajava", e);
    }
    assertTrue(!out.isEmpty(), "no *Resource.Api interfaces found in io.medusajava");
    return out;
  }

  static List<Binding> bindings() {
    List<Binding> out = new ArrayList<>();
    for (Class<?> api : apis()) {
      for (Method m : api.getDeclaredMethods()) {
        for (Annotation a : m.getAnnotations()) {
          String[] http = http(a);
          if (http != null) {
            assertTrue(
                !http[1].startsWith("/"),
                api.getSimpleName()
                    + "."
                    + m.getName()
                    + " path must be relative to the base URL: "
                    + http[1]);
            out.add(new Binding(api, m, http[0], http[1]));
          }
        }
      }
    }
    return out;
  }

  private static String[] http(Annotation a) {
    if (a instanceof GET g) {
      return new String[] {"GET", g.value()};
    } else if (a instanceof POST p) {
      return new String[] {"POST", p.value()};
    } else if (a instanceof DELETE d) {
      return new String[] {"DELETE", d.value()};
    } else if (a instanceof PUT p) {
      return new String[] {"PUT", p.value()};
    } else if (a instanceof PATCH p) {
      return new String[] {"PATCH", p.value()};
    } else if (a instanceof HEAD h) {
      return new String[] {"HEAD", h.value()};
    } else if (a instanceof OPTIONS o) {
      return new String[] {"OPTIONS", o.value()};
    } else if (a instanceof HTTP h) {
      return new String[] {h.method(), h.path()};
    }
    return null;
  }
}
