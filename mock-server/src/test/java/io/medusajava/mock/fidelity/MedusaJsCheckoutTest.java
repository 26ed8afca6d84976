package io.medusajava.mock.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.medusajava.mock.MedusaMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The official Medusa v1 JS client, {@code @medusajs/medusa-js} 6.1.10, completes a guest checkout
 * against the mock ({@code src/test/medusa-js/checkout.mjs}, which passes against a real Medusa
 * 1.20.11 too). It needs node and the package: installed into {@code target/medusa-js} by {@code
 * npm ci} from the committed lock file, preferring npm's cache; when node is missing or npm cannot
 * install (no network and no cache), the test is skipped and says why.
 */
class MedusaJsCheckoutTest {
  private static final Path SOURCE = Path.of("src/test/medusa-js");
  private static final Path WORK = Path.of("target/medusa-js");

  @Test
  void theOfficialJsClientCompletesACheckoutAgainstTheMock()
      throws IOException, InterruptedException {
    assumeTrue(
        run(Path.of("."), 30, "node", "--version").exit == 0,
        "node is not on the PATH: the medusa-js check needs Node.js");
    Files.createDirectories(WORK);
    for (String f : List.of("package.json", "package-lock.json", ".npmrc", "checkout.mjs")) {
      Files.copy(SOURCE.resolve(f), WORK.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(WORK.resolve("node_modules/@medusajs/medusa-js"))) {
      Result npm =
          run(
              WORK,
              180,
              "npm",
              "ci",
              "--prefer-offline",
              "--fetch-retries=0",
              "--fetch-timeout=20000");
      assumeTrue(
          npm.exit == 0,
          "npm could not install @medusajs/medusa-js 6.1.10 (offline and not in npm's cache?): "
              + npm.lastLine());
    }
    try (MedusaMockServer server = new MedusaMockServer().start()) {
      Result checkout = run(WORK, 60, "node", "checkout.mjs", server.baseUrl());
      assertEquals(0, checkout.exit, checkout.output);
      assertTrue(checkout.output.contains("checkout complete: order order_"), checkout.output);
    }
  }

  private record Result(int exit, String output) {
    String lastLine() {
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private static Result run(Path dir, int seconds, String... command)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("medusa-js", ".log");
    try {
      Process p;
      try {
        p =
            new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
      } catch (IOException e) {
        return new Result(-1, command[0] + " could not start: " + e.getMessage());
      }
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, String.join(" ", command) + " did not finish in " + seconds + " s");
      }
      return new Result(p.exitValue(), Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
