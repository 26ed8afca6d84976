package io.medusajava.mock.domain.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.medusajava.mock.domain.json.Json;
import java.util.Collections;
import java.util.Map;

/**
 * One event the mock announced: its place in the outbox ({@link #seq()}, counting from 1 and never
 * reused), its {@link #name()} ({@code order.placed}), the {@link #data()} a subscriber of the real
 * server would get, and when it happened on the mock's clock. The data is kept as its JSON text,
 * which is far smaller than a parsed tree, and parsed when asked for.
 */
public final class StoreEvent {
  private static final TypeReference<Object> ANY = new TypeReference<>() {};

  private final long seq;
  private final String name;
  private final String dataJson;
  private final String createdAt;

  StoreEvent(long seq, String name, String dataJson, String createdAt) {
    this.seq = seq;
    this.name = name;
    this.dataJson = dataJson;
    this.createdAt = createdAt;
  }

  public long seq() {
    return seq;
  }

  public String name() {
    return name;
  }

  /** ISO-8601 UTC with milliseconds, like every timestamp of the mock. */
  public String createdAt() {
    return createdAt;
  }

  /**
   * The data as a map of its top-level keys (nested objects as maps, arrays as lists). Empty when
   * the data is not an object: {@code cart.customer_updated} carries the bare cart id, see {@link
   * #dataValue()}.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> data() {
    Object v = dataValue();
    return v instanceof Map ? Collections.unmodifiableMap((Map<String, Object>) v) : Map.of();
  }

  /**
   * The data as whatever JSON value it is: a map for most events, a string for {@code
   * cart.customer_updated}.
   */
  public Object dataValue() {
    try {
      return Json.MAPPER.readValue(dataJson, ANY);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the outbox stored data that is not JSON", e);
    }
  }

  /** A top-level string of the data, such as {@code token}; null when absent or not a string. */
  public String string(String key) {
    Object v = data().get(key);
    return v instanceof String s ? s : null;
  }

  /** The data exactly as the outbox stores and serves it. */
  public String dataJson() {
    return dataJson;
  }

  @Override
  public String toString() {
    return "#" + seq + " " + name + " " + dataJson;
  }
}
