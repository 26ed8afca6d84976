package io.medusajava.mock.sdk;

import io.medusajava.MedusaStore;
import io.medusajava.StoreScenarios;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.junit.MedusaMockTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's end-to-end scenarios, the same ones that run against a real Medusa, against the mock
 * server.
 */
@MedusaMockTest
class SdkEndToEndTest {
  private StoreScenarios scenarios;

  @BeforeEach
  void connect(MedusaMockServer server) {
    scenarios = new StoreScenarios(() -> MedusaStore.builder().baseUrl(server.baseUrl()).build());
  }

  @Test
  void checkoutPlacesOneOrderThatEveryLookupFinds() {
    scenarios.checkoutPlacesOneOrderThatEveryLookupFinds();
  }

  @Test
  void readmeCheckoutPlacesAnOrder() {
    scenarios.readmeCheckoutPlacesAnOrder();
  }

  @Test
  void cookieAndTokenSessionsWorkAndStayApart() {
    scenarios.cookieAndTokenSessionsWorkAndStayApart();
  }

  @Test
  void serverErrorsMapToTypedExceptions() {
    scenarios.serverErrorsMapToTypedExceptions();
  }
}
