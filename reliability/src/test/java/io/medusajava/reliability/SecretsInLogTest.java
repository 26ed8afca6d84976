package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.MedusaStore;
import io.medusajava.TestSeams;
import io.medusajava.auth.AuthMode;
import io.medusajava.http.LogLevel;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import io.medusajava.model.CustomerCreateParams;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With logging at its most verbose, a whole session (register, log in, check out, read the order,
 * log out) leaves no credential in the log: not the password, the session cookie, the JWT or the
 * publishable key.
 */
class SecretsInLogTest {
  /** The seed's publishable key; the mock only accepts keys it knows. */
  private static final String PUBLISHABLE_KEY = "pk_01KDVDNB244FEH52E1RK14GRQV";

  private static final String PASSWORD = "Very-Secret-Password-4711";

  private static MedusaMockServer server;

  @BeforeAll
  static void start() {
    server =
        new MedusaMockServer(MockServerOptions.defaults().port(0).bindAddress("127.0.0.1")).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @ParameterizedTest
  @EnumSource(value = AuthMode.class)
  void fullSessionLeavesNoSecretInTheLog(AuthMode mode) {
    List<String> log = new CopyOnWriteArrayList<>();
    // Every credential value that crossed the wire, seen by an interceptor outside the logging one.
    Set<String> secrets = new ConcurrentSkipListSet<>(List.of(PUBLISHABLE_KEY, PASSWORD));
    String email = "secret-" + mode.name().toLowerCase() + "@example.com";
    try (MedusaStore store =
        TestSeams.withoutSleeping(MedusaStore.builder())
            .baseUrl(server.baseUrl())
            .publishableApiKey(PUBLISHABLE_KEY)
            .authMode(mode)
            .logLevel(LogLevel.BODY)
            .logger(log::add)
            .addInterceptor(
                chain -> {
                  Response r = chain.proceed(chain.request());
                  collect(secrets, chain.request().header("Authorization"));
                  collect(secrets, chain.request().header("Cookie"));
                  r.headers("Set-Cookie").forEach(c -> collect(secrets, c.split(";", 2)[0]));
                  return r;
                })
            .build()) {
      store
          .customers()
          .create(
              CustomerCreateParams.builder()
                  .firstName("Sam")
                  .lastName("Secret")
                  .email(email)
                  .password(PASSWORD)
                  .build())
          .execute();
      if (mode == AuthMode.JWT) {
        secrets.add(store.auth().loginWithToken(email, PASSWORD).execute());
      } else {
        store.auth().login(email, PASSWORD).execute();
      }
      Checkout checkout = new Checkout(store, Checkout.Catalog.load(store), email).runAll();
      store.orders().retrieve(checkout.order.getId()).execute();
      store.customers().retrieve().execute();
      store.auth().logout().execute();
    }

    assertTrue(
        log.size() > 20, "BODY logging should have logged the session: " + log.size() + " lines");
    String all = String.join("\n", log);
    for (String secret : secrets) {
      assertFalse(all.contains(secret), "the log holds a credential: " + secret);
    }
  }

  /**
   * Adds the value of a header, and its parts (the value after "Bearer ", after "name="), as
   * secrets.
   */
  private static void collect(Set<String> secrets, String header) {
    if (header == null) {
      return;
    }
    for (String part : header.split(";")) {
      String v = part.trim();
      if (v.startsWith("Bearer ")) {
        v = v.substring(7);
      }
      int eq = v.indexOf('=');
      if (eq > 0) {
        v = v.substring(eq + 1);
      }
      // Short fragments would match by accident; a credential is long.
      if (v.length() >= 16) {
        secrets.add(v);
      }
    }
  }
}
