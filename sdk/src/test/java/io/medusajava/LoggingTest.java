package io.medusajava;

import static io.medusajava.CookieSessionTest.JANE_EMAIL;
import static io.medusajava.CookieSessionTest.JANE_ID;
import static io.medusajava.CookieSessionTest.JANE_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.CookieSessionTest.FakeMedusa;
import io.medusajava.http.LogLevel;
import io.medusajava.http.MedusaLogger;
import io.medusajava.model.CustomerCreateParams;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the SDK logs at each level, and that no credential ever reaches the log. */
class LoggingTest {
  private static final String PUBLISHABLE_KEY = "pk_01SECRETKEYVALUE4711";
  private static final String MAX_PASSWORD = "Max-Registers-0815";
  private static final String REDACTED = "██";

  private final MockWebServer server = new MockWebServer();
  private final FakeMedusa medusa = new FakeMedusa();
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final MedusaLogger capture = lines::add;
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
    return MedusaStore.builder()
        .baseUrl(server.url("/"))
        .publishableApiKey(PUBLISHABLE_KEY)
        .logger(capture);
  }

  private MedusaStore track(MedusaStore store) {
    stores.add(store);
    return store;
  }

  private String url(String path) {
    return server.url(path).toString();
  }

  @Test
  void nothingIsLoggedWhenNoLevelIsSet() {
    MedusaStore store = track(builder().build());

    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    store.customers().retrieve().execute();

    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(), lines);
  }

  @Test
  void basicLogsMethodUrlAndStatusOnly() {
    MedusaStore store = track(builder().logLevel(LogLevel.BASIC).build());

    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();

    assertEquals(2, lines.size(), lines.toString());
    assertEquals("--> POST " + url("/store/auth"), lines.get(0));
    assertTrue(
        lines
            .get(1)
            .matches("<-- 200 POST " + url("/store/auth").replace(".", "\\.") + " \\(\\d+ ms\\)"),
        lines.get(1));
  }

  @ParameterizedTest
  @EnumSource(
      value = LogLevel.class,
      names = {"HEADERS", "BODY"})
  void noCredentialReachesTheLog(LogLevel level) {
    MedusaStore store = track(builder().logLevel(level).build());

    // A registration, a cookie session, then a JWT on top of it, then calls that carry both, with
    // the key on every one.
    store
        .customers()
        .create(
            CustomerCreateParams.builder()
                .firstName("Max")
                .lastName("Doe")
                .email("max@example.com")
                .password(MAX_PASSWORD)
                .build())
        .execute();
    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    String token = store.auth().loginWithToken(JANE_EMAIL, JANE_PASSWORD).execute();
    store.customers().retrieve().execute();
    store.auth().session().execute();

    String log = String.join("\n", lines);
    assertFalse(log.contains(PUBLISHABLE_KEY), "publishable key logged");
    assertFalse(log.contains(JANE_PASSWORD), "password logged");
    assertFalse(log.contains(MAX_PASSWORD), "registration password logged");
    assertFalse(log.contains(token), "access token logged");
    assertFalse(log.contains(token.split("\\.")[1]), "part of the access token logged");
    assertFalse(medusa.issuedSids.isEmpty());
    for (String sid : medusa.issuedSids) {
      assertFalse(log.contains(sid), "session cookie logged");
    }
    // The credentials were in flight and their headers were logged, masked.
    assertTrue(lines.contains("x-publishable-api-key: " + REDACTED), log);
    assertTrue(lines.contains("Authorization: " + REDACTED), log);
    assertTrue(lines.contains("Set-Cookie: " + REDACTED), log);
  }

  @Test
  void headersLevelLogsNoBodies() {
    MedusaStore store = track(builder().logLevel(LogLevel.HEADERS).build());

    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    store.auth().loginWithToken(JANE_EMAIL, JANE_PASSWORD).execute();

    String log = String.join("\n", lines);
    assertTrue(lines.contains("--> POST " + url("/store/auth")), log);
    assertFalse(log.contains(JANE_EMAIL), "a request body was logged");
    assertFalse(log.contains("\"customer\""), "a response body was logged");
    assertFalse(log.contains("access_token"), "a response body was logged");
  }

  @Test
  void bodyLevelLogsBodiesWithSecretsMasked() {
    MedusaStore store = track(builder().logLevel(LogLevel.BODY).build());

    store.auth().login(JANE_EMAIL, JANE_PASSWORD).execute();
    store.auth().loginWithToken(JANE_EMAIL, JANE_PASSWORD).execute();

    String credentials = "{\"email\":\"" + JANE_EMAIL + "\",\"password\":\"" + REDACTED + "\"}";
    assertEquals(2, lines.stream().filter(credentials::equals).count(), String.join("\n", lines));
    assertTrue(
        lines.contains(FakeMedusa.customerJson(JANE_ID, JANE_EMAIL, "Jane")),
        String.join("\n", lines));
    assertTrue(lines.contains("{\"access_token\":\"" + REDACTED + "\"}"), String.join("\n", lines));
  }

  @Test
  void everyRetryAttemptIsLogged() throws IOException {
    try (MockWebServer flaky = new MockWebServer()) {
      flaky.enqueue(
          new MockResponse()
              .setResponseCode(503)
              .setHeader("Content-Type", "text/plain")
              .setBody("Service Unavailable"));
      flaky.enqueue(FakeMedusa.json(FakeMedusa.customerJson(JANE_ID, JANE_EMAIL, "Jane")));
      flaky.start();
      MedusaStore store =
          track(
              MedusaStore.builder()
                  .baseUrl(flaky.url("/"))
                  .logger(capture)
                  .logLevel(LogLevel.BASIC)
                  .sleeper(ms -> {})
                  .build());

      String id = store.customers().retrieve().execute().getId();

      assertEquals(JANE_ID, id);
      assertEquals(2, flaky.getRequestCount());
      String me = flaky.url("/store/customers/me").toString();
      assertEquals(4, lines.size(), lines.toString());
      assertEquals("--> GET " + me, lines.get(0));
      assertTrue(lines.get(1).startsWith("<-- 503 GET " + me + " ("), lines.get(1));
      assertEquals("--> GET " + me, lines.get(2));
      assertTrue(lines.get(3).startsWith("<-- 200 GET " + me + " ("), lines.get(3));
    }
  }
}
