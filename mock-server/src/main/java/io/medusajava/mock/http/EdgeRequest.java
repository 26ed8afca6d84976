package io.medusajava.mock.http;

import java.util.Map;
import java.util.TreeMap;

/**
 * A request as the edge received it, before any Medusa meaning is given to it. Kept free of
 * WireMock types so the dispatcher can be driven by anything.
 *
 * @param method upper-case HTTP method
 * @param path raw path, still percent-encoded, without the query
 * @param rawQuery the part after {@code ?}, or null
 * @param headers request headers; looked up case-insensitively
 * @param body the body as text, possibly empty
 * @param clientIp the peer address
 */
public record EdgeRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, String> headers,
    String body,
    String clientIp) {
  public EdgeRequest {
    TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    headers = h;
  }

  public String header(String name) {
    return headers.get(name);
  }
}
