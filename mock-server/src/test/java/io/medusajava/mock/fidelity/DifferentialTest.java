package io.medusajava.mock.fidelity;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import io.medusajava.mock.SeedIds;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The differential test of issue 10: every step of {@link FidelityScenario} goes to a real Medusa
 * 1.20.11 ({@code MEDUSA_URL}, with {@code MEDUSA_PUBLISHABLE_KEY} when set) and to a mock started
 * here, and the two answers are compared ({@link Comparison}). The run is one table, printed and
 * written to {@code target/fidelity-report.md}. It fails on a difference that neither {@code
 * allow-list.txt} (legitimate, with a reason) nor {@code known-differences.txt} (mock bugs still to
 * fix) lists, on an entry of those files that matches nothing any more, and when the scenario stops
 * covering every operation.
 *
 * <p>Skipped when {@code MEDUSA_URL} is unset. Steps that need what this real server cannot give
 * (its Admin API, the after-sales seed, a publishable key) are skipped with the reason in the
 * report.
 */
class DifferentialTest {
  private static final Path LISTS = Path.of("src/test/resources/fidelity");
  private static final Path WORK = Path.of("target/fidelity");
  private static final Path REPORT = Path.of("target/fidelity-report.md");
  private static final int MIN_REQUESTS = 250;

  @Test
  void theMockAnswersEveryStepAsTheRealServerDoes() throws IOException {
    Map<String, String> env = System.getenv();
    String url = env.get("MEDUSA_URL");
    if (url == null || url.isBlank()) {
      System.out.println("[fidelity] SKIPPED: MEDUSA_URL is not set");
    }
    assumeTrue(
        url != null && !url.isBlank(),
        "MEDUSA_URL is not set: the differential test needs a real Medusa 1.20.11 "
            + "to compare the mock with (.ci/run starts one; or MEDUSA_URL=http://127.0.0.1:9000 ./mvnw verify)");
    requireHealthy(url);
    String key = env.get("MEDUSA_PUBLISHABLE_KEY");
    String run = Long.toString(System.currentTimeMillis(), 36);
    DifferenceList allowed = DifferenceList.read(LISTS.resolve("allow-list.txt"), true);
    DifferenceList known = DifferenceList.read(LISTS.resolve("known-differences.txt"), false);
    List<Step> steps = FidelityScenario.steps();
    Operations operations = Operations.fromSpec();

    Side real = new Side("real", url, key == null || key.isBlank() ? null : key);
    RealFixture realFixture = new RealFixture(real, env, Path.of(".."), WORK);
    real.fixture(realFixture);
    Map<Step.Need, String> unavailable = new EnumMap<>(Step.Need.class);
    if (real.publishableKey == null) {
      unavailable.put(Step.Need.PUBLISHABLE_KEY, "MEDUSA_PUBLISHABLE_KEY is not set");
    }
    long t0 = System.nanoTime();
    putIfProblem(unavailable, Step.Need.ADMIN, realFixture.prepareAdminData());
    long t1 = System.nanoTime();
    putIfProblem(unavailable, Step.Need.AFTER_SALES, realFixture.prepareAfterSales());
    long t2 = System.nanoTime();

    List<Comparison.Result> results = new ArrayList<>();
    long t3;
    MockServerOptions options =
        MockServerOptions.defaults().seedFile(MockFixture.seedWithSecondEdit(WORK));
    try (MedusaMockServer server = new MedusaMockServer(options).start()) {
      Side mock = new Side("mock", server.baseUrl(), SeedIds.PUBLISHABLE_KEY);
      MockFixture mockFixture = new MockFixture(server);
      mock.fixture(mockFixture);
      mockFixture.prepare(mock, run);
      t3 = System.nanoTime();
      real.vars.put("run", run);
      mock.vars.put("run", run);
      Comparison comparison = new Comparison(real, mock);
      for (Step step : steps) {
        String skip =
            step.needs.stream()
                .filter(unavailable::containsKey)
                .findFirst()
                .map(n -> "skipped: " + unavailable.get(n))
                .orElse(null);
        if (skip != null) {
          results.add(Comparison.skipped(step, skip));
          continue;
        }
        Exchange onReal = real.send(step);
        Exchange onMock = mock.send(step);
        dump(results.size() + 1, step, onReal, onMock);
        results.add(comparison.compare(step, onReal, onMock));
      }
    }

    Verdicts verdicts = new Verdicts(results, allowed, known);
    Set<Operations.Operation> covered = new LinkedHashSet<>();
    Set<String> neverOkOnReal = new TreeSet<>();
    List<String> noOperation = new ArrayList<>();
    for (Comparison.Result r : results) {
      Operations.Operation op = operations.of(r.step());
      if (op == null) {
        noOperation.add(r.step().id);
      } else if (r.ran()) {
        covered.add(op);
      }
    }
    for (Operations.Operation op : covered) {
      if (results.stream()
          .noneMatch(r -> r.ran() && op.equals(operations.of(r.step())) && r.real().ok())) {
        neverOkOnReal.add(op.toString());
      }
    }
    List<String> brokenOnReal = new ArrayList<>();
    results.stream()
        .filter(Comparison.Result::ran)
        .forEach(
            r ->
                r.notes().stream()
                    .filter(n -> n.startsWith("RULE BROKEN ON REAL"))
                    .forEach(n -> brokenOnReal.add(r.step().id + ": " + n)));

    Report.Totals totals =
        Report.totals(results, verdicts.byResult, covered.size(), operations.all.size());
    List<String> header =
        List.of(
            "Real: "
                + url
                + (real.publishableKey == null
                    ? " (no publishable key)"
                    : " (with a publishable key)")
                + "; mock: in-process MedusaMockServer, bundled seed plus a second order edit (MockFixture).",
            "Unavailable on real: "
                + (unavailable.isEmpty() ? "nothing" : unavailable.toString())
                + ".",
            String.format(
                "Preparing: real's admin data %.1f s, real's after-sales seed %.1f s, mock start and fixture %.1f s.",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9));
    List<String> footer = new ArrayList<>();
    footer.add(
        "- operations real never answered with success in this run: "
            + (neverOkOnReal.isEmpty() ? "none" : neverOkOnReal));
    footer.add("- steps calling no Store operation (unknown routes): " + noOperation);
    if (!verdicts.stale.isEmpty()) {
      footer.add("- STALE list entries (they match nothing any more): " + verdicts.stale);
    }
    if (!brokenOnReal.isEmpty()) {
      footer.add("- rules real itself breaks (fix the rule): " + brokenOnReal);
    }
    String md = Report.markdown(results, verdicts.byResult, totals, header, footer);
    Files.createDirectories(WORK);
    Files.writeString(REPORT, md);
    Files.write(
        WORK.resolve("unlisted.txt"), verdicts.unlisted.stream().map(Verdicts::listLine).toList());
    System.out.println(md);

    List<String> problems = new ArrayList<>();
    if (!verdicts.unlisted.isEmpty()) {
      problems.add(
          verdicts.unlisted.size()
              + " differences are in neither allow-list.txt nor known-differences.txt "
              + "(as list lines in "
              + WORK.resolve("unlisted.txt")
              + "), e.g.:\n  "
              + String.join(
                  "\n  ", verdicts.unlisted.stream().limit(25).map(Difference::toString).toList()));
    }
    if (!verdicts.stale.isEmpty()) {
      problems.add("stale list entries, delete them:\n  " + String.join("\n  ", verdicts.stale));
    }
    if (!brokenOnReal.isEmpty()) {
      problems.add(
          "an arithmetic or paging rule does not hold on real, so the rule is wrong:\n  "
              + String.join("\n  ", brokenOnReal));
    }
    Set<Operations.Operation> missing = new LinkedHashSet<>(operations.all);
    missing.removeAll(covered);
    if (!missing.isEmpty()) {
      problems.add("operations the run did not call: " + missing);
    }
    if (steps.size() < MIN_REQUESTS) {
      problems.add("the scenario has " + steps.size() + " steps, fewer than " + MIN_REQUESTS);
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\nreport: " + REPORT.toAbsolutePath());
    }
  }

  /**
   * Keeps both answers of a step in {@code target/fidelity/exchanges/}, so that a difference can be
   * read in full (the report only names it) without sending the request again by hand.
   */
  private static void dump(int index, Step step, Exchange onReal, Exchange onMock)
      throws IOException {
    Path dir = WORK.resolve("exchanges");
    Files.createDirectories(dir);
    String name = String.format("%03d-%s", index, step.id);
    for (Map.Entry<String, Exchange> e : Map.of("real", onReal, "mock", onMock).entrySet()) {
      Exchange x = e.getValue();
      String text =
          x.ran()
              ? x.status()
                  + " "
                  + x.contentType()
                  + "\n"
                  + (x.json() != null ? x.json().toPrettyString() : x.body())
              : "not run: " + x.notRun();
      Files.writeString(dir.resolve(name + "." + e.getKey() + ".txt"), text);
    }
  }

  private static void putIfProblem(
      Map<Step.Need, String> unavailable, Step.Need need, String problem) {
    if (problem != null) {
      unavailable.put(need, problem);
      System.out.println("[fidelity] steps needing " + need + " are skipped: " + problem);
    }
  }

  private static void requireHealthy(String url) {
    try {
      HttpRequest health =
          HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/health"))
              .timeout(Duration.ofSeconds(10))
              .build();
      HttpResponse<String> r =
          HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        fail("MEDUSA_URL=" + url + " answers /health with " + r.statusCode());
      }
    } catch (IOException e) {
      fail("MEDUSA_URL=" + url + " cannot be reached: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted");
    }
  }
}
