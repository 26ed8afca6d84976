package io.medusajava.mock.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one side answered to one step: status, content type and body, with the body parsed when it
 * is JSON, and which of the {@link #WATCHED} headers came with it. A step that could not be sent on
 * a side (a value it needs was never discovered there) is an exchange with status {@code -1} and
 * the reason in {@link #notRun}. {@code nanos} is how long the answer took.
 */
record Exchange(
    int status,
    String contentType,
    String body,
    JsonNode json,
    Set<String> headers,
    String notRun,
    long nanos) {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Headers whose presence is compared (lower case): what Express and Medusa add to an answer, and
   * what WireMock would. Their values depend on the body or the session, or say nothing a client
   * reads.
   */
  static final List<String> WATCHED =
      List.of(
          "etag",
          "x-powered-by",
          "allow",
          "content-security-policy",
          "x-content-type-options",
          "idempotency-key",
          "access-control-expose-headers",
          "matched-stub-id",
          "matched-stub-name",
          "server");

  static Exchange of(
      int status, String contentType, String body, Set<String> headerNames, long nanos) {
    JsonNode json = null;
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).replace(" ", "");
    if (type.startsWith("application/json") && body != null && !body.isBlank()) {
      try {
        json = MAPPER.readTree(body);
      } catch (Exception e) {
        json = null; // announced as JSON but not JSON: compared as text
      }
    }
    Set<String> headers = new TreeSet<>();
    headerNames.forEach(
        h -> {
          if (WATCHED.contains(h.toLowerCase(Locale.ROOT))) {
            headers.add(h.toLowerCase(Locale.ROOT));
          }
        });
    return new Exchange(status, type, body == null ? "" : body, json, headers, null, nanos);
  }

  static Exchange notRun(String reason) {
    return new Exchange(-1, "", "", null, Set.of(), reason, 0);
  }

  boolean ran() {
    return notRun == null;
  }

  boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The media type without parameters, e.g. {@code application/json}. */
  String mediaType() {
    int semi = contentType.indexOf(';');
    return semi < 0 ? contentType : contentType.substring(0, semi);
  }

  /** The status as the report prints it. */
  String statusText() {
    return ran() ? String.valueOf(status) : "—";
  }
}
