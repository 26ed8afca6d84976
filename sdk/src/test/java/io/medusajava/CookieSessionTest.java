package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import io.medusajava.auth.FileCookieStore;
import io.medusajava.auth.InMemoryCookieStore;
import io.medusajava.auth.InMemoryTokenStore;
import io.medusajava.errors.AuthenticationException;
import io.medusajava.model.Customer;
import io.medusajava.model.CustomerCreateParams;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Cookie;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default cookie session: login, registration, logout, wrong passwords, other hosts and
 * restarts.
 */
class CookieSessionTest {
  static final String JANE_ID = "cus_01JANE";
  static final String JANE_EMAIL = "jane@example.com";
  static final String JANE_PASSWORD = "secret-Pa55";

  private final MockWebServer server = new MockWebServer();
  private final FakeMedusa medusa = new FakeMedusa();
  private final List<MedusaStore> stores = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    medusa.addCustomer(JANE_ID, JANE_EMAIL, JANE_PASSWORD, "Jane");
    server.setDispatcher(medusa);
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    stores.forEach(MedusaStore::close);
    server.shutdown();
  }

  private MedusaStore.Builder builder() {
    return MedusaStore.builder().baseUrl(server.url("/")).maxRetries(0);
  }

  private MedusaStore track(MedusaStore store) {
    stores.add(store);
    return store;
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(r, "the server received no further request");
    return r;
  }

  @Test
  void loginKeepsTheConnectSidCookieTheServerSet() throws Exception {
    InMemoryCookieStore cookies = new InMemoryCookieStore();
    MedusaStore store = track(builder().cookieStore(cookies).build());

    Customer customer = store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();

    RecordedRequest login = take();
    assertEquals("POST /store/auth", login.getMethod() + " " + login.getPath());
    assertNull(login.getHeader("Cookie"));
    assertEquals(JANE_ID, customer.getId());
    String sid = medusa.sessionOf(JANE_ID);
    assertEquals(1, cookies.load().size());
    Cookie kept = cookies.load().get(0);
    assertEquals("connect.sid", kept.name());
    assertEquals(sid, kept.value());
    assertEquals("/", kept.path());
    assertTrue(kept.httpOnly());
  }

  @Test
  void callsAfterLoginSendTheSessionCookie() throws Exception {
    MedusaStore store = track(builder().build());
    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    take();

    store.auth().session().execute();

    assertEquals("connect.sid=" + medusa.sessionOf(JANE_ID), take().getHeader("Cookie"));
  }

  @Test
  void retrieveAfterLoginReturnsTheLoggedInCustomer() throws Exception {
    MedusaStore store = track(builder().build());
    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();

    Customer me = store.customers().retrieve().execute();

    assertEquals(JANE_ID, me.getId());
    assertEquals(JANE_EMAIL, me.getEmail());
  }

  @Test
  void registrationStartsTheSessionOfTheNewCustomer() throws Exception {
    MedusaStore store = track(builder().build());

    Customer created =
        store
            .customers()
            .create(
                CustomerCreateParams.builder()
                    .firstName("Max")
                    .lastName("Mustermann")
                    .email("max@example.com")
                    .password("Max-pa55")
                    .build())
            .execute();
    Customer me = store.customers().retrieve().execute();

    assertEquals("max@example.com", me.getEmail());
    assertEquals(created.getId(), me.getId());
    take();
    assertEquals("connect.sid=" + medusa.sessionOf(created.getId()), take().getHeader("Cookie"));
  }

  @Test
  void logoutDeletesTheServerSessionWithItsCookie() throws Exception {
    MedusaStore store = track(builder().build());
    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    take();
    String sid = medusa.sessionOf(JANE_ID);

    store.auth().logout().execute();

    RecordedRequest delete = take();
    assertEquals("DELETE /store/auth", delete.getMethod() + " " + delete.getPath());
    assertEquals("connect.sid=" + sid, delete.getHeader("Cookie"));
    assertNull(medusa.sessionOf(JANE_ID), "the server still knows the session");
  }

  @Test
  void afterLogoutNoCookieIsSentAndRetrieveFails() throws Exception {
    InMemoryCookieStore cookies = new InMemoryCookieStore();
    MedusaStore store = track(builder().cookieStore(cookies).build());
    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    store.auth().logout().execute();
    take();
    take();
    assertEquals(List.of(), cookies.load());

    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> store.customers().retrieve().execute());

    assertEquals(401, e.getStatusCode());
    RecordedRequest me = take();
    assertEquals("GET /store/customers/me", me.getMethod() + " " + me.getPath());
    assertNull(me.getHeader("Cookie"));
  }

  @Test
  void wrongPasswordThrowsAuthenticationExceptionWithTheServerText() {
    MedusaStore store = track(builder().build());

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class, () -> store.auth().login(JANE_EMAIL, "wrong").execute());

    assertEquals(401, e.getStatusCode());
    assertEquals("Unauthorized", e.getServerMessage());
    assertEquals("POST", e.getMethod());
    assertEquals("/store/auth", e.getPath());
  }

  @Test
  void wrongPasswordStoresNoLoggedInSessionAndNoToken() throws Exception {
    InMemoryCookieStore cookies = new InMemoryCookieStore();
    InMemoryTokenStore tokens = new InMemoryTokenStore();
    MedusaStore store = track(builder().cookieStore(cookies).tokenStore(tokens).build());

    assertThrows(
        AuthenticationException.class, () -> store.auth().login(JANE_EMAIL, "wrong").execute());

    assertNull(tokens.get());
    assertNull(medusa.sessionOf(JANE_ID));
    // Like the real server, the fake hands out an anonymous connect.sid with the 401; whatever the
    // client kept must not be a logged-in session.
    for (Cookie c : cookies.load()) {
      assertEquals(
          "", medusa.sessions.get(c.value()), "a kept cookie belongs to a logged-in session");
    }
    assertThrows(AuthenticationException.class, () -> store.customers().retrieve().execute());
  }

  @Test
  void sessionCookieIsNotSentAlongARedirectToAnotherHost() throws Exception {
    try (MockWebServer api = new MockWebServer();
        MockWebServer other = new MockWebServer()) {
      InetAddress loopback = InetAddress.getLoopbackAddress();
      api.start(loopback, 0);
      other.start(loopback, 0);
      String otherBase = "http://other.test:" + other.getPort() + "/";
      api.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
              if (r.getPath().equals("/store/customers/me")) {
                return new MockResponse()
                    .setResponseCode(302)
                    .setHeader("Location", otherBase + "store/customers/me");
              }
              return medusa.dispatch(r);
            }
          });
      other.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
              return FakeMedusa.json(FakeMedusa.customerJson(JANE_ID, JANE_EMAIL, "Jane"));
            }
          });
      Dns testDns =
          host -> {
            if (host.equals("api.test") || host.equals("other.test")) {
              return List.of(loopback);
            }
            throw new UnknownHostException(host);
          };
      OkHttpClient shared = new OkHttpClient.Builder().dns(testDns).build();
      MedusaStore store =
          track(
              MedusaStore.builder()
                  .baseUrl("http://api.test:" + api.getPort() + "/")
                  .okHttpClient(shared)
                  .maxRetries(0)
                  .build());
      store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
      store.auth().session().execute();
      String sid = medusa.sessionOf(JANE_ID);

      Customer me = store.customers().retrieve().execute();

      assertEquals(JANE_ID, me.getId());
      api.takeRequest();
      // Control: the same client does send the cookie to the API host.
      assertEquals("connect.sid=" + sid, api.takeRequest().getHeader("Cookie"));
      assertEquals("connect.sid=" + sid, api.takeRequest().getHeader("Cookie"));
      RecordedRequest redirected = other.takeRequest(5, TimeUnit.SECONDS);
      assertNotNull(redirected);
      assertEquals("other.test:" + other.getPort(), redirected.getHeader("Host"));
      assertNull(redirected.getHeader("Cookie"));
    }
  }

  @Test
  void sharedOkHttpClientDoesNotSendTheStoreSessionCookie() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    MedusaStore store = track(builder().okHttpClient(shared).build());
    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    take();

    try (Response r =
        shared
            .newCall(new Request.Builder().url(server.url("/store/customers/me")).build())
            .execute()) {
      assertEquals(401, r.code());
    }

    assertNull(take().getHeader("Cookie"));
  }

  @Test
  void fileCookieStoreKeepsTheCustomerLoggedInAcrossARestart(@TempDir Path dir) throws Exception {
    File file = dir.resolve("session.json").toFile();
    MedusaStore first = builder().cookieStore(new FileCookieStore(file)).build();
    first.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    first.close();
    take();

    MedusaStore second = track(builder().cookieStore(new FileCookieStore(file)).build());
    Customer me = second.customers().retrieve().execute();

    assertEquals(JANE_ID, me.getId());
    assertEquals("connect.sid=" + medusa.sessionOf(JANE_ID), take().getHeader("Cookie"));
  }

  /**
   * A stand-in for Medusa 1.20's customer auth. Every response to a request without a known {@code
   * connect.sid} carries a new one (Path=/, Expires, HttpOnly), as express-session does; logging in
   * or registering binds the request's session to the customer; tokens from {@code
   * /store/auth/token} are remembered and accepted as Bearer credentials; anything without a valid
   * session or token gets the text/plain {@code Unauthorized} 401. Safe for concurrent requests.
   */
  static final class FakeMedusa extends Dispatcher {
    private static final DateTimeFormatter EXPIRES =
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    private static final Moshi MOSHI = new Moshi.Builder().build();

    record Account(String id, String email, String password, String firstName) {}

    private final Map<String, Account> byEmail = new ConcurrentHashMap<>();
    private final Map<String, Account> byId = new ConcurrentHashMap<>();

    /**
     * Session cookie value to the id of its customer; an empty string marks an anonymous session.
     */
    final Map<String, String> sessions = new ConcurrentHashMap<>();

    /** Issued access tokens to customer ids. */
    final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** Every session cookie value handed out, in order. */
    final List<String> issuedSids = new CopyOnWriteArrayList<>();

    private final AtomicInteger seq = new AtomicInteger();

    void addCustomer(String id, String email, String password, String firstName) {
      Account a = new Account(id, email, password, firstName);
      byEmail.put(email, a);
      byId.put(id, a);
    }

    /** Issues a token the way a successful token login would, without a request. */
    String issueToken(String customerId) {
      String token =
          "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ"
              + UUID.randomUUID().toString().replace("-", "")
              + ".sig"
              + seq.incrementAndGet();
      tokens.put(token, customerId);
      return token;
    }

    /** The cookie value of the session logged in as this customer, or null when there is none. */
    String sessionOf(String customerId) {
      for (Map.Entry<String, String> e : sessions.entrySet()) {
        if (e.getValue().equals(customerId)) {
          return e.getKey();
        }
      }
      return null;
    }

    @Override
    public MockResponse dispatch(RecordedRequest r) {
      String sid = sidOf(r.getHeader("Cookie"));
      boolean fresh = sid == null || !sessions.containsKey(sid);
      if (fresh) {
        sid =
            "s%3A" + UUID.randomUUID().toString().replace("-", "") + ".sig" + seq.incrementAndGet();
        sessions.put(sid, "");
        issuedSids.add(sid);
      }
      MockResponse response = route(r, sid);
      if (fresh) {
        response.addHeader(
            "Set-Cookie",
            "connect.sid="
                + sid
                + "; Path=/; Expires="
                + EXPIRES.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(10))
                + "; HttpOnly");
      }
      return response;
    }

    private MockResponse route(RecordedRequest r, String sid) {
      String path = r.getRequestUrl().encodedPath();
      switch (r.getMethod() + " " + path) {
        case "POST /store/auth":
          {
            Account a = credentials(r);
            if (a == null) {
              return unauthorized();
            }
            sessions.put(sid, a.id());
            return json(customerJson(a.id(), a.email(), a.firstName()));
          }
        case "POST /store/auth/token":
          {
            Account a = credentials(r);
            if (a == null) {
              return unauthorized();
            }
            return json("{\"access_token\":\"" + issueToken(a.id()) + "\"}");
          }
        case "GET /store/auth":
        case "GET /store/customers/me":
          {
            Account a = current(r, sid);
            return a == null
                ? unauthorized()
                : json(customerJson(a.id(), a.email(), a.firstName()));
          }
        case "GET /store/customers/me/orders":
          {
            Account a = current(r, sid);
            return a == null ? unauthorized() : json(ordersJson(a));
          }
        case "DELETE /store/auth":
          {
            if (current(r, sid) == null) {
              return unauthorized();
            }
            sessions.remove(sid);
            return new MockResponse()
                .setHeader("Content-Type", "text/plain; charset=utf-8")
                .setBody("OK");
          }
        case "POST /store/customers":
          {
            Map<?, ?> body = body(r);
            String email = String.valueOf(body.get("email"));
            if (byEmail.containsKey(email)) {
              return new MockResponse()
                  .setResponseCode(422)
                  .setHeader("Content-Type", "application/json")
                  .setBody(
                      "{\"type\":\"duplicate_error\",\"message\":\"A customer with the given email already has an account.\"}");
            }
            String id = "cus_NEW" + seq.incrementAndGet();
            addCustomer(
                id,
                email,
                String.valueOf(body.get("password")),
                String.valueOf(body.get("first_name")));
            sessions.put(sid, id);
            return json(customerJson(id, email, String.valueOf(body.get("first_name"))));
          }
        default:
          return new MockResponse()
              .setResponseCode(404)
              .setHeader("Content-Type", "application/json")
              .setBody("{\"type\":\"not_found\",\"message\":\"no route " + path + "\"}");
      }
    }

    private Account current(RecordedRequest r, String sid) {
      String id = sessions.get(sid);
      if (id != null && !id.isEmpty()) {
        return byId.get(id);
      }
      String auth = r.getHeader("Authorization");
      if (auth != null && auth.startsWith("Bearer ")) {
        String owner = tokens.get(auth.substring("Bearer ".length()));
        return owner == null ? null : byId.get(owner);
      }
      return null;
    }

    private Account credentials(RecordedRequest r) {
      Map<?, ?> body = body(r);
      Account a = byEmail.get(String.valueOf(body.get("email")));
      return a != null && a.password().equals(body.get("password")) ? a : null;
    }

    private static Map<?, ?> body(RecordedRequest r) {
      try {
        Map<?, ?> m = MOSHI.adapter(Map.class).fromJson(r.getBody().clone().readUtf8());
        return m == null ? Map.of() : m;
      } catch (IOException e) {
        return Map.of();
      }
    }

    private static String sidOf(String cookieHeader) {
      if (cookieHeader == null) {
        return null;
      }
      for (String part : cookieHeader.split(";")) {
        String p = part.trim();
        if (p.startsWith("connect.sid=")) {
          return p.substring("connect.sid=".length());
        }
      }
      return null;
    }

    static MockResponse unauthorized() {
      return new MockResponse()
          .setResponseCode(401)
          .setHeader("Content-Type", "text/plain; charset=utf-8")
          .setBody("Unauthorized");
    }

    static MockResponse json(String body) {
      return new MockResponse()
          .setHeader("Content-Type", "application/json; charset=utf-8")
          .setBody(body);
    }

    static String customerJson(String id, String email, String firstName) {
      return "{\"customer\":{\"id\":\""
          + id
          + "\",\"created_at\":\"2026-11-29T07:17:47.288Z\","
          + "\"updated_at\":\"2026-11-29T07:17:47.288Z\",\"deleted_at\":null,\"email\":\""
          + email
          + "\","
          + "\"first_name\":\""
          + firstName
          + "\",\"last_name\":\"Doe\",\"billing_address_id\":null,"
          + "\"phone\":null,\"has_account\":true,\"metadata\":null,\"shipping_addresses\":[]}}";
    }

    private static String ordersJson(Account a) {
      return "{\"orders\":[{\"object\":\"order\",\"id\":\"order_of_"
          + a.id()
          + "\",\"created_at\":"
          + "\"2026-11-29T07:17:48.451Z\",\"status\":\"pending\",\"fulfillment_status\":\"not_fulfilled\","
          + "\"payment_status\":\"awaiting\",\"display_id\":1,\"customer_id\":\""
          + a.id()
          + "\",\"email\":\""
          + a.email()
          + "\",\"region_id\":\"reg_1\",\"currency_code\":\"usd\"}],\"count\":1,\"offset\":0,"
          + "\"limit\":10}";
    }
  }
}
