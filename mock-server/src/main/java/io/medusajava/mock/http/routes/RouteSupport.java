package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.model.Address;
import io.medusajava.mock.http.Call;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers for request values a handler uses. The values were checked by the edge's RequestValidator
 * before the handler runs, so the readers only convert; the few failures left are the ones Medusa
 * reports past its validator (a negative offset reaches the database).
 */
final class RouteSupport {
  private RouteSupport() {}

  /** Offset and limit of a list request. */
  record Paging(int offset, int limit) {}

  /**
   * Reads {@code offset}/{@code limit} (already checked to be integers, transcripts 62, 65). A
   * negative offset reaches the database and fails there, which the real server reports as a 500
   * (transcript 63).
   */
  static Paging paging(Call call, int defaultLimit) {
    int limit = queryInt(call, "limit", defaultLimit);
    int offset = queryInt(call, "offset", 0);
    if (offset < 0 || limit < 0) {
      throw MedusaError.unknown();
    }
    return new Paging(offset, limit);
  }

  /** An integer query value the validator let through, or {@code fallback} when absent. */
  static int queryInt(Call call, String name, int fallback) {
    String v = call.query().get(name);
    return v == null ? fallback : Integer.parseInt(v.trim());
  }

  /**
   * A whole number from the body (the validator checked it is one), as a long so that nothing wraps
   * around: {@code 1e3} counts, as in JavaScript, and a value beyond a long is clamped, which is
   * still beyond every column it could be stored in.
   */
  static long wholeNumber(JsonNode n) {
    if (n.isIntegralNumber()) {
      return n.canConvertToLong()
          ? n.longValue()
          : n.bigIntegerValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return (long) n.asDouble();
  }

  /** The body's {@code metadata} object as a map, or null when none was sent. */
  @SuppressWarnings("unchecked")
  static java.util.Map<String, Object> metadata(JsonNode body) {
    JsonNode m = body.get("metadata");
    return m == null || !m.isObject()
        ? null
        : io.medusajava.mock.domain.json.Json.MAPPER.convertValue(m, java.util.Map.class);
  }

  static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** An address from its request JSON; absent fields stay null. */
  static Address address(JsonNode n) {
    Address a = new Address();
    a.company = text(n, "company");
    a.firstName = text(n, "first_name");
    a.lastName = text(n, "last_name");
    a.address1 = text(n, "address_1");
    a.address2 = text(n, "address_2");
    a.city = text(n, "city");
    a.countryCode =
        n.hasNonNull("country_code") ? n.get("country_code").asText().toLowerCase() : null;
    a.province = text(n, "province");
    a.postalCode = text(n, "postal_code");
    a.phone = text(n, "phone");
    return a;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  /** An absent list filter passes everything; otherwise the value must be one of those given. */
  static boolean matchesAny(Call call, String param, String value) {
    List<String> wanted = call.query().list(param);
    return wanted.isEmpty() || wanted.contains(value);
  }

  /** The {@code q} free-text filter of the small catalog lists: a case-insensitive substring. */
  static boolean matchesText(Call call, String value) {
    String q = call.query().get("q");
    return q == null || value != null && value.toLowerCase().contains(q.toLowerCase());
  }

  /** {@code {field: value}}, the envelope of every single-entity response. */
  static com.fasterxml.jackson.databind.node.ObjectNode wrap(String field, JsonNode value) {
    com.fasterxml.jackson.databind.node.ObjectNode n = io.medusajava.mock.domain.json.Json.object();
    n.set(field, value);
    return n;
  }
}
