package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.MedusaStore;
import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A MockWebServer and a client whose dispatcher is watched: after each test, every call must have
 * finished and nothing may have escaped onto a dispatcher thread.
 */
abstract class WatchedServerTest {
  final MockWebServer server = new MockWebServer();
  final WatchedDispatcher dispatcher = new WatchedDispatcher();

  @BeforeEach
  void startServer() throws IOException {
    server.start();
  }

  @AfterEach
  void checkDispatcherAndStop() throws Exception {
    assertTrue(dispatcher.awaitIdle(), "calls still running");
    assertEquals(
        0, dispatcher.escaped.size(), "escaped onto a dispatcher thread: " + dispatcher.escaped);
    dispatcher.close();
    server.shutdown();
  }

  /** A store on this test's server and watched client. */
  MedusaStore.Builder builder() {
    return MedusaStore.builder().baseUrl(server.url("/")).okHttpClient(dispatcher.client);
  }
}
