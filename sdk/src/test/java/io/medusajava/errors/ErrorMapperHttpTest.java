package io.medusajava.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ErrorMapper fed with what OkHttp actually read off a socket. */
class ErrorMapperHttpTest {
  private MockWebServer server;
  private OkHttpClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = new OkHttpClient.Builder().readTimeout(300, TimeUnit.MILLISECONDS).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void plainTextUnauthorizedOverTheWire() throws IOException {
    server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setHeader("Content-Type", "text/plain; charset=utf-8")
            .setBody("Unauthorized"));
    Request request =
        new Request.Builder().url(server.url("/store/customers/me?expand=orders")).build();

    MedusaException e;
    try (Response response = client.newCall(request).execute()) {
      String path =
          response.request().url().encodedPath() + "?" + response.request().url().encodedQuery();
      e =
          ErrorMapper.fromResponse(
              response.code(),
              response.header("Content-Type"),
              response.body().string(),
              response.request().method(),
              path);
    }

    assertInstanceOf(AuthenticationException.class, e);
    assertEquals(401, e.getStatusCode());
    assertEquals("Unauthorized", e.getServerMessage());
    assertEquals("401: Unauthorized [GET /store/customers/me?expand=orders]", e.getMessage());
  }

  @Test
  void readTimeoutOverTheWire() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    Request request = new Request.Builder().url(server.url("/store/regions")).build();

    IOException failure =
        assertThrows(IOException.class, () -> client.newCall(request).execute().close());
    ConnectionException e = ErrorMapper.connectionFailure(failure, "GET", "/store/regions");

    assertInstanceOf(SocketTimeoutException.class, e.getCause());
    // OkHttp words it "timeout" or "Read timed out" depending on which layer noticed first.
    String expected =
        "No response: " + failure.getMessage() + " (SocketTimeoutException) [GET /store/regions]";
    assertEquals(expected, e.getMessage());
  }
}
