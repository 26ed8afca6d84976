package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.medusajava.mock.domain.MockClock;
import io.medusajava.mock.domain.events.EventOutbox;
import io.medusajava.mock.domain.events.StoreEvent;
import io.medusajava.mock.domain.json.Json;
import java.time.Duration;

/**
 * The mock's own control endpoints, for tests written in any language:
 *
 * <ul>
 *   <li>{@code POST /__medusa/faults} plans a fault, {@code GET} lists them, {@code DELETE} clears
 *       them;
 *   <li>{@code GET /__medusa/events} lists the events the store announced ({@code ?after=SEQ} only
 *       newer ones, {@code ?name=NAME} only those), {@code DELETE} empties the outbox;
 *   <li>{@code GET /__medusa/clock} tells the store's time, {@code POST} with {@code
 *       {"advance_seconds": N}} moves it forward (to let a token expire);
 *   <li>{@code POST /__medusa/reset} puts the store back to its seed, which also empties the
 *       outbox.
 * </ul>
 */
public final class ControlEndpoints {
  private final FaultPlan faults;
  private final Runnable reset;
  private final EventOutbox events;
  private final MockClock clock;

  public ControlEndpoints(FaultPlan faults, Runnable reset, EventOutbox events, MockClock clock) {
    this.faults = faults;
    this.reset = reset;
    this.events = events;
    this.clock = clock;
  }

  public Reply handle(EdgeRequest request) {
    String path = request.path().replaceAll("/+$", "");
    String method = request.method();
    try {
      if (path.equals("/__medusa/faults")) {
        switch (method) {
          case "POST":
            return addFault(request.body());
          case "GET":
            return listFaults();
          case "DELETE":
            faults.clear();
            return Reply.ok(listFaults().json());
          default:
            break;
        }
      } else if (path.equals("/__medusa/events")) {
        switch (method) {
          case "GET":
            return listEvents(QsQueryParser.parse(request.rawQuery()));
          case "DELETE":
            events.clear();
            return listEvents(QsQueryParser.parse(null));
          default:
            break;
        }
      } else if (path.equals("/__medusa/clock")) {
        switch (method) {
          case "GET":
            return now();
          case "POST":
            return advanceClock(request.body());
          default:
            break;
        }
      } else if (path.equals("/__medusa/reset") && method.equals("POST")) {
        reset.run();
        faults.clear();
        ObjectNode n = Json.object();
        n.put("reset", true);
        return Reply.ok(n);
      }
      return ExpressPages.cannot(method, request.path());
    } catch (IllegalArgumentException e) {
      ObjectNode n = Json.object();
      n.put("type", "invalid_data");
      n.put("message", e.getMessage());
      return Reply.json(400, n);
    }
  }

  /**
   * {@code {"events":[{"seq","name","data","created_at"}],"last_seq","dropped","missed","limit"}}:
   * {@code missed} counts the events after {@code after} that the outbox's bound dropped before
   * this read.
   */
  private Reply listEvents(QueryParams query) {
    long after = 0;
    String afterText = query.get("after");
    if (afterText != null) {
      try {
        after = Long.parseLong(afterText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "after must be a whole number (an event's seq), got " + afterText);
      }
    }
    EventOutbox.Snapshot page = events.since(after, query.get("name"));
    ObjectNode n = Json.object();
    ArrayNode a = n.putArray("events");
    for (StoreEvent e : page.events()) {
      ObjectNode o = a.addObject();
      o.put("seq", e.seq());
      o.put("name", e.name());
      // Stored as JSON text, so it goes out as it is, without being parsed into a tree first.
      o.putRawValue("data", new RawValue(e.dataJson()));
      o.put("created_at", e.createdAt());
    }
    n.put("last_seq", page.lastSeq());
    n.put("dropped", page.dropped());
    n.put("missed", page.missed());
    n.put("limit", events.limit());
    return Reply.ok(n);
  }

  private Reply now() {
    ObjectNode n = Json.object();
    n.put("now", clock.now());
    return Reply.ok(n);
  }

  /** Body {@code {"advance_seconds": N}}, N a whole number of seconds not below 0. */
  private Reply advanceClock(String body) {
    JsonNode n = parse(body);
    JsonNode by = n.path("advance_seconds");
    if (!by.canConvertToLong() || !by.isIntegralNumber() || by.asLong() < 0) {
      throw new IllegalArgumentException(
          "advance_seconds must be a whole number of seconds, 0 or more");
    }
    clock.advance(Duration.ofSeconds(by.asLong()));
    return now();
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode n = Json.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
      if (n == null || !n.isObject()) {
        throw new IllegalArgumentException("body must be a JSON object");
      }
      return n;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("body must be JSON");
    }
  }

  /**
   * Body: {@code {"method","path","fault","times"}} plus {@code delay_ms} for LATENCY and {@code
   * status}, {@code retry_after} for HTTP_ERROR. {@code times} absent or {@code -1} means forever.
   */
  private Reply addFault(String body) {
    JsonNode n = parse(body);
    String path = n.path("path").asText(null);
    String kindName = n.path("fault").asText(null);
    if (path == null || kindName == null) {
      throw new IllegalArgumentException("path and fault are required");
    }
    FaultKind kind;
    try {
      kind = FaultKind.valueOf(kindName.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown fault " + kindName);
    }
    faults.add(
        n.path("method").asText("*"),
        path,
        kind,
        n.path("delay_ms").asLong(0),
        n.path("status").asInt(0),
        n.hasNonNull("retry_after") ? n.get("retry_after").asText() : null,
        n.path("times").asInt(FaultPlan.FOREVER));
    return Reply.json(201, listFaults().json());
  }

  private Reply listFaults() {
    ObjectNode n = Json.object();
    ArrayNode a = n.putArray("faults");
    for (FaultPlan.Rule r : faults.rules()) {
      ObjectNode f = a.addObject();
      f.put("method", r.method);
      f.put("path", r.path);
      f.put("fault", r.kind.name());
      f.put("times", r.remaining());
    }
    return Reply.ok(n);
  }
}
