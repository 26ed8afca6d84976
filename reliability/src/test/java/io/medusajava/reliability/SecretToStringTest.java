package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.MedusaStore;
import io.medusajava.errors.MedusaException;
import io.medusajava.http.LogLevel;
import io.medusajava.json.MedusaJson;
import io.medusajava.model.CustomerCreateParams;
import io.medusajava.model.CustomerUpdateParams;
import io.medusajava.model.LoginParams;
import io.medusajava.model.OrderClaimConfirmParams;
import io.medusajava.model.PasswordResetParams;
import io.medusajava.model.StoreBearerAuthRes;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Case 7 of issue 12: no secret in {@code toString()} of a model that carries one (the spec marks
 * them {@code x-secret}), and no {@code user:password@} of the base URL in the log or in an
 * exception.
 */
@Timeout(30)
class SecretToStringTest {
  private static final String SECRET = "s3cr3t-VALUE-4711";

  @Test
  void modelsThatCarryASecretMaskItInToString() throws IOException {
    List<Object> models =
        List.of(
            LoginParams.builder().email("jane@example.com").password(SECRET).build(),
            CustomerCreateParams.builder()
                .firstName("Jane")
                .lastName("Doe")
                .email("jane@example.com")
                .password(SECRET)
                .build(),
            CustomerUpdateParams.builder().firstName("Jane").password(SECRET).build(),
            PasswordResetParams.builder()
                .email("jane@example.com")
                .password(SECRET)
                .token(SECRET + "-t")
                .build(),
            OrderClaimConfirmParams.builder().token(SECRET).build(),
            MedusaJson.moshi()
                .adapter(StoreBearerAuthRes.class)
                .fromJson("{\"access_token\":\"" + SECRET + "\"}"));
    for (Object model : models) {
      String text = model.toString();
      assertFalse(text.contains(SECRET), text);
      assertTrue(text.contains("=██"), text);
    }
    assertEquals("LoginParams{email=jane@example.com, password=██}", models.get(0).toString());
    // What is not a secret still shows, and an unset secret is left out like any unset value.
    assertEquals(
        "CustomerUpdateParams{first_name=Jane}",
        CustomerUpdateParams.builder().firstName("Jane").build().toString());
  }

  @Test
  void credentialsInTheBaseUrlReachNeitherTheLogNorAnException() throws IOException {
    List<String> log = new CopyOnWriteArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(Answers.json(Answers.PRODUCTS));
      server.enqueue(Answers.status(404));
      server.enqueue(Answers.json("").setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
      String url =
          "http://shop-user:" + SECRET + "@" + server.getHostName() + ":" + server.getPort() + "/";
      try (MedusaStore store =
          MedusaStore.builder()
              .baseUrl(url)
              .maxRetries(0)
              .logLevel(LogLevel.BASIC)
              .logger(log::add)
              .build()) {
        store.products().list().execute();
        MedusaException notFound =
            assertThrows(MedusaException.class, () -> store.products().list().execute());
        MedusaException dropped =
            assertThrows(MedusaException.class, () -> store.products().list().execute());
        for (MedusaException e : List.of(notFound, dropped)) {
          assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        }
      }
    }
    assertEquals(6, log.size(), log.toString());
    String all = String.join("\n", log);
    assertFalse(all.contains(SECRET), all);
    assertFalse(all.contains("shop-user"), all);
  }
}
