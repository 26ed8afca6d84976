package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.QueryParams;
import io.medusajava.mock.http.UnauthorizedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test double of {@link Call}: fixed path parameters, a small qs-like query parser (a=b, a[]=b,
 * a[op]=b), a JSON body and an optional logged-in customer. It stands in for the WireMock edge in
 * route tests.
 */
final class FakeCall implements Call {
  private final StoreState state;
  private final String method;
  private final String path;
  private final Map<String, String> params;
  private final FakeQuery query;
  private final JsonNode body;
  private final String customerId;

  FakeCall(
      StoreState state,
      String method,
      String path,
      Map<String, String> params,
      String rawQuery,
      JsonNode body,
      String customerId) {
    this.state = state;
    this.method = method;
    this.path = path;
    this.params = params;
    this.query = new FakeQuery(rawQuery);
    this.body = body == null ? Json.object() : body;
    this.customerId = customerId;
  }

  @Override
  public StoreState state() {
    return state;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String pathParam(String name) {
    return params.get(name);
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
    return null;
  }

  @Override
  public String customerId() {
    return customerId;
  }

  @Override
  public String requireCustomerId() {
    if (customerId == null) {
      throw new UnauthorizedException();
    }
    return customerId;
  }

  @Override
  public void logIn(String id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void logOut() {
    throw new UnsupportedOperationException();
  }

  @Override
  public String issueToken(String id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<String> salesChannelIds() {
    return List.of();
  }

  @Override
  public Map<String, Object> context() {
    return Map.of();
  }

  /** Enough of qs for the route tests; values are not percent-decoded. */
  static final class FakeQuery implements QueryParams {
    private final Map<String, List<String>> plain = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> nested = new LinkedHashMap<>();

    FakeQuery(String raw) {
      if (raw == null || raw.isEmpty()) {
        return;
      }
      for (String pair : raw.split("&")) {
        String[] kv = pair.split("=", 2);
        String key = kv[0];
        String value = kv.length > 1 ? kv[1] : "";
        int b = key.indexOf('[');
        if (b < 0) {
          plain.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        } else {
          String name = key.substring(0, b);
          String sub = key.substring(b + 1, key.length() - 1);
          if (sub.isEmpty() || sub.chars().allMatch(Character::isDigit)) {
            plain.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
          } else {
            nested.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(sub, value);
          }
        }
      }
    }

    @Override
    public String get(String name) {
      List<String> v = plain.get(name);
      return v == null ? null : v.get(v.size() - 1);
    }

    @Override
    public List<String> list(String name) {
      return plain.getOrDefault(name, List.of());
    }

    @Override
    public Map<String, String> nested(String name) {
      return nested.getOrDefault(name, Map.of());
    }

    @Override
    public boolean has(String name) {
      return plain.containsKey(name) || nested.containsKey(name);
    }

    @Override
    public Set<String> names() {
      Set<String> s = new LinkedHashSet<>(plain.keySet());
      s.addAll(nested.keySet());
      return s;
    }
  }
}
