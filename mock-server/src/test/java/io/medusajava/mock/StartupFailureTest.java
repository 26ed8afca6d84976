package io.medusajava.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line when the server cannot start: status 1 and one line on stderr, never a stack
 * trace.
 */
class StartupFailureTest {
  record Exit(int status, String out, List<String> err) {}

  private static Exit run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Exit(
        status,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  private static long liveNonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon())
        .count();
  }

  @Test
  void aBusyPortIsOneLine() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = busy.getLocalPort();
      long threadsBefore = liveNonDaemonThreads();
      Exit exit = run("--port", String.valueOf(port));
      // Jetty stops what it started when its connector fails: nothing is left to keep a JVM alive.
      assertEquals(
          threadsBefore, liveNonDaemonThreads(), Thread.getAllStackTraces().keySet().toString());
      assertEquals(1, exit.status());
      assertEquals("", exit.out());
      assertEquals(1, exit.err().size(), exit.err().toString());
      // The middle is the operating system's words ("Address already in use" on Linux).
      String line = exit.err().get(0);
      assertTrue(
          line.startsWith("error: cannot listen on 127.0.0.1:" + port + ": ")
              && line.endsWith(" (--port 0 picks a free port)"),
          line);
    }
  }

  @Test
  void aSeedThatIsNotJsonIsOneLine(@TempDir Path dir) throws Exception {
    Path seed = Files.writeString(dir.resolve("seed.json"), "{ not json");
    Exit exit = run("--port", "0", "--seed", seed.toString());
    assertEquals(1, exit.status());
    assertEquals(1, exit.err().size(), exit.err().toString());
    assertTrue(
        exit.err()
            .get(0)
            .startsWith("error: the server did not start: cannot read seed " + seed + ": "),
        exit.err().get(0));
  }
}
