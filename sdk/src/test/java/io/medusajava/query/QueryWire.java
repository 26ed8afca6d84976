package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.medusajava.MedusaCall;
import io.medusajava.MedusaStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Sends a resource call to a MockWebServer and reports the query string the server received,
 * rebuilt from decoded name/value pairs so brackets read as the server's qs parser sees them.
 */
final class QueryWire implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final MedusaStore store;

  QueryWire() throws IOException {
    server.start();
    store = MedusaStore.builder().baseUrl(server.url("/").toString()).maxRetries(0).build();
  }

  /**
   * Runs the call {@code request} makes, answered with {@code body}, and returns the decoded query
   * string.
   */
  String send(Function<MedusaStore, MedusaCall<?>> request, String body)
      throws IOException, InterruptedException {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));
    request.apply(store).execute();
    RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(recorded, "no request reached the server");
    return decodedQuery(recorded.getRequestUrl());
  }

  static String decodedQuery(HttpUrl url) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < url.querySize(); i++) {
      pairs.add(url.queryParameterName(i) + "=" + url.queryParameterValue(i));
    }
    return String.join("&", pairs);
  }

  @Override
  public void close() throws IOException {
    store.close();
    server.shutdown();
  }
}
