package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medusajava.MedusaStore;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.yaml.snakeyaml.Yaml;

/**
 * Ten thousand requests built from the spec and then broken on purpose: wrong types, huge strings,
 * invalid UTF-8, wrong content types, unknown parameters, broken JSON, odd path ids. The mock must
 * answer each one quickly with a 4xx in one of Medusa's shapes, and still take a clean checkout
 * afterwards.
 *
 * <p>The run is seeded, so a failure names a request that can be replayed.
 */
class FuzzTest {
  static final int REQUESTS = 10_000;
  static final long SEED = 20_261_129L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HUGE = "x".repeat(64 * 1024);
  private static final Pattern QUANTITY = Pattern.compile("\"quantity\":(-?[0-9][0-9.E+-]*)");

  /**
   * Answers outside "4xx with a Medusa error body" that Medusa 1.20.11 itself gives, so the mock
   * must too; null when the answer is not one of them. Each is listed here on purpose; nothing else
   * may be 5xx.
   */
  static String realServerException(int code, String contentType, String body, Sent sent) {
    // A negative offset or limit passes Medusa's validation and then the database refuses it: 500
    // (transcript 63, mirrored by RouteSupport.paging).
    if (code == 500 && (negative(sent, "offset") || negative(sent, "limit"))) {
      return "allowed 500: negative offset or limit";
    }
    // Shipping options of an unknown cart: the real server fails with a 500 (transcript 69).
    if (code == 500 && sent.template.equals("/store/shipping-options/{cart_id}")) {
      return "allowed 500: shipping options of an unknown cart";
    }
    // A category expanded with a relation it does not have: Medusa's category query builder joins
    // it blindly and fails, 500 (mirrored by CategoryRoutes).
    if (code == 500
        && sent.template.startsWith("/store/product-categories")
        && sent.url.queryParameterValues("expand").stream()
            .anyMatch(
                v ->
                    v != null
                        && !v.isEmpty()
                        && java.util.Arrays.stream(v.split(","))
                            .anyMatch(
                                r ->
                                    !r.isEmpty()
                                        && !java.util.Set.of(
                                                "parent_category", "category_children", "products")
                                            .contains(r)))) {
      return "allowed 500: a category expanded with an unknown relation";
    }
    // A line quantity beyond a 32-bit integer: real's database refuses it ("out of range for type
    // integer") and Medusa answers 500 (mirrored by cart.Quantities).
    if (code == 500 && sent.hugeQuantity()) {
      return "allowed 500: a quantity beyond 32 bits";
    }
    // A negative line quantity: Medusa merges it into the variant's line, or stores it, and the
    // database's check refuses a line below 1, so the real server answers 500 (mirrored by
    // Carts.addLineItem/updateLineItem).
    if (code == 500
        && sent.negativeQuantity()
        && sent.template().startsWith("/store/carts/{id}/line-items")) {
      return "allowed 500: a negative line quantity";
    }
    // A write to a cart that does not exist: real's cart service fails inside its transaction and
    // Medusa answers 500 (checked against 1.20.11 for update, line items, discounts, shipping
    // methods, payment sessions, taxes and complete; mirrored by Carts.cartForWrite). Reading the
    // cart and adding a line item say 404 instead.
    if (code == 500
        && "odd path id".equals(sent.mutation())
        && !"GET".equals(sent.method())
        && sent.template().startsWith("/store/carts/{id}")
        && !sent.template().equals("/store/carts/{id}/line-items")
        && body.contains("unknown_error")) {
      return "allowed 500: a write to an unknown cart";
    }
    // An order lookup that finds nothing: Medusa's route answers a bare 404 "Not Found" as text
    // (see OrderRoutes).
    if (code == 404
        && sent.template().equals("/store/orders")
        && contentType.startsWith("text/plain")
        && body.equals("Not Found")) {
      return "allowed 404 text/plain: order lookup miss";
    }
    // A password-reset token that does not verify (not a JWT, spent, expired): real's jsonwebtoken
    // throws and Medusa answers 500 unknown_error (measured on 1.20.11; see PasswordResets.reset).
    if (code == 500
        && sent.template.equals("/store/customers/password-reset")
        && body.equals(
            "{\"code\":\"unknown_error\",\"type\":\"unknown_error\",\"message\":\"An unknown error occurred.\"}")) {
      return "allowed 500: a password-reset token that does not verify";
    }
    // A batch of payment sessions in which no element is a well-formed session: Medusa's IsType
    // throws an error its handler cannot word, 500 (measured on 1.20.11; see BodyChecks).
    if (code == 500
        && sent.template.equals("/store/payment-collections/{id}/sessions/batch")
        && body.equals(
            "{\"code\":\"unknown_error\",\"type\":\"unknown_error\",\"message\":\"An unknown error occurred.\"}")) {
      return "allowed 500: a session batch without one well-formed session";
    }
    return null;
  }

  private static boolean negative(Sent sent, String param) {
    return sent.url.queryParameterValues(param).stream()
        .anyMatch(v -> v != null && v.trim().startsWith("-"));
  }

  /** One generated request and how it was made, for the failure message. */
  record Sent(
      String method,
      String template,
      String mutation,
      HttpUrl url,
      String contentType,
      int bodyBytes,
      boolean hugeQuantity,
      boolean negativeQuantity) {
    @Override
    public String toString() {
      return method
          + " "
          + url
          + " ["
          + template
          + ", "
          + mutation
          + ", "
          + contentType
          + ", "
          + bodyBytes
          + " body bytes]";
    }
  }

  record Op(
      String method,
      String template,
      Map<String, Object> bodySchema,
      List<Map<String, Object>> params) {}

  private Map<String, Object> spec;

  /**
   * One generator per request (seeded by SEED and its number), so requests can run in parallel and
   * replay.
   */
  private final ThreadLocal<Random> random = new ThreadLocal<>();

  private Random rnd() {
    return random.get();
  }

  @Test
  @Timeout(value = 100)
  void mockAnswersBrokenRequestsWith4xxAndKeepsWorking() throws Exception {
    spec = loadSpec();
    List<Op> ops = operations();
    assertEquals(65, ops.size(), "the spec's operations");

    try (MedusaMockServer server =
        new MedusaMockServer(MockServerOptions.defaults().port(0).bindAddress("127.0.0.1"))
            .start()) {
      Ids ids = Ids.create(server.baseUrl());
      // A hang is a failure: the call timeout turns it into an exception that fails the test.
      OkHttpClient http =
          new OkHttpClient.Builder()
              .callTimeout(10, TimeUnit.SECONDS)
              .retryOnConnectionFailure(false)
              .build();
      HttpUrl base = HttpUrl.get(server.baseUrl());
      Map<String, Integer> statuses = new TreeMap<>();
      Map<String, Integer> mutations = new TreeMap<>();
      Map<String, Integer> allowed5xx = new TreeMap<>();
      List<String> failures = new ArrayList<>();

      // Four client threads: the mock must cope with concurrent garbage too, and the run stays
      // short.
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        int n = i;
        done.add(
            pool.submit(
                () -> {
                  random.set(new Random(SEED * 31 + n));
                  Op op = ops.get(rnd().nextInt(ops.size()));
                  Built b = build(op, base, ids, n % 2 == 0 ? ids.cookie : null);
                  synchronized (statuses) {
                    mutations.merge(b.sent.mutation, 1, Integer::sum);
                  }
                  try (Response r = http.newCall(b.request).execute()) {
                    byte[] body = r.body().bytes();
                    String problem = judge(r, body, b.sent);
                    synchronized (statuses) {
                      statuses.merge(r.code() / 100 + "xx", 1, Integer::sum);
                      if (problem != null && problem.startsWith("allowed")) {
                        allowed5xx.merge(problem, 1, Integer::sum);
                      } else if (problem != null && failures.size() < 20) {
                        failures.add(problem + " <- #" + n + " " + b.sent);
                      }
                    }
                  } catch (IOException e) {
                    synchronized (statuses) {
                      failures.add("no answer (" + e + ") <- #" + n + " " + b.sent);
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      System.out.printf(
          "fuzz: %d requests, statuses %s, mutations %s, documented exceptions %s%n",
          REQUESTS, statuses, mutations, allowed5xx);
      assertTrue(failures.isEmpty(), String.join("\n", failures));

      // The store is still whole: a clean checkout goes through.
      try (MedusaStore store = MedusaStore.builder().baseUrl(server.baseUrl()).build()) {
        Checkout c =
            new Checkout(store, Checkout.Catalog.load(store), "after-fuzz@example.com").runAll();
        assertEquals(c.cartId, server.state().orders().byCart(c.cartId).cartId);
      }
    }
  }

  /** Null when the answer is acceptable; otherwise what is wrong with it. */
  private static String judge(Response r, byte[] body, Sent sent) {
    int code = r.code();
    String allowed =
        realServerException(
            code, r.header("Content-Type", ""), new String(body, StandardCharsets.UTF_8), sent);
    if (allowed != null) {
      return allowed;
    }
    if (code >= 500) {
      return "answered " + code + " " + snippet(body);
    }
    if (code < 400) {
      return null; // the mutation happened to be harmless, e.g. an unknown query name on a route
      // whose query
      // Medusa does not validate, or a known one (expand, q) with a plausible value
    }
    String type = r.header("Content-Type", "");
    String text = new String(body, StandardCharsets.UTF_8);
    if (type.startsWith("application/json")) {
      try {
        JsonNode n = JSON.readTree(body);
        if (n.path("type").isTextual() && n.path("message").isTextual()) {
          return null;
        }
      } catch (IOException e) {
        return code + " with unreadable JSON " + snippet(body);
      }
      return code + " JSON without type and message " + snippet(body);
    }
    // Express's own answers, which Medusa shows too: a bare 401, and HTML pages for broken JSON or
    // unknown routes.
    if (code == 401 && "Unauthorized".equals(text)) {
      return null;
    }
    if (type.startsWith("text/html")
        && (code == 400 || code == 404 || code == 413 || code == 415)) {
      return null;
    }
    return code + " " + type + " " + snippet(body);
  }

  private static String snippet(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8);
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  // ------------------------------------------------------------------ building requests

  record Built(Request request, Sent sent) {}

  private Built build(Op op, HttpUrl base, Ids ids, String cookie) {
    String mutation =
        pick(
            "wrong type",
            "huge string",
            "invalid utf-8",
            "unknown field",
            "wrong content type",
            "broken json",
            "missing field",
            "unknown query",
            "bad query value",
            "odd path id");
    String path = op.template;
    for (Map<String, Object> p : op.params) {
      if ("path".equals(p.get("in"))) {
        String name = (String) p.get("name");
        String value = ids.forPath(op.template, name);
        if ("odd path id".equals(mutation) && rnd().nextBoolean()) {
          value =
              pick(
                  "x",
                  "%00",
                  "%ff%fe",
                  "..%2F..%2Fetc",
                  HUGE.substring(0, 5000),
                  "%20",
                  "null",
                  "-1");
        }
        path = path.replace("{" + name + "}", value);
      }
    }
    HttpUrl.Builder url = base.newBuilder().encodedPath(path);
    for (Map<String, Object> p : op.params) {
      if ("query".equals(p.get("in")) && rnd().nextInt(3) == 0) {
        url.addQueryParameter((String) p.get("name"), sample(schemaOf(p), 0).toString());
      }
    }
    if ("unknown query".equals(mutation)) {
      url.addQueryParameter(
          pick("foo", "limit[gt]", "expand", "fields", "a[b][c][d]", "__proto__[x]", "q"),
          pick("1", "bogus", HUGE.substring(0, 2000), "", "%", "\u00e9"));
    }
    if ("bad query value".equals(mutation)) {
      url.addQueryParameter(
          pick("limit", "offset", "expand", "fields", "order", "created_at[gt]", "region_id"),
          pick("-1", "abc", "1e999", "99999999999999999999", "", "[]", "{}", "0x10", " 5"));
    }

    String contentType = "application/json";
    byte[] body = null;
    if (op.bodySchema != null || "POST".equals(op.method)) {
      Object sample =
          op.bodySchema == null ? new LinkedHashMap<String, Object>() : sample(op.bodySchema, 0);
      body = bodyFor(mutation, sample, op.bodySchema);
      if ("wrong content type".equals(mutation)) {
        contentType =
            pick(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=latin1",
                "image/png");
        if (contentType.startsWith("application/x-www")) {
          body = "region_id=x&items[0][quantity]=abc".getBytes(StandardCharsets.UTF_8);
        }
      }
    }
    Request.Builder rb = new Request.Builder().url(url.build());
    if (cookie != null) {
      rb.header("Cookie", cookie);
    }
    RequestBody rq = body == null ? null : RequestBody.create(body, MediaType.get(contentType));
    switch (op.method) {
      case "POST" -> rb.post(rq == null ? RequestBody.create(new byte[0], null) : rq);
      case "DELETE" -> rb.delete(rq);
      default -> rb.get();
    }
    return new Built(
        rb.build(),
        new Sent(
            op.method,
            op.template,
            mutation,
            url.build(),
            contentType,
            body == null ? 0 : body.length,
            body != null && hugeQuantity(new String(body, StandardCharsets.UTF_8)),
            body != null && negativeQuantity(new String(body, StandardCharsets.UTF_8))));
  }

  /**
   * Whether the wrong-type mutation set a "quantity" to a whole number past 32 bits
   * (Long.MIN_VALUE, 1e308).
   */
  private static boolean hugeQuantity(String json) {
    Matcher m = QUANTITY.matcher(json);
    while (m.find()) {
      BigDecimal q = new BigDecimal(m.group(1));
      if (q.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
          || q.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the wrong-type mutation set a "quantity" below zero. */
  private static boolean negativeQuantity(String json) {
    Matcher m = QUANTITY.matcher(json);
    while (m.find()) {
      if (new BigDecimal(m.group(1)).signum() < 0) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private byte[] bodyFor(String mutation, Object sample, Map<String, Object> schema) {
    try {
      if (sample instanceof Map<?, ?> m && !m.isEmpty()) {
        Map<String, Object> obj = (Map<String, Object>) m;
        List<String> keys = new ArrayList<>(obj.keySet());
        String key = keys.get(rnd().nextInt(keys.size()));
        switch (mutation) {
          case "wrong type" ->
              obj.put(
                  key,
                  pick(
                      123,
                      "text",
                      true,
                      List.of(1, "a"),
                      Map.of("x", 1),
                      -1,
                      1e308,
                      Long.MIN_VALUE,
                      0.5));
          case "huge string" -> obj.put(key, HUGE);
          case "missing field" -> obj.remove(key);
          default -> {}
        }
      }
      if (sample instanceof Map<?, ?> && "unknown field".equals(mutation)) {
        ((Map<String, Object>) sample)
            .put(
                pick("foo", "__proto__", "constructor", "id", "metadata"),
                pick("bar", Map.of("polluted", true), 1));
      }
      byte[] json = JSON.writeValueAsBytes(sample);
      if ("invalid utf-8".equals(mutation)) {
        String s = new String(json, StandardCharsets.UTF_8);
        int quote = s.indexOf("\":\"");
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        if (quote < 0) {
          return concat(
              "{\"email\":\"".getBytes(StandardCharsets.UTF_8),
              bad,
              "\"}".getBytes(StandardCharsets.UTF_8));
        }
        byte[] head = s.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8);
        byte[] tail = s.substring(quote + 3).getBytes(StandardCharsets.UTF_8);
        return concat(head, bad, tail);
      }
      if ("broken json".equals(mutation)) {
        return pick(
                new String(json, StandardCharsets.UTF_8).substring(0, Math.max(1, json.length / 2)),
                "",
                "null",
                "[]",
                "\"text\"",
                "42",
                "{\"a\":",
                "{'single':'quotes'}",
                "{\"a\":1}}",
                "[".repeat(5000))
            .getBytes(StandardCharsets.UTF_8);
      }
      return json;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  /** A plausible value for a schema, so that only the chosen mutation is wrong. */
  @SuppressWarnings("unchecked")
  private Object sample(Map<String, Object> schema, int depth) {
    schema = resolve(schema);
    if (schema == null) {
      return "x";
    }
    for (String combo : List.of("allOf", "oneOf", "anyOf")) {
      if (schema.get(combo) instanceof List<?> l && !l.isEmpty()) {
        return sample((Map<String, Object>) l.get(rnd().nextInt(l.size())), depth);
      }
    }
    if (schema.get("enum") instanceof List<?> l && !l.isEmpty()) {
      return l.get(rnd().nextInt(l.size()));
    }
    String type =
        String.valueOf(
            schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string"));
    switch (type) {
      case "object" -> {
        Map<String, Object> out = new LinkedHashMap<>();
        if (depth < 3 && schema.get("properties") instanceof Map<?, ?> props) {
          for (Map.Entry<?, ?> e : props.entrySet()) {
            out.put((String) e.getKey(), sample((Map<String, Object>) e.getValue(), depth + 1));
          }
        }
        return out;
      }
      case "array" -> {
        return depth < 3
            ? new ArrayList<>(List.of(sample((Map<String, Object>) schema.get("items"), depth + 1)))
            : new ArrayList<>();
      }
      case "integer" -> {
        return 1;
      }
      case "number" -> {
        return 1.5;
      }
      case "boolean" -> {
        return true;
      }
      default -> {
        return "email".equals(schema.get("format")) ? "fuzz@example.com" : "x";
      }
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> resolve(Map<String, Object> node) {
    int guard = 0;
    while (node != null && node.get("$ref") instanceof String ref && guard++ < 10) {
      Object at = spec;
      for (String part : ref.substring(2).split("/")) {
        at = ((Map<String, Object>) at).get(part);
      }
      node = (Map<String, Object>) at;
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> schemaOf(Map<String, Object> param) {
    return (Map<String, Object>) param.get("schema");
  }

  @SuppressWarnings("unchecked")
  private List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
    for (Map.Entry<String, Object> p : paths.entrySet()) {
      Map<String, Object> item = (Map<String, Object>) p.getValue();
      for (String method : List.of("get", "post", "delete")) {
        Map<String, Object> op = (Map<String, Object>) item.get(method);
        if (op == null) {
          continue;
        }
        List<Map<String, Object>> params = new ArrayList<>();
        for (Object o : (List<Object>) item.getOrDefault("parameters", List.of())) {
          params.add(resolve((Map<String, Object>) o));
        }
        for (Object o : (List<Object>) op.getOrDefault("parameters", List.of())) {
          params.add(resolve((Map<String, Object>) o));
        }
        Map<String, Object> bodySchema = null;
        Map<String, Object> rb = resolve((Map<String, Object>) op.get("requestBody"));
        if (rb != null
            && rb.get("content") instanceof Map<?, ?> content
            && content.get("application/json") instanceof Map<?, ?> json) {
          bodySchema = (Map<String, Object>) json.get("schema");
        }
        ops.add(new Op(method.toUpperCase(), p.getKey(), bodySchema, params));
      }
    }
    return ops;
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[rnd().nextInt(options.length)];
  }

  private static Map<String, Object> loadSpec() throws IOException {
    Path file = Path.of("..", "openapi", "store.yaml");
    try (InputStream in = Files.newInputStream(file)) {
      return new Yaml().load(in);
    }
  }

  /**
   * Real ids for path parameters, so most requests get past the lookup and reach the validation.
   */
  static final class Ids {
    String cart;
    String product;
    String region;
    String cookie;

    static Ids create(String baseUrl) throws IOException {
      Ids ids = new Ids();
      OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
      HttpUrl base = HttpUrl.get(baseUrl);
      ids.region = get(http, base, "/store/regions").at("/regions/0/id").asText();
      ids.product = get(http, base, "/store/products").at("/products/0/id").asText();
      try (Response r =
          http.newCall(
                  new Request.Builder()
                      .url(base.resolve("/store/carts"))
                      .post(
                          RequestBody.create(
                              "{\"region_id\":\"" + ids.region + "\"}",
                              MediaType.get("application/json")))
                      .build())
              .execute()) {
        ids.cart = JSON.readTree(r.body().bytes()).at("/cart/id").asText();
      }
      // The seed's customer: half the fuzz runs logged in, so customer-only routes reach their
      // validation.
      try (Response r =
          http.newCall(
                  new Request.Builder()
                      .url(base.resolve("/store/auth"))
                      .post(
                          RequestBody.create(
                              "{\"email\":\"alex.rivera@example.com\",\"password\":\"mock-password-1\"}",
                              MediaType.get("application/json")))
                      .build())
              .execute()) {
        String setCookie = r.header("Set-Cookie");
        ids.cookie = setCookie == null ? null : setCookie.split(";", 2)[0];
      }
      return ids;
    }

    private static JsonNode get(OkHttpClient http, HttpUrl base, String path) throws IOException {
      try (Response r =
          http.newCall(new Request.Builder().url(base.resolve(path)).build()).execute()) {
        return JSON.readTree(r.body().bytes());
      }
    }

    String forPath(String template, String name) {
      if (template.startsWith("/store/carts/")) {
        return cart;
      }
      if (template.startsWith("/store/products/")
          && !template.contains("tags")
          && !template.contains("types")) {
        return product;
      }
      if (template.startsWith("/store/regions/")) {
        return region;
      }
      return "email".equals(name) ? "alex.rivera@example.com" : "fuzz_" + name;
    }
  }
}
