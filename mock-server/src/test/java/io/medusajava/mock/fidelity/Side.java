package io.medusajava.mock.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One server under comparison (real or mock) with what the scenario has learnt about it: the values
 * its steps discovered ({@code vars}) and the session cookie of each named customer. Requests go
 * out over plain java.net.http so that nothing of the SDK stands between the scenario and the wire.
 */
final class Side {
  /**
   * Looks up what only this side's fixture can know (a token it issued), when a step asks for it.
   */
  interface Fixture {
    void refresh(String what, Side side);
  }

  private static final Pattern VAR = Pattern.compile("\\$\\{([^}]+)}");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  final String name;
  final String baseUrl;
  final String publishableKey;
  final Map<String, String> vars = new HashMap<>();
  private final Map<String, String> cookies = new HashMap<>();
  private Fixture fixture = (what, side) -> {};

  Side(String name, String baseUrl, String publishableKey) {
    this.name = name;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.publishableKey = publishableKey;
  }

  Side fixture(Fixture f) {
    this.fixture = f;
    return this;
  }

  /**
   * Sends the step as this side sees it; an unknown {@code ${name}} means the step cannot run here.
   */
  Exchange send(Step step) {
    String path;
    String body;
    Map<String, String> headers = new HashMap<>();
    try {
      path = expand(step.path);
      body = step.body == null ? null : expand(step.body);
      for (Map.Entry<String, String> h : step.headers.entrySet()) {
        headers.put(h.getKey(), expand(h.getValue()));
      }
    } catch (MissingValue e) {
      return Exchange.notRun("${" + e.getMessage() + "} was not discovered on " + name);
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (body != null) {
      b.header("Content-Type", step.contentType);
    }
    if (step.publishableKey) {
      b.header("x-publishable-api-key", publishableKey);
    }
    if (step.session != null && cookies.containsKey(step.session)) {
      b.header("Cookie", cookies.get(step.session));
    }
    headers.forEach(b::setHeader);
    b.method(
        step.method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r;
    long start = System.nanoTime();
    try {
      r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return Exchange.notRun("request failed on " + name + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (step.session != null) {
      for (String set : r.headers().allValues("Set-Cookie")) {
        if (set.startsWith("connect.sid=")) {
          cookies.put(
              step.session,
              set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';')));
        }
      }
    }
    Exchange ex =
        Exchange.of(
            r.statusCode(),
            r.headers().firstValue("Content-Type").orElse(""),
            r.body(),
            r.headers().map().keySet(),
            System.nanoTime() - start);
    if (ex.json() != null) {
      for (Step.Capture c : step.captures) {
        JsonNode v = c.read().apply(ex.json());
        if (v != null && !v.isMissingNode() && !v.isNull()) {
          vars.put(c.name(), v.isValueNode() ? v.asText() : v.toString());
        }
      }
    }
    step.refreshes.forEach(what -> fixture.refresh(what, this));
    return ex;
  }

  String expand(String template) {
    Matcher m = VAR.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = vars.get(m.group(1));
      if (v == null) {
        throw new MissingValue(m.group(1));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** A template named a value this side never discovered. */
  private static final class MissingValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingValue(String name) {
      super(name, null, false, false);
    }
  }
}
