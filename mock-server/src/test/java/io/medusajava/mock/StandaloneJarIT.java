package io.medusajava.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The standalone jar this build just packaged starts and answers. Runs in the integration-test
 * phase (failsafe), after {@code package}, so it always tests the fresh jar and never a stale one
 * or none.
 */
class StandaloneJarIT {
  @Test
  void shadedJarStarts() throws Exception {
    Path jar = Path.of("target", "medusa-mock-server.jar");
    assertTrue(Files.isRegularFile(jar), "package should have built " + jar);
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    try (InputStream in = p.getInputStream();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      String url = null;
      List<String> before = new ArrayList<>();
      while ((line = r.readLine()) != null) {
        if (line.startsWith("medusa mock server ready on ")) {
          url = line.substring("medusa mock server ready on ".length()).trim();
          break;
        }
        before.add(line);
      }
      assertNotNull(url, "the jar never said it was ready: " + before);
      // Nothing but the ready line: no SLF4J "no providers" warning, no Jetty start-up log.
      assertEquals(List.of(), before);
      assertEquals("OK", new TestHttp(url).get("/health").body());
    } finally {
      p.destroy();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aBusyPortExitsWithOneLine() throws Exception {
    Path jar = Path.of("target", "medusa-mock-server.jar");
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = busy.getLocalPort();
      Path out = Files.createTempFile("mock-out", ".txt");
      Path err = Files.createTempFile("mock-err", ".txt");
      try {
        Process p =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar.toString(),
                    "--port",
                    String.valueOf(port))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the jar should give up, not wait");
        assertEquals(1, p.exitValue());
        assertEquals("", Files.readString(out));
        List<String> lines = Files.readAllLines(err);
        assertEquals(1, lines.size(), lines.toString());
        // The middle is the operating system's words ("Address already in use" on Linux).
        assertTrue(
            lines.get(0).startsWith("error: cannot listen on 127.0.0.1:" + port + ": ")
                && lines.get(0).endsWith(" (--port 0 picks a free port)"),
            lines.get(0));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    }
  }

  /** The shaded jar carries the SDK the capture needs, and the seed schema for editors. */
  @Test
  void theJarCapturesAStoreAndShipsTheSeedSchema() throws Exception {
    Path jar = Path.of("target", "medusa-mock-server.jar");
    try (java.util.jar.JarFile contents = new java.util.jar.JarFile(jar.toFile())) {
      assertNotNull(contents.getEntry("io/medusajava/mock/seed.schema.json"));
    }
    Path seed = Files.createTempFile("captured", ".json");
    Path err = Files.createTempFile("mock-err", ".txt");
    try (MedusaMockServer store = new MedusaMockServer().start()) {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  jar.toString(),
                  "--seed-from",
                  store.baseUrl(),
                  "--save-seed",
                  seed.toString())
              .redirectError(err.toFile())
              .start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the capture should finish");
      assertEquals(0, p.exitValue(), Files.readString(err));
      assertEquals(24, io.medusajava.mock.domain.seed.Seed.load(seed).products.size());
    } finally {
      Files.deleteIfExists(seed);
      Files.deleteIfExists(err);
    }
  }
}
