package io.medusajava.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.medusajava.MedusaStore;
import io.medusajava.auth.AuthMode;
import io.medusajava.examples.OptionsTest.Run;
import io.medusajava.model.Order;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.Region;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command, run in-process exactly as {@code java -jar} would, against the real Medusa at
 * {@code MEDUSA_URL} (and {@code MEDUSA_PUBLISHABLE_KEY}, if set). Skipped when {@code MEDUSA_URL}
 * is unset.
 */
class RealMedusaTest {
  private static String url;
  private static String key;

  // Checked before each test, not once for the class, so a run without MEDUSA_URL reports every
  // test as skipped.
  @BeforeEach
  void needsARealMedusa() {
    url = System.getenv("MEDUSA_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "MEDUSA_URL is not set: these tests run only against a real Medusa (e.g. MEDUSA_URL=http://127.0.0.1:9000)");
    key = System.getenv("MEDUSA_PUBLISHABLE_KEY");
  }

  /** Runs a command with the backend options added. */
  private static Run run(String command, String... options) {
    List<String> argv = new ArrayList<>(List.of(command, "--base-url", url));
    if (key != null && !key.isBlank()) {
      argv.addAll(List.of("--publishable-key", key));
    }
    argv.addAll(List.of(options));
    return Run.of(argv.toArray(String[]::new));
  }

  private static Backend backend() {
    return new Backend.Remote(url, key);
  }

  @Test
  void checkoutPrintsAReceipt() {
    Run run = run("checkout");
    assertEquals(Cli.OK, run.status(), run.err());
    assertTrue(run.out().startsWith("Order order_"), run.out());
    assertTrue(run.out().contains(" × 1"), run.out());
    assertTrue(run.out().matches("(?s).*Total +\\$\\d+\\.\\d\\d\\n.*"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void checkoutInEurosShowsEuros() {
    Run run = run("checkout", "--region-currency", "eur");
    assertEquals(Cli.OK, run.status(), run.err());
    assertTrue(run.out().contains("Order order_"), run.out());
    assertTrue(run.out().matches("(?s).*Total +€\\d+\\.\\d\\d\\n.*"), run.out());
  }

  @Test
  void checkoutInACurrencyNoRegionUsesFailsWithOneLine() {
    Run run = run("checkout", "--region-currency", "jpy");
    assertEquals(Cli.FAILED, run.status());
    assertTrue(
        run.err().startsWith("medusa-examples checkout: no region uses currency 'jpy'"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void catalogExportWritesOneCsvRowPerProduct(@TempDir Path dir) throws Exception {
    int count = productCount();
    Path file = dir.resolve("products.csv");
    Run run = run("catalog-export", "--out", file.toString(), "--page-size", "2");
    assertEquals(Cli.OK, run.status(), run.err());

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals("id,handle,title,collection,variant_count,min_price,currency", lines.get(0));
    assertEquals(count, lines.size() - 1, "one row per product after the header");
    assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("prod_")), lines.toString());
    // Pages of 2: a progress line per page, the last one complete.
    List<String> progress = run.err().lines().toList();
    assertEquals((count + 1) / 2, progress.size(), run.err());
    assertEquals(
        "exported " + count + "/" + count + " products", progress.get(progress.size() - 1));
  }

  @Test
  void catalogExportWritesOneJsonLinePerProduct() {
    int count = productCount();
    Run run = run("catalog-export", "--format", "jsonl", "--region-currency", "eur");
    assertEquals(Cli.OK, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(count, lines.size(), run.out());
    assertTrue(
        lines.stream()
            .allMatch(l -> l.startsWith("{\"id\":\"prod_") && l.contains("\"currency\":\"eur\"")),
        run.out());
  }

  @Test
  void accountRegistersLogsInBothWaysAndShowsOrders() {
    String email = "examples-" + UUID.randomUUID() + "@medusa-java.test";
    String password = "s3cret-" + UUID.randomUUID();

    Run registered = run("account", "--register", "--email", email, "--password", password);
    assertEquals(Cli.OK, registered.status(), registered.err());
    assertTrue(registered.out().contains("Registered " + email), registered.out());
    assertTrue(registered.out().contains("Customer cus_"), registered.out());
    assertTrue(registered.out().contains("(none yet)"), registered.out());

    // An order placed while logged in belongs to this customer.
    Order order;
    try (MedusaStore store = backend().connect(AuthMode.COOKIE_SESSION)) {
      store.auth().login(email, password).execute();
      Region region = Regions.pick(store, Optional.empty());
      order = CheckoutCommand.placeOrder(store, region, email);
    }

    Run cookie = run("account", "--email", email, "--password", password);
    assertEquals(Cli.OK, cookie.status(), cookie.err());
    assertTrue(cookie.out().contains("Logged in with a cookie session"), cookie.out());
    assertTrue(cookie.out().contains(order.getId()), cookie.out());
    assertTrue(cookie.out().contains("1 in all"), cookie.out());

    Run jwt = run("account", "--email", email, "--password", password, "--jwt");
    assertEquals(Cli.OK, jwt.status(), jwt.err());
    assertTrue(jwt.out().contains("Logged in with a JWT"), jwt.out());
    assertTrue(jwt.out().contains(order.getId()), jwt.out());
  }

  @Test
  void accountWithAWrongPasswordFailsWithOneLine() {
    Run run =
        run(
            "account",
            "--email",
            "nobody-" + UUID.randomUUID() + "@medusa-java.test",
            "--password",
            "wrong");
    assertEquals(Cli.FAILED, run.status());
    assertTrue(run.err().startsWith("medusa-examples account: "), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  private static int productCount() {
    try (MedusaStore store = backend().connect(AuthMode.COOKIE_SESSION)) {
      return store.products().list(ProductListParams.builder().limit(1).build()).execute().count();
    }
  }
}
