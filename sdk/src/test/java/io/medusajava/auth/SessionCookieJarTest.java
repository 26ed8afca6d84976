package io.medusajava.auth;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives a real OkHttpClient against MockWebServer. The one server plays two sibling hosts, the API
 * and a foreign site, through a DNS that sends every name to it; cookies tell hosts apart by name,
 * not by address. Siblings matter: a cookie with {@code Domain=shop.test} passes OkHttp's own
 * domain matching for both, so only the jar's host rule keeps it in place.
 */
class SessionCookieJarTest {
  private static final String API_HOST = "api.shop.test";
  private static final String OTHER_HOST = "cdn.shop.test";
  private static final String SET_SHARED_SESSION =
      "connect.sid=s%3Ashared; Domain=shop.test; Path=/";
  private static final String SET_SESSION = "connect.sid=s%3Aabc.sig; Path=/; HttpOnly";
  private static final String SESSION = "connect.sid=s%3Aabc.sig";

  private final MockWebServer server = new MockWebServer();
  @TempDir Path dir;

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void sessionCookieSetByTheApiIsSentOnTheNextRequest() throws Exception {
    OkHttpClient client = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    respond(new MockResponse().addHeader("Set-Cookie", SET_SESSION), new MockResponse());
    call(client, api("/store/auth"));
    call(client, api("/store/customers/me"));
    assertNull(takeRequest().getHeader("Cookie"));
    assertEquals(SESSION, takeRequest().getHeader("Cookie"));
  }

  @Test
  void refreshedSessionCookieReplacesTheOldOne() throws Exception {
    OkHttpClient client = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    respond(
        new MockResponse().addHeader("Set-Cookie", SET_SESSION),
        new MockResponse().addHeader("Set-Cookie", "connect.sid=s%3Anew.sig; Path=/; HttpOnly"),
        new MockResponse());
    call(client, api("/store/auth"));
    call(client, api("/store/carts/cart_1"));
    call(client, api("/store/carts/cart_1"));
    skipRequests(2);
    assertEquals("connect.sid=s%3Anew.sig", takeRequest().getHeader("Cookie"));
  }

  @Test
  void otherHostCannotPlantACookie() throws Exception {
    SessionCookieJar jar = new SessionCookieJar(api("/"), new InMemoryCookieStore());
    OkHttpClient client = client(jar);
    respond(
        new MockResponse()
            .addHeader("Set-Cookie", "connect.sid=s%3Aplanted; Domain=shop.test; Path=/"),
        new MockResponse());
    call(client, other("/"));
    call(client, api("/store/customers/me"));
    skipRequests(1);
    assertNull(takeRequest().getHeader("Cookie"));
  }

  @Test
  void cookieFromOtherHostLeavesTheStoreUntouched() throws Exception {
    InMemoryCookieStore store = new InMemoryCookieStore();
    OkHttpClient client = client(new SessionCookieJar(api("/"), store));
    respond(new MockResponse().addHeader("Set-Cookie", "tracker=1; Domain=shop.test; Path=/"));
    call(client, other("/"));
    assertEquals(List.of(), store.load());
  }

  @Test
  void sessionCookieIsNotSentToOtherHost() throws Exception {
    OkHttpClient client = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    respond(new MockResponse().addHeader("Set-Cookie", SET_SHARED_SESSION), new MockResponse());
    call(client, api("/store/auth"));
    call(client, other("/collect"));
    skipRequests(1);
    assertNull(takeRequest().getHeader("Cookie"));
  }

  @Test
  void redirectToOtherHostDoesNotCarryTheCookie() throws Exception {
    OkHttpClient client = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    respond(
        new MockResponse().addHeader("Set-Cookie", SET_SHARED_SESSION),
        new MockResponse().setResponseCode(302).addHeader("Location", other("/landing")),
        new MockResponse());
    call(client, api("/store/auth"));
    call(client, api("/store/redirect"));
    skipRequests(1);
    RecordedRequest toApi = takeRequest();
    RecordedRequest redirected = takeRequest();
    assertEquals("connect.sid=s%3Ashared", toApi.getHeader("Cookie"));
    assertEquals(OTHER_HOST + ":" + server.getPort(), redirected.getHeader("Host"));
    assertNull(redirected.getHeader("Cookie"));
  }

  @Test
  void secondJarStartsWithoutTheFirstJarsSession() throws Exception {
    OkHttpClient first = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    OkHttpClient second = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    respond(new MockResponse().addHeader("Set-Cookie", SET_SESSION), new MockResponse());
    call(first, api("/store/auth"));
    call(second, api("/store/customers/me"));
    skipRequests(1);
    assertNull(takeRequest().getHeader("Cookie"));
  }

  @Test
  void eachJarSendsOnlyItsOwnSession() throws Exception {
    OkHttpClient alice = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    OkHttpClient bob = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    respond(
        new MockResponse().addHeader("Set-Cookie", "connect.sid=s%3Aalice; Path=/"),
        new MockResponse().addHeader("Set-Cookie", "connect.sid=s%3Abob; Path=/"),
        new MockResponse(),
        new MockResponse());
    call(alice, api("/store/auth"));
    call(bob, api("/store/auth"));
    call(alice, api("/store/customers/me"));
    call(bob, api("/store/customers/me"));
    skipRequests(2);
    assertEquals("connect.sid=s%3Aalice", takeRequest().getHeader("Cookie"));
    assertEquals("connect.sid=s%3Abob", takeRequest().getHeader("Cookie"));
  }

  @Test
  void clearStopsSendingTheCookie() throws Exception {
    SessionCookieJar jar = new SessionCookieJar(api("/"), new InMemoryCookieStore());
    OkHttpClient client = client(jar);
    respond(new MockResponse().addHeader("Set-Cookie", SET_SESSION), new MockResponse());
    call(client, api("/store/auth"));
    jar.clear();
    call(client, api("/store/customers/me"));
    skipRequests(1);
    assertNull(takeRequest().getHeader("Cookie"));
  }

  @Test
  void clearEmptiesTheStore() throws Exception {
    InMemoryCookieStore store = new InMemoryCookieStore();
    SessionCookieJar jar = new SessionCookieJar(api("/"), store);
    respond(new MockResponse().addHeader("Set-Cookie", SET_SESSION));
    call(client(jar), api("/store/auth"));
    jar.clear();
    assertEquals(List.of(), store.load());
  }

  @Test
  void cookieExpiredByTheServerIsNoLongerSent() throws Exception {
    OkHttpClient client = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    respond(
        new MockResponse().addHeader("Set-Cookie", SET_SESSION),
        new MockResponse()
            .addHeader("Set-Cookie", "connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT"),
        new MockResponse());
    call(client, api("/store/auth"));
    call(client, api("/store/auth"));
    call(client, api("/store/customers/me"));
    skipRequests(2);
    assertNull(takeRequest().getHeader("Cookie"));
  }

  @Test
  void cookieWithMaxAgeZeroIsRemovedFromTheStore() throws Exception {
    InMemoryCookieStore store = new InMemoryCookieStore();
    OkHttpClient client = client(new SessionCookieJar(api("/"), store));
    respond(
        new MockResponse().addHeader("Set-Cookie", SET_SESSION),
        new MockResponse().addHeader("Set-Cookie", "connect.sid=; Path=/; Max-Age=0"));
    call(client, api("/store/auth"));
    call(client, api("/store/auth"));
    assertEquals(List.of(), store.load());
  }

  @Test
  void deletionForAnotherPathKeepsTheSession() throws Exception {
    InMemoryCookieStore store = new InMemoryCookieStore();
    OkHttpClient client = client(new SessionCookieJar(api("/"), store));
    respond(
        new MockResponse().addHeader("Set-Cookie", SET_SESSION),
        new MockResponse().addHeader("Set-Cookie", "connect.sid=; Path=/store; Max-Age=0"));
    call(client, api("/store/auth"));
    call(client, api("/store/auth"));
    assertEquals(List.of("connect.sid=s%3Aabc.sig; path=/; httponly"), asStrings(store.load()));
  }

  @Test
  void expiredStoredCookieIsNotSent() throws Exception {
    InMemoryCookieStore store = new InMemoryCookieStore();
    store.save(List.of(expiredSession()));
    respond(new MockResponse());
    call(client(new SessionCookieJar(api("/"), store)), api("/store/customers/me"));
    assertNull(takeRequest().getHeader("Cookie"));
  }

  @Test
  void expiredStoredCookieIsDroppedFromTheStore() throws Exception {
    InMemoryCookieStore store = new InMemoryCookieStore();
    store.save(List.of(expiredSession()));
    respond(new MockResponse());
    call(client(new SessionCookieJar(api("/"), store)), api("/store/customers/me"));
    assertEquals(List.of(), store.load());
  }

  @Test
  void cookieIsNotSentOutsideItsPath() throws Exception {
    OkHttpClient client = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    respond(
        new MockResponse().addHeader("Set-Cookie", "cart=cart_1; Path=/store/carts"),
        new MockResponse());
    call(client, api("/store/carts"));
    call(client, api("/store/products"));
    skipRequests(1);
    assertNull(takeRequest().getHeader("Cookie"));
  }

  @Test
  void secureCookieIsNotSentOverPlainHttp() throws Exception {
    OkHttpClient client = client(new SessionCookieJar(api("/"), new InMemoryCookieStore()));
    respond(
        new MockResponse().addHeader("Set-Cookie", SET_SESSION + "; Secure"), new MockResponse());
    call(client, api("/store/auth"));
    call(client, api("/store/customers/me"));
    skipRequests(1);
    assertNull(takeRequest().getHeader("Cookie"));
  }

  @Test
  void hasNoSessionAtFirst() {
    assertFalse(new SessionCookieJar(api("/"), new InMemoryCookieStore()).hasSession());
  }

  @Test
  void hasSessionOnceTheApiSetsIt() throws Exception {
    SessionCookieJar jar = new SessionCookieJar(api("/"), new InMemoryCookieStore());
    respond(new MockResponse().addHeader("Set-Cookie", SET_SESSION));
    call(client(jar), api("/store/auth"));
    assertTrue(jar.hasSession());
  }

  @Test
  void otherCookiesAreNoSession() throws Exception {
    SessionCookieJar jar = new SessionCookieJar(api("/"), new InMemoryCookieStore());
    respond(new MockResponse().addHeader("Set-Cookie", "theme=dark; Path=/"));
    call(client(jar), api("/store/products"));
    assertFalse(jar.hasSession());
  }

  @Test
  void hasNoSessionAfterClear() throws Exception {
    SessionCookieJar jar = new SessionCookieJar(api("/"), new InMemoryCookieStore());
    respond(new MockResponse().addHeader("Set-Cookie", SET_SESSION));
    call(client(jar), api("/store/auth"));
    jar.clear();
    assertFalse(jar.hasSession());
  }

  @Test
  void expiredSessionIsNoSession() {
    InMemoryCookieStore store = new InMemoryCookieStore();
    store.save(List.of(expiredSession()));
    assertFalse(new SessionCookieJar(api("/"), store).hasSession());
  }

  @Test
  void sessionSurvivesARestartWithFileCookieStore() throws Exception {
    File file = dir.resolve("cookies.json").toFile();
    respond(new MockResponse().addHeader("Set-Cookie", SET_SESSION), new MockResponse());
    call(client(new SessionCookieJar(api("/"), new FileCookieStore(file))), api("/store/auth"));
    // A new store and jar over the same file stand for the app's next launch.
    call(
        client(new SessionCookieJar(api("/"), new FileCookieStore(file))),
        api("/store/customers/me"));
    skipRequests(1);
    assertEquals(SESSION, takeRequest().getHeader("Cookie"));
  }

  @Test
  void corruptCookieFileStartsWithoutASession() throws Exception {
    Path file = dir.resolve("cookies.json");
    Files.writeString(file, "{\"version\":1,\"cookies\":[{\"name\":");
    respond(new MockResponse());
    call(
        client(new SessionCookieJar(api("/"), new FileCookieStore(file.toFile()))),
        api("/store/customers/me"));
    assertNull(takeRequest().getHeader("Cookie"));
  }

  @Test
  void failingStoreDoesNotFailTheCall() throws Exception {
    OkHttpClient client = client(new SessionCookieJar(api("/"), new FailingStore()));
    respond(new MockResponse().addHeader("Set-Cookie", SET_SESSION), new MockResponse());
    call(client, api("/store/auth"));
    call(client, api("/store/customers/me"));
    skipRequests(1);
    assertEquals(SESSION, takeRequest().getHeader("Cookie"));
  }

  @Test
  void unchangedCookieIsNotSavedAgain() throws Exception {
    CountingStore store = new CountingStore();
    OkHttpClient client = client(new SessionCookieJar(api("/"), store));
    respond(
        new MockResponse().addHeader("Set-Cookie", SET_SESSION),
        new MockResponse().addHeader("Set-Cookie", SET_SESSION));
    call(client, api("/store/auth"));
    call(client, api("/store/customers/me"));
    assertEquals(1, store.saves);
  }

  private HttpUrl api(String path) {
    return server.url(path).newBuilder().host(API_HOST).build();
  }

  private String other(String path) {
    return server.url(path).newBuilder().host(OTHER_HOST).build().toString();
  }

  private static OkHttpClient client(SessionCookieJar jar) {
    // Every name resolves to the server's address.
    return new OkHttpClient.Builder()
        .cookieJar(jar)
        .dns(host -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})))
        .build();
  }

  private void respond(MockResponse... responses) {
    for (MockResponse response : responses) {
      server.enqueue(response);
    }
  }

  private static void call(OkHttpClient client, HttpUrl url) throws IOException {
    call(client, url.toString());
  }

  private static void call(OkHttpClient client, String url) throws IOException {
    try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
      response.body().string();
    }
  }

  private RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, SECONDS);
    if (request == null) {
      throw new AssertionError("no request reached the server");
    }
    return request;
  }

  private void skipRequests(int count) throws InterruptedException {
    for (int i = 0; i < count; i++) {
      takeRequest();
    }
  }

  private static Cookie expiredSession() {
    return new Cookie.Builder()
        .name("connect.sid")
        .value("s%3Aold")
        .hostOnlyDomain(API_HOST)
        .expiresAt(System.currentTimeMillis() - 60_000)
        .build();
  }

  private static List<String> asStrings(List<Cookie> cookies) {
    List<String> result = new ArrayList<>();
    for (Cookie cookie : cookies) {
      result.add(cookie.toString());
    }
    return result;
  }

  /** A store whose disk is full. */
  private static final class FailingStore implements CookieStore {
    @Override
    public List<Cookie> load() {
      return List.of();
    }

    @Override
    public void save(List<Cookie> cookies) {
      throw new IllegalStateException("disk full");
    }

    @Override
    public void clear() {}
  }

  private static final class CountingStore implements CookieStore {
    private final InMemoryCookieStore delegate = new InMemoryCookieStore();
    int saves;

    @Override
    public List<Cookie> load() {
      return delegate.load();
    }

    @Override
    public synchronized void save(List<Cookie> cookies) {
      saves++;
      delegate.save(cookies);
    }

    @Override
    public void clear() {
      delegate.clear();
    }
  }
}
