package io.medusajava.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The jar that {@code package} just built, run as a user runs it ({@code java -jar}), in a child
 * JVM: exit status, stdout and stderr exactly as a shell sees them. Runs in the integration-test
 * phase (failsafe).
 */
class ExamplesJarIT {
  private static final Path JAR = Path.of("target", "medusa-examples.jar");

  record Exit(int status, String out, String err) {}

  private static Exit run(String... args) throws IOException, InterruptedException {
    assertTrue(Files.isRegularFile(JAR), "package should have built " + JAR);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("examples-out", ".txt");
    Path err = Files.createTempFile("examples-err", ".txt");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the jar did not finish: " + command);
      return new Exit(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void aBaseUrlWithoutSchemeExits2WithOneLine() throws Exception {
    Exit exit = run("checkout", "--base-url", "localhost:9000");
    assertEquals(Cli.USAGE, exit.status(), exit.err());
    assertEquals("", exit.out());
    assertEquals(
        List.of(
            "medusa-examples checkout: --base-url needs an http:// or https:// URL with a host, such as "
                + "http://localhost:9000, not 'localhost:9000' (see 'medusa-examples checkout --help')"),
        exit.err().lines().toList());
  }

  @Test
  void helpDoesNotCallTheBaseUrlRequired() throws Exception {
    Exit exit = run("checkout", "--help");
    assertEquals(Cli.OK, exit.status(), exit.err());
    assertTrue(exit.out().contains("--base-url URL"), exit.out());
    assertFalse(exit.out().contains("required"), exit.out());
    assertEquals("", exit.err());
  }

  @Test
  void theDemoPrintsAReceiptAndNothingElse() throws Exception {
    // The README's first command. Its embedded mock must not add logging noise (SLF4J, Jetty) to
    // stderr.
    Exit exit = run("checkout");
    assertEquals(Cli.OK, exit.status(), exit.err());
    assertTrue(exit.out().startsWith("Order order_"), exit.out());
    assertEquals("", exit.err());
  }
}
