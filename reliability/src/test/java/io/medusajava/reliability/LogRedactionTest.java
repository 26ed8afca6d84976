package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.MedusaStore;
import io.medusajava.auth.AuthMode;
import io.medusajava.http.LogLevel;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Case 6 of issue 12: BODY-level logging masks passwords and tokens of any length, on a thread with
 * a small stack (Android's are 1 MB at most, and the old pattern overflowed one at about 1,700
 * characters), including a secret that the log's 64 KiB cut leaves unterminated.
 */
@Timeout(30)
class LogRedactionTest {
  /**
   * Secrets built from units that appear nowhere else, so that any fragment of one in the log is
   * found.
   */
  private static final String PASSWORD = "Pw9".repeat(40_000);

  private static final String TOKEN = "Tk8".repeat(20_000);

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void longPasswordAndTokenAreMaskedOnASmallStack() throws Exception {
    server.enqueue(Answers.token(TOKEN));
    server.enqueue(Answers.json(Answers.CUSTOMER));
    List<String> log = new CopyOnWriteArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (MedusaStore store =
        MedusaStore.builder()
            .baseUrl(server.url("/"))
            .authMode(AuthMode.JWT)
            .logLevel(LogLevel.BODY)
            .logger(log::add)
            .build()) {
      Thread small =
          new Thread(
              null,
              () -> {
                try {
                  store.auth().login("jane@example.com", PASSWORD).execute();
                } catch (Throwable t) {
                  failure.set(t);
                }
              },
              "small-stack",
              256 * 1024);
      small.start();
      small.join();
    }
    assertNull(failure.get());
    server.takeRequest();
    assertEquals(
        "Bearer " + TOKEN,
        server.takeRequest().getHeader("Authorization"),
        "the login did not complete");
    String all = String.join("\n", log);
    assertTrue(all.contains("\"password\":\"██\""), "the request body was not logged masked");
    assertTrue(all.contains("\"access_token\":\"██\""), "the token answer was not logged masked");
    assertFalse(all.contains("Pw9Pw9"), "a piece of the password reached the log");
    assertFalse(all.contains("Tk8Tk8"), "a piece of the token reached the log");
  }
}
