package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.internal.QueryValueConverterFactory;
import io.medusajava.json.MedusaJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Sends generated-API calls to a MockWebServer and reports the query string the server received, rebuilt
 * from decoded name/value pairs so brackets read as the server's qs parser sees them.
 */
final class QueryWire implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final Retrofit retrofit;

  QueryWire() throws IOException {
    server.start();
    retrofit = new Retrofit.Builder()
        .baseUrl(server.url("/"))
        .addConverterFactory(new QueryValueConverterFactory())
        .addConverterFactory(MoshiConverterFactory.create(MedusaJson.moshi()))
        .build();
  }

  <T> T api(Class<T> type) {
    return retrofit.create(type);
  }

  /** Answers {@code call} with {@code body}, checks it decoded, and returns the decoded query string. */
  String send(Call<?> call, String body) throws IOException, InterruptedException {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));
    Response<?> response = call.execute();
    assertTrue(response.isSuccessful() && response.body() != null, "decoded response: " + response);
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    return decodedQuery(request.getRequestUrl());
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
    server.shutdown();
  }
}
