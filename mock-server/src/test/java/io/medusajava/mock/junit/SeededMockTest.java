package io.medusajava.mock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.MedusaStore;
import io.medusajava.mock.MedusaMockServer;
import org.junit.jupiter.api.Test;

/**
 * {@code @MedusaMockTest(seed = ...)} serves the named seed, and each test starts from it again.
 */
@MedusaMockTest(seed = "/capture/two-products.json")
class SeededMockTest {
  @Test
  void theNamedSeedIsServed(MedusaMockServer server) {
    try (MedusaStore store = MedusaStore.builder().baseUrl(server.baseUrl()).build()) {
      assertEquals(Integer.valueOf(2), store.products().list().execute().count());
    }
  }

  @Test
  void aMissingSeedFailsNamingIt() {
    @MedusaMockTest(seed = "no-such-seed.json")
    class Unseeded {}
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> new MedusaMockServer(MedusaMockExtension.options(Unseeded.class)));
    assertEquals("seed file is not readable: no-such-seed.json", e.getMessage());
  }
}
