package io.medusajava;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK end to end against a real Medusa v1, when {@code MEDUSA_URL} points at one ({@code
 * ../shared/real-medusa/setup.sh} starts Medusa 1.20.11 on 127.0.0.1:9000). Skipped otherwise.
 */
class RealBackendTest {
  private static final String URL = System.getenv("MEDUSA_URL");
  private static final String KEY = System.getenv("MEDUSA_PUBLISHABLE_KEY");

  private StoreScenarios scenarios;

  @BeforeEach
  void connect() {
    assumeTrue(URL != null && !URL.isEmpty(), "MEDUSA_URL is not set");
    scenarios = new StoreScenarios(RealBackendTest::newStore);
  }

  private static MedusaStore newStore() {
    MedusaStore.Builder b = MedusaStore.builder().baseUrl(URL);
    if (KEY != null && !KEY.isEmpty()) {
      b.publishableApiKey(KEY);
    }
    return b.build();
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
