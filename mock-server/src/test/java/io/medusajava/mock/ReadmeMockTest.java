package io.medusajava.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.MedusaStore;
import io.medusajava.mock.domain.events.EventOutbox;
import io.medusajava.mock.junit.MedusaMockTest;
import io.medusajava.model.PasswordResetParams;
import io.medusajava.model.PasswordTokenParams;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * mock-server/README.md's Events snippet, compiled and run: a forgotten password is reset with the
 * token read from the event outbox. (The main README's JUnit snippet runs as {@code
 * readme.CheckoutTest}.)
 */
@MedusaMockTest
class ReadmeMockTest {
  @Test
  void resetsWithTheMailedToken(MedusaMockServer server, EventOutbox events) {
    // mock-server/README.md: Events
    MedusaStore store = MedusaStore.builder().baseUrl(server.baseUrl()).build();
    store
        .customers()
        .generatePasswordToken(
            PasswordTokenParams.builder().email("alex.rivera@example.com").build())
        .execute();
    String token =
        events.awaitEvent("customer.password_reset", Duration.ofSeconds(2)).string("token");
    store
        .customers()
        .resetPassword(
            PasswordResetParams.builder()
                .email("alex.rivera@example.com")
                .token(token)
                .password("n3w-password")
                .build())
        .execute();

    assertEquals(
        "alex.rivera@example.com",
        server.state().customers().authenticate("alex.rivera@example.com", "n3w-password").email);
  }
}
