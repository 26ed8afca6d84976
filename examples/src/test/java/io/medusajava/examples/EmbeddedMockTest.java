package io.medusajava.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.examples.OptionsTest.Run;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each command with no {@code --base-url}: it starts the mock server in-process and runs the same
 * SDK calls against it, as a newcomer's first {@code java -jar medusa-examples.jar checkout} does.
 */
class EmbeddedMockTest {
  @Test
  void checkoutPrintsAReceiptInDollars() {
    Run run = Run.of("checkout");
    assertEquals(Cli.OK, run.status(), run.err());
    assertTrue(run.out().startsWith("Order order_"), run.out());
    assertEquals(2, run.out().lines().filter(l -> l.contains(" × ")).count(), run.out());
    assertTrue(run.out().matches("(?s).*Total +\\$\\d+\\.\\d\\d\\n.*"), run.out());
  }

  @Test
  void checkoutInEurosAddsTheRegionsTax() {
    Run run = Run.of("checkout", "--region-currency", "eur");
    assertEquals(Cli.OK, run.status(), run.err());
    assertTrue(run.out().matches("(?s).*Tax +€[1-9]\\d*\\.\\d\\d\\n.*"), run.out());
  }

  @Test
  void catalogExportWritesEveryProduct() {
    Run run = Run.of("catalog-export", "--page-size", "5");
    assertEquals(Cli.OK, run.status(), run.err());
    List<String> rows = run.out().lines().skip(1).collect(Collectors.toList());
    assertTrue(rows.size() >= 20, "the seed has 20+ products: " + rows.size());
    assertTrue(rows.stream().allMatch(r -> r.startsWith("prod_")), rows.toString());
    List<String> progress = run.err().lines().collect(Collectors.toList());
    assertEquals(
        "exported " + rows.size() + "/" + rows.size() + " products",
        progress.get(progress.size() - 1));
  }

  @Test
  void accountRegistersAndShowsTheProfile() {
    Run run = Run.of("account", "--register");
    assertEquals(Cli.OK, run.status(), run.err());
    assertTrue(run.out().contains("Logged in with a cookie session"), run.out());
    assertTrue(run.out().contains("Customer cus_"), run.out());
    assertTrue(run.out().contains("(none yet)"), run.out());
  }

  @Test
  void accountWithJwtLogsInWithAToken() {
    Run run = Run.of("account", "--register", "--jwt");
    assertEquals(Cli.OK, run.status(), run.err());
    assertTrue(run.out().contains("Logged in with a JWT"), run.out());
  }
}
