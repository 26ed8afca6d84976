package io.medusajava.mock.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.TestHttp;
import io.medusajava.mock.domain.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mock's side of {@link StorefrontEvents}: its outbox read over HTTP, {@code GET
 * /__medusa/events}.
 */
final class MockServerEvents implements StorefrontEvents.Server {
  static final String FULFILLED_ORDER = "order_01KDVDNB3WT1AC0QWAYM4S107Z";

  private final MedusaMockServer server;
  private final TestHttp http;

  MockServerEvents(MedusaMockServer server) {
    this.server = server;
    this.http = new TestHttp(server.baseUrl());
  }

  @Override
  public String baseUrl() {
    return server.baseUrl();
  }

  @Override
  public Object mark() {
    return http.get("/__medusa/events?name=none").json().get("last_seq").asLong();
  }

  @Override
  public String token(String eventName, Object mark) {
    JsonNode events =
        http.get("/__medusa/events?after=" + mark + "&name=" + eventName).json().get("events");
    if (events.isEmpty()) {
      throw new AssertionError("no " + eventName + " after seq " + mark);
    }
    return events.get(0).at("/data/token").asText();
  }

  @Override
  public Map<String, List<String>> eventsByStep(List<StorefrontEvents.Step> steps) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (StorefrontEvents.Step s : steps) {
      List<String> summaries = new ArrayList<>();
      for (JsonNode e : http.get("/__medusa/events?after=" + s.before()).json().get("events")) {
        if (e.get("seq").asLong() <= (long) s.after()) {
          summaries.add(StorefrontEvents.summary(e.get("name").asText(), e.get("data")));
        }
      }
      out.put(s.id(), summaries);
    }
    return StorefrontEvents.sorted(out);
  }

  /** The mock cannot return from an unfulfilled order (real can): the seed's fulfilled order. */
  @Override
  public String[] returnableOrderAndItem(TestHttp owner, String placedOrder) {
    JsonNode order = owner.get("/store/orders/" + FULFILLED_ORDER).json().get("order");
    return new String[] {FULFILLED_ORDER, order.at("/items/0/id").asText()};
  }

  static JsonNode parse(String s) {
    try {
      return Json.MAPPER.readTree(s);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
