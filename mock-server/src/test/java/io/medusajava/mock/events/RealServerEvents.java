package io.medusajava.mock.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.TestHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real Medusa's side of {@link StorefrontEvents}: its {@code events.jsonl} (written by the
 * setup's record-events.js), each event given to the step during whose request it was staged
 * ({@code staged_at}). Real dispatches events up to 3 s after the answer, so reading waits for
 * them.
 */
final class RealServerEvents implements StorefrontEvents.Server {
  /** Real's dispatch loop wakes every 3 s; a little more makes sure the last bulk is written. */
  private static final long DISPATCH_WAIT_MS = 4_500;

  private final String baseUrl;
  private final Path eventsFile;

  RealServerEvents(String baseUrl, Path eventsFile) {
    this.baseUrl = baseUrl;
    this.eventsFile = eventsFile;
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public Object mark() {
    return Instant.now();
  }

  @Override
  public String token(String eventName, Object mark) {
    long deadline = System.currentTimeMillis() + 3 * DISPATCH_WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      for (JsonNode e : read()) {
        if (e.path("name").asText().equals(eventName) && !stagedAt(e).isBefore((Instant) mark)) {
          return e.at("/data/token").asText();
        }
      }
      sleep(250);
    }
    throw new AssertionError("real dispatched no " + eventName + " into " + eventsFile);
  }

  @Override
  public Map<String, List<String>> eventsByStep(List<StorefrontEvents.Step> steps) {
    sleep(DISPATCH_WAIT_MS);
    List<JsonNode> events = read();
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (StorefrontEvents.Step s : steps) {
      Instant from = ((Instant) s.before()).minusMillis(1);
      Instant to = ((Instant) s.after()).plusMillis(1);
      List<String> summaries = new ArrayList<>();
      for (JsonNode e : events) {
        Instant at = stagedAt(e);
        if (!at.isBefore(from) && !at.isAfter(to)) {
          summaries.add(StorefrontEvents.summary(e.path("name").asText(), e.path("data")));
        }
      }
      out.put(s.id(), summaries);
    }
    return StorefrontEvents.sorted(out);
  }

  /** Real can return from the order just placed, unfulfilled as it is. */
  @Override
  public String[] returnableOrderAndItem(TestHttp owner, String placedOrder) {
    JsonNode order = owner.get("/store/orders/" + placedOrder).json().get("order");
    return new String[] {placedOrder, order.at("/items/0/id").asText()};
  }

  private static Instant stagedAt(JsonNode e) {
    return Instant.parse(e.has("staged_at") ? e.get("staged_at").asText() : e.path("at").asText());
  }

  private List<JsonNode> read() {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(eventsFile)) {
        if (!line.isBlank()) {
          out.add(MockServerEvents.parse(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
