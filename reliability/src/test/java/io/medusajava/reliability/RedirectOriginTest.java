package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.MedusaStore;
import io.medusajava.auth.AuthMode;
import io.medusajava.auth.InMemoryTokenStore;
import io.medusajava.errors.UnexpectedResponseException;
import io.medusajava.model.CartCreateParams;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Case 5 of issue 12: a redirect never carries a credential to another origin (scheme, host and
 * port): not the login body, not the session cookie, the token or the publishable key. The API runs
 * on 127.0.0.1; "another origin" is another port of it, the same server called {@code localhost},
 * or another host name.
 */
@Timeout(30)
class RedirectOriginTest {
  private static final String PASSWORD = "Very-Secret-Password-4711";
  private static final String KEY = "pk_01SECRETPUBLISHABLE";

  private final MockWebServer api = new MockWebServer();
  private final MockWebServer other = new MockWebServer();
  private final InetAddress loopback = InetAddress.getLoopbackAddress();

  /** Resolves other.test to loopback, so that a third host name reaches {@link #other}. */
  private final OkHttpClient http =
      new OkHttpClient.Builder()
          .dns(
              host -> {
                if (host.equals("other.test")) {
                  return List.of(loopback);
                }
                return Dns.SYSTEM.lookup(host);
              })
          .build();

  @BeforeEach
  void start() throws IOException {
    api.start(InetAddress.getByName("127.0.0.1"), 0);
    other.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws IOException {
    api.shutdown();
    other.shutdown();
  }

  private MedusaStore.Builder builder() {
    return MedusaStore.builder()
        .baseUrl("http://127.0.0.1:" + api.getPort() + "/")
        .okHttpClient(http)
        .maxRetries(0)
        .publishableApiKey(KEY)
        .defaultHeader("X-Tenant", "north");
  }

  static Stream<Arguments> elsewhere() {
    return Stream.of(
        Arguments.of(307, "another port"), Arguments.of(308, "another port"),
        Arguments.of(307, "localhost"), Arguments.of(307, "another host"));
  }

  /** Where the redirect points, and the server that would receive it. */
  private String target(String where) {
    switch (where) {
      case "another port":
        return "http://127.0.0.1:" + other.getPort();
      case "localhost":
        return "http://localhost:" + api.getPort();
      default:
        return "http://other.test:" + other.getPort();
    }
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("elsewhere")
  void loginRedirectedToAnotherOriginKeepingItsBodyIsNotFollowed(int code, String where)
      throws Exception {
    api.enqueue(
        new MockResponse()
            .setResponseCode(code)
            .setHeader("Location", target(where) + "/store/auth"));
    api.enqueue(Answers.json(Answers.CUSTOMER));
    other.enqueue(Answers.json(Answers.CUSTOMER));
    try (MedusaStore store = builder().build()) {
      UnexpectedResponseException e =
          assertThrows(
              UnexpectedResponseException.class,
              () -> store.auth().loginWithSession("jane@example.com", PASSWORD).execute());
      assertEquals(code, e.getStatusCode());
    }
    assertEquals(1, api.getRequestCount(), "the login went to the API a second time");
    assertEquals(0, other.getRequestCount(), "the login went to the other origin");
  }

  @Test
  void loginRedirectedWithinTheOriginIsFollowedWithItsBody() throws Exception {
    api.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", "/store/auth/v2"));
    api.enqueue(
        Answers.json(Answers.CUSTOMER)
            .setHeader("Set-Cookie", "connect.sid=s%3Aabc; Path=/; HttpOnly"));
    try (MedusaStore store = builder().build()) {
      assertEquals(
          "cus_01", store.auth().loginWithSession("jane@example.com", PASSWORD).execute().getId());
    }
    api.takeRequest();
    RecordedRequest followed = api.takeRequest();
    assertEquals("/store/auth/v2", followed.getPath());
    assertTrue(followed.getBody().readUtf8().contains(PASSWORD));
    assertEquals(KEY, followed.getHeader("x-publishable-api-key"));
  }

  @Test
  void getRedirectedToAnotherPortCarriesNoCredential() throws Exception {
    api.enqueue(
        Answers.json(Answers.CUSTOMER)
            .setHeader("Set-Cookie", "connect.sid=s%3Asession; Path=/; HttpOnly"));
    api.enqueue(
        new MockResponse()
            .setResponseCode(302)
            .setHeader("Location", "http://127.0.0.1:" + other.getPort() + "/store/customers/me"));
    other.enqueue(Answers.json(Answers.CUSTOMER));
    try (MedusaStore store = builder().build()) {
      store.auth().loginWithSession("jane@example.com", PASSWORD).execute();
      store.customers().retrieve().execute();
    }
    api.takeRequest();
    RecordedRequest sent = api.takeRequest();
    // Control: the API itself got every credential.
    assertEquals("connect.sid=s%3Asession", sent.getHeader("Cookie"));
    assertEquals(KEY, sent.getHeader("x-publishable-api-key"));
    assertEquals("north", sent.getHeader("X-Tenant"));
    RecordedRequest redirected = other.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(redirected);
    assertNull(redirected.getHeader("Cookie"));
    assertNull(redirected.getHeader("x-publishable-api-key"));
    assertNull(redirected.getHeader("X-Tenant"));
    assertTrue(redirected.getHeader("User-Agent").startsWith("medusa-java/"));
  }

  @Test
  void getRedirectedToAnotherHostCarriesNoToken() throws Exception {
    InMemoryTokenStore tokens = new InMemoryTokenStore();
    tokens.set("eyJ.secret-token");
    api.enqueue(
        new MockResponse()
            .setResponseCode(302)
            .setHeader("Location", "http://other.test:" + other.getPort() + "/store/customers/me"));
    other.enqueue(Answers.json(Answers.CUSTOMER));
    try (MedusaStore store = builder().authMode(AuthMode.JWT).tokenStore(tokens).build()) {
      store.customers().retrieve().execute();
    }
    assertEquals("Bearer eyJ.secret-token", api.takeRequest().getHeader("Authorization"));
    RecordedRequest redirected = other.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(redirected);
    assertNull(redirected.getHeader("Authorization"));
    assertNull(redirected.getHeader("x-publishable-api-key"));
  }

  @Test
  void postRedirected301ToAnotherOriginBecomesABodylessGet() throws Exception {
    api.enqueue(
        new MockResponse()
            .setResponseCode(301)
            .setHeader("Location", "http://localhost:" + other.getPort() + "/store/carts/cart_01"));
    other.enqueue(Answers.json(Answers.CART));
    try (MedusaStore store = builder().build()) {
      store.carts().create(CartCreateParams.builder().regionId("reg_01").build()).execute();
    }
    RecordedRequest redirected = other.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(redirected);
    assertEquals("GET", redirected.getMethod());
    assertEquals(0, redirected.getBodySize());
    assertNull(redirected.getHeader("x-publishable-api-key"));
  }

  @Test
  void aRedirectLoopEndsWithTheLastRedirectAsATypedError() {
    for (int i = 0; i < 25; i++) {
      api.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/store/products"));
    }
    try (MedusaStore store = builder().build()) {
      UnexpectedResponseException e =
          assertThrows(UnexpectedResponseException.class, () -> store.products().list().execute());
      assertEquals(302, e.getStatusCode());
    }
    assertEquals(21, api.getRequestCount());
  }
}
