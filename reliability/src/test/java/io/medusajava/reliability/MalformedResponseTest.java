package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.MedusaStore;
import io.medusajava.errors.MedusaException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a broken server or proxy sends back, the caller gets a typed MedusaException, never a
 * raw one.
 */
@Timeout(30)
class MalformedResponseTest {
  private MockWebServer server;
  private MedusaStore store;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    store =
        MedusaStore.builder()
            .baseUrl(server.url("/"))
            .readTimeout(Duration.ofSeconds(2))
            .maxRetries(0)
            .build();
  }

  @AfterEach
  void stop() throws IOException {
    store.close();
    server.shutdown();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  static Stream<Arguments> answers() {
    List<Arguments> a = new ArrayList<>();
    a.add(
        Arguments.of(
            "truncated JSON", json(200, "{\"products\":[{\"id\":\"prod_1\",\"title\":\"Te")));
    a.add(
        Arguments.of(
            "truncated JSON, long Content-Length",
            json(200, "{\"cart\":{\"id\":\"cart_1\"")
                .setHeader("Content-Length", "500")
                .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END)));
    a.add(
        Arguments.of(
            "wrong type: list is a string", json(200, "{\"products\":\"many\",\"count\":1}")));
    a.add(
        Arguments.of(
            "wrong type: number is text",
            json(200, "{\"products\":[],\"count\":\"lots\",\"offset\":0}")));
    a.add(
        Arguments.of(
            "wrong type: object is a number", json(200, "{\"cart\":42,\"data\":42,\"type\":7}")));
    a.add(Arguments.of("top-level array", json(200, "[1,2,3]")));
    a.add(Arguments.of("JSON null", json(200, "null")));
    a.add(
        Arguments.of(
            "HTML 200",
            new MockResponse()
                .setHeader("Content-Type", "text/html")
                .setBody("<!DOCTYPE html><html><body>Maintenance</body></html>")));
    a.add(Arguments.of("HTML 200 labelled JSON", json(200, "<html><body>Login</body></html>")));
    a.add(
        Arguments.of(
            "HTML 502 from a proxy",
            new MockResponse()
                .setResponseCode(502)
                .setHeader("Content-Type", "text/html")
                .setBody("<html><h1>502 Bad Gateway</h1></html>")));
    a.add(
        Arguments.of(
            "empty 200", new MockResponse().setResponseCode(200).setHeader("Content-Length", "0")));
    a.add(Arguments.of("empty 200 labelled JSON", json(200, "")));
    a.add(
        Arguments.of(
            "invalid UTF-8",
            json(200, "")
                .setBody(
                    new okio.Buffer()
                        .write(
                            new byte[] {
                              '{',
                              '"',
                              'c',
                              'a',
                              'r',
                              't',
                              '"',
                              ':',
                              '"',
                              (byte) 0xC3,
                              (byte) 0x28,
                              '"',
                              '}'
                            }))));
    a.add(
        Arguments.of(
            "garbage bytes",
            new MockResponse()
                .setBody(
                    new okio.Buffer()
                        .write(new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 13, 10}))));
    a.add(
        Arguments.of(
            "status 200 but connection dropped",
            json(200, "{\"cart\":{}}").setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST)));
    return a.stream();
  }

  /**
   * Three calls with different response types, so each decoding path sees each malformed answer.
   */
  static final List<Consumer<MedusaStore>> CALLS =
      List.of(
          s -> s.products().list().execute(),
          s -> s.carts().retrieve("cart_1").execute(),
          s -> s.carts().complete("cart_1").execute());

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void malformedAnswerIsATypedException(String name, MockResponse answer) {
    for (int i = 0; i < CALLS.size(); i++) {
      Consumer<MedusaStore> call = CALLS.get(i);
      server.enqueue(answer.clone());
      MedusaException e =
          assertThrows(MedusaException.class, () -> call.accept(store), name + ", call " + i);
      assertNotEquals(MedusaException.class, e.getClass(), name + ": " + e);
    }
  }
}
