package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.MedusaStore;
import io.medusajava.errors.MedusaException;
import io.medusajava.http.LogLevel;
import io.medusajava.json.MedusaJson;
import io.medusajava.model.StoreBearerAuthRes;
import io.medusajava.model.StorePostAuthReq;
import io.medusajava.model.StorePostCustomersCustomerAcceptClaimReq;
import io.medusajava.model.StorePostCustomersCustomerReq;
import io.medusajava.model.StorePostCustomersReq;
import io.medusajava.model.StorePostCustomersResetPasswordReq;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Case 7 of issue 12: no secret in {@code toString()} of a model that carries one (the spec marks them
 * {@code x-secret}), and no {@code user:password@} of the base URL in the log or in an exception.
 */
@Timeout(30)
class SecretToStringTest {
  private static final String SECRET = "s3cr3t-VALUE-4711";

  @Test
  void modelsThatCarryASecretMaskItInToString() throws IOException {
    List<Object> models = List.of(
        new StorePostAuthReq().email("jane@example.com").password(SECRET),
        new StorePostCustomersReq().firstName("Jane").lastName("Doe").email("jane@example.com").password(SECRET),
        new StorePostCustomersCustomerReq().firstName("Jane").password(SECRET),
        new StorePostCustomersResetPasswordReq().email("jane@example.com").password(SECRET).token(SECRET + "-t"),
        new StorePostCustomersCustomerAcceptClaimReq().token(SECRET),
        MedusaJson.moshi().adapter(StoreBearerAuthRes.class).fromJson("{\"access_token\":\"" + SECRET + "\"}"));
    for (Object model : models) {
      String text = model.toString();
      assertFalse(text.contains(SECRET), text);
      assertTrue(text.contains("=██"), text);
    }
    assertEquals("StorePostAuthReq{email=jane@example.com, password=██}", models.get(0).toString());
    // What is not a secret still shows, and an unset secret reads as unset.
    assertEquals("StorePostCustomersCustomerReq{first_name=Jane, last_name=null, billing_address=null,"
        + " password=null, phone=null, email=null, metadata=null}",
        new StorePostCustomersCustomerReq().firstName("Jane").toString());
  }

  @Test
  void credentialsInTheBaseUrlReachNeitherTheLogNorAnException() throws IOException {
    List<String> log = new CopyOnWriteArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(Answers.json(Answers.PRODUCTS));
      server.enqueue(Answers.status(404));
      server.enqueue(Answers.json("").setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
      String url = "http://shop-user:" + SECRET + "@" + server.getHostName() + ":" + server.getPort() + "/";
      try (MedusaStore store = MedusaStore.builder().baseUrl(url).maxRetries(0).logLevel(LogLevel.BASIC)
          .logger(log::add).build()) {
        store.products().list().execute();
        MedusaException notFound = assertThrows(MedusaException.class, () -> store.products().list().execute());
        MedusaException dropped = assertThrows(MedusaException.class, () -> store.products().list().execute());
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
