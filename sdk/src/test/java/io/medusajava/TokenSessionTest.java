package io.medusajava;

import static io.medusajava.CookieSessionTest.JANE_EMAIL;
import static io.medusajava.CookieSessionTest.JANE_ID;
import static io.medusajava.CookieSessionTest.JANE_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.CookieSessionTest.FakeMedusa;
import io.medusajava.auth.AuthMode;
import io.medusajava.auth.FileTokenStore;
import io.medusajava.auth.InMemoryTokenStore;
import io.medusajava.errors.AuthenticationException;
import io.medusajava.model.Customer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JWT session: token login, Bearer headers, logout, cookie-free JWT clients, persistence. */
class TokenSessionTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeMedusa medusa = new FakeMedusa();
  private final List<MedusaStore> stores = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    medusa.addCustomer(JANE_ID, JANE_EMAIL, JANE_PASSWORD, "Jane");
    medusa.addCustomer("cus_02MAX", "max@example.com", "Max-pa55", "Max");
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

  private MedusaStore jwtClient() {
    return track(builder().authMode(AuthMode.JWT).build());
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

  private static String line(RecordedRequest r) {
    return r.getMethod() + " " + r.getPath();
  }

  @Test
  void loginWithTokenReturnsAndKeepsTheIssuedToken() throws Exception {
    InMemoryTokenStore tokens = new InMemoryTokenStore();
    MedusaStore store = track(builder().tokenStore(tokens).build());

    String token = store.auth().loginWithToken(JANE_EMAIL, JANE_PASSWORD).execute();

    assertEquals("POST /store/auth/token", line(take()));
    assertEquals(JANE_ID, medusa.tokens.get(token));
    assertEquals(token, tokens.get());
  }

  @Test
  void callsAfterLoginWithTokenSendItAsBearer() throws Exception {
    MedusaStore store = track(builder().build());
    String token = store.auth().loginWithToken(JANE_EMAIL, JANE_PASSWORD).execute();
    take();

    Customer me = store.customers().retrieve().execute();

    assertEquals(JANE_ID, me.getId());
    RecordedRequest r = take();
    assertEquals("GET /store/customers/me", line(r));
    assertEquals("Bearer " + token, r.getHeader("Authorization"));
  }

  @Test
  void afterLogoutNoAuthorizationIsSentAndRetrieveFails() throws Exception {
    InMemoryTokenStore tokens = new InMemoryTokenStore();
    MedusaStore store = track(builder().authMode(AuthMode.JWT).tokenStore(tokens).build());
    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    take();
    take();

    store.auth().logout().execute();
    assertNull(tokens.get());
    assertThrows(AuthenticationException.class, () -> store.customers().retrieve().execute());

    RecordedRequest r = take();
    assertEquals("GET /store/customers/me", line(r));
    assertNull(r.getHeader("Authorization"));
  }

  @Test
  void jwtClientLogoutSendsNoRequest() throws Exception {
    MedusaStore store = jwtClient();
    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    assertEquals(2, server.getRequestCount());

    store.auth().logout().execute();

    // A Medusa v1 JWT cannot be revoked, so AuthResource.logout only forgets it locally: no DELETE.
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void jwtLoginUsesTheTokenEndpointThenFetchesTheSessionWithIt() throws Exception {
    MedusaStore store = jwtClient();

    Customer customer = store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();

    assertEquals(JANE_ID, customer.getId());
    RecordedRequest token = take();
    assertEquals("POST /store/auth/token", line(token));
    assertNull(token.getHeader("Authorization"));
    RecordedRequest session = take();
    assertEquals("GET /store/auth", line(session));
    String issued = medusa.tokens.keySet().iterator().next();
    assertEquals("Bearer " + issued, session.getHeader("Authorization"));
    assertEquals(1, medusa.tokens.size());
  }

  @Test
  void jwtClientIgnoresTheCookieTheServerSets() throws Exception {
    MedusaStore store = jwtClient();
    store.auth().loginWithToken(JANE_EMAIL, JANE_PASSWORD).execute();
    RecordedRequest token = take();
    assertNull(token.getHeader("Cookie"));
    assertEquals(
        1, medusa.issuedSids.size(), "the fake did not set a cookie on the token response");

    store.customers().retrieve().execute();

    RecordedRequest next = take();
    assertNull(next.getHeader("Cookie"));
    assertEquals(2, medusa.issuedSids.size(), "the second request came back with a cookie");
  }

  @Test
  void jwtClientRefusesACookieLogin() {
    MedusaStore store = jwtClient();

    assertThrows(
        IllegalStateException.class,
        () -> store.auth().loginWithSession(JANE_EMAIL, JANE_PASSWORD).execute());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void fileTokenStoreKeepsTheCustomerLoggedInAcrossARestart(@TempDir Path dir) throws Exception {
    File file = dir.resolve("token").toFile();
    MedusaStore first =
        builder().authMode(AuthMode.JWT).tokenStore(new FileTokenStore(file)).build();
    String token = first.auth().loginWithToken(JANE_EMAIL, JANE_PASSWORD).execute();
    first.close();
    take();

    MedusaStore second =
        track(builder().authMode(AuthMode.JWT).tokenStore(new FileTokenStore(file)).build());
    Customer me = second.customers().retrieve().execute();

    assertEquals(JANE_ID, me.getId());
    assertEquals("Bearer " + token, take().getHeader("Authorization"));
  }

  @Test
  void callerSuppliedAuthorizationHeaderIsNotOverwritten() throws Exception {
    String callers = medusa.issueToken("cus_02MAX");
    MedusaStore store =
        track(
            builder()
                .authMode(AuthMode.JWT)
                .defaultHeader("Authorization", "Bearer " + callers)
                .build());
    store.auth().loginWithToken(JANE_EMAIL, JANE_PASSWORD).execute();
    take();

    Customer me = store.customers().retrieve().execute();

    assertEquals("Bearer " + callers, take().getHeader("Authorization"));
    assertEquals("cus_02MAX", me.getId());
    assertTrue(medusa.tokens.containsValue(JANE_ID), "the login did not obtain a token of its own");
  }

  @Test
  void bearerTokenIsNotSentAlongARedirectToAnotherHost() throws Exception {
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
      MedusaStore store =
          track(
              MedusaStore.builder()
                  .baseUrl("http://api.test:" + api.getPort() + "/")
                  .okHttpClient(new OkHttpClient.Builder().dns(testDns).build())
                  .authMode(AuthMode.JWT)
                  .maxRetries(0)
                  .build());
      store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
      String token = medusa.tokens.keySet().iterator().next();

      store.customers().retrieve().execute();

      api.takeRequest();
      // Control: the token does go to the API host.
      assertEquals("Bearer " + token, api.takeRequest().getHeader("Authorization"));
      assertEquals("Bearer " + token, api.takeRequest().getHeader("Authorization"));
      RecordedRequest redirected = other.takeRequest(5, TimeUnit.SECONDS);
      assertNotNull(redirected);
      assertNull(redirected.getHeader("Authorization"));
    }
  }
}
