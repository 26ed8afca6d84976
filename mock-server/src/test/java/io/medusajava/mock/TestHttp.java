package io.medusajava.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for tests: plain java.net.http, with the cookie jar and headers spelt out per
 * request so tests can see exactly what goes over the wire.
 */
public final class TestHttp {
  /** A response with its body read as text and, when it parses, as JSON. */
  public record Res(int status, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** The {@code connect.sid=...} pair of a Set-Cookie, ready for a Cookie header, or null. */
    public String sessionCookie() {
      String set = header("Set-Cookie");
      return set == null ? null : set.substring(0, set.indexOf(';'));
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final Map<String, String> defaults = new LinkedHashMap<>();

  public TestHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A header sent with every request from now on (a cookie, a token, a publishable key). */
  public TestHttp with(String name, String value) {
    if (value == null) {
      defaults.remove(name);
    } else {
      defaults.put(name, value);
    }
    return this;
  }

  public Res get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public Res post(String path, String json, String... headers) {
    return send("POST", path, json, headers);
  }

  public Res delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  public Res send(String method, String path, String body, String... headers) {
    try {
      return sendOrThrow(method, path, body, headers);
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    }
  }

  /** As {@link #send} but lets connection failures through, for the fault tests. */
  public Res sendOrThrow(String method, String path, String body, String... headers)
      throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
    defaults.forEach(b::header);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    if (body != null) {
      b.setHeader("Content-Type", "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r.body(), r);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
