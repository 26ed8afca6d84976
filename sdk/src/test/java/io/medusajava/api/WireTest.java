package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.squareup.moshi.JsonReader;
import io.medusajava.MedusaStore;
import io.medusajava.json.MedusaJson;
import io.medusajava.testing.Transcripts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs the generated resources against a local HTTP server, so tests see the exact bytes the SDK
 * puts on the wire and decode bodies the way a real call does.
 */
abstract class WireTest {
  static final String JSON_UTF8 = "application/json; charset=UTF-8";

  MockWebServer server;
  MedusaStore store;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    store = MedusaStore.builder().baseUrl(server.url("/").toString()).maxRetries(0).build();
  }

  @AfterEach
  void stopServer() throws IOException {
    store.close();
    server.shutdown();
  }

  /**
   * A JSON response, labelled as Medusa (Express) labels it; MockWebServer copies it on enqueue.
   */
  static MockResponse jsonResponse(String body) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  /** The response a real Medusa 1.20.11 sent in a transcript, e.g. {@code "13-"}. */
  static MockResponse capturedResponse(String transcriptPrefix) {
    return jsonResponse(Transcripts.get(transcriptPrefix).body());
  }

  /** Answers the next request with this JSON body. */
  void json(String body) {
    server.enqueue(jsonResponse(body));
  }

  /** Answers the next request with a captured real body. */
  void captured(String transcriptPrefix) {
    server.enqueue(capturedResponse(transcriptPrefix));
  }

  RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(request, "no request reached the server");
    return request;
  }

  /** Method and path (with the raw query, if any), e.g. {@code GET /store/carts/cart_1}. */
  static void assertLine(String expected, RecordedRequest request) {
    assertEquals(expected, request.getMethod() + " " + request.getPath());
  }

  /**
   * The query as decoded name=value pairs in order. Retrofit percent-encodes brackets in names,
   * which Medusa's parser accepts, so tests compare meaning rather than escaping.
   */
  static String decodedQuery(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < url.querySize(); i++) {
      pairs.add(url.queryParameterName(i) + "=" + url.queryParameterValue(i));
    }
    return String.join("&", pairs);
  }

  /**
   * The request carried this JSON (key order aside; number spelling counts) labelled as UTF-8 JSON.
   */
  static void assertJsonBody(String expected, RecordedRequest request) throws IOException {
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    String sent = request.getBody().readUtf8();
    assertEquals(canonical(expected), canonical(sent), "request body was " + sent);
  }

  /**
   * A POST with nothing to send goes out empty and without a Content-Type, like the captured
   * client.
   */
  static void assertNoBody(RecordedRequest request) {
    assertEquals(0, request.getBodySize());
    assertNull(request.getHeader("Content-Type"));
  }

  /**
   * Rewrites JSON with object keys sorted and numbers kept as written, so {@code 2} and {@code 2.0}
   * stay different: Medusa validates some fields as integers.
   */
  static String canonical(String json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    StringBuilder out = new StringBuilder();
    write(reader, out);
    assertEquals(JsonReader.Token.END_DOCUMENT, reader.peek(), "trailing data in " + json);
    return out.toString();
  }

  private static void write(JsonReader reader, StringBuilder out) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, String> members = new TreeMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          StringBuilder value = new StringBuilder();
          write(reader, value);
          assertNull(members.put(name, value.toString()), "duplicate key " + name);
        }
        reader.endObject();
        List<String> parts = new ArrayList<>();
        members.forEach((k, v) -> parts.add(quote(k) + ":" + v));
        out.append('{').append(String.join(",", parts)).append('}');
      }
      case BEGIN_ARRAY -> {
        List<String> parts = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          StringBuilder value = new StringBuilder();
          write(reader, value);
          parts.add(value.toString());
        }
        reader.endArray();
        out.append('[').append(String.join(",", parts)).append(']');
      }
      case STRING -> out.append(quote(reader.nextString()));
      case NUMBER -> out.append(reader.nextString());
      case BOOLEAN -> out.append(reader.nextBoolean());
      case NULL -> out.append((Object) reader.nextNull());
      default -> throw new AssertionError("unexpected " + reader.peek());
    }
  }

  private static String quote(String s) {
    return MedusaJson.moshi().adapter(String.class).toJson(s);
  }
}
