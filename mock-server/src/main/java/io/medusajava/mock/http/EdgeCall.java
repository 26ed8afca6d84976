package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.StoreState;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@link Call} the edge hands to handlers: one request plus its session and token. */
final class EdgeCall implements Call {
  private final StoreState state;
  private final EdgeRequest request;
  private final Map<String, String> pathParams;
  private final QueryParams query;
  private final JsonNode body;
  private final SessionStore sessions;
  private final JwtIssuer jwt;
  private final String sid;
  private final RenderedPages pages;

  EdgeCall(
      StoreState state,
      EdgeRequest request,
      Map<String, String> pathParams,
      QueryParams query,
      JsonNode body,
      SessionStore sessions,
      JwtIssuer jwt,
      String sid,
      RenderedPages pages) {
    this.state = state;
    this.request = request;
    this.pathParams = pathParams;
    this.query = query;
    this.body = body;
    this.sessions = sessions;
    this.jwt = jwt;
    this.sid = sid;
    this.pages = pages;
  }

  @Override
  public RenderedPages pages() {
    return pages;
  }

  @Override
  public StoreState state() {
    return state;
  }

  @Override
  public String method() {
    return request.method();
  }

  @Override
  public String path() {
    return request.path();
  }

  /**
   * Path parameters arrive percent-encoded (an e-mail in /store/auth/{email} may be); handlers get
   * them decoded.
   */
  @Override
  public String pathParam(String name) {
    String raw = pathParams.get(name);
    return raw == null ? null : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public QueryParams query() {
    return query;
  }

  @Override
  public JsonNode body() {
    return body;
  }

  @Override
  public String header(String name) {
    return request.header(name);
  }

  /** The cookie session wins over a Bearer token; an invalid token is simply no customer. */
  @Override
  public String customerId() {
    String fromSession = sessions.customerOf(sid);
    if (fromSession != null) {
      return fromSession;
    }
    String auth = request.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return jwt.customerOf(auth.substring(7).trim());
    }
    return null;
  }

  @Override
  public String requireCustomerId() {
    String id = customerId();
    if (id == null) {
      throw new UnauthorizedException();
    }
    return id;
  }

  @Override
  public void logIn(String customerId) {
    sessions.logIn(sid, customerId);
  }

  @Override
  public void logOut() {
    sessions.destroy(sid);
  }

  @Override
  public String issueToken(String customerId) {
    return jwt.issue(customerId);
  }

  @Override
  public List<String> salesChannelIds() {
    String key = request.header("x-publishable-api-key");
    return key == null || key.isBlank()
        ? List.of()
        : state.catalog().salesChannelsOfKey(key.trim());
  }

  @Override
  public Map<String, Object> context() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("ip", request.clientIp());
    c.put("user_agent", request.header("User-Agent"));
    return c;
  }
}
