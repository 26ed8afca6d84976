package io.medusajava.mock.junit;

import static org.junit.jupiter.api.Assertions.*;

import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.TestHttp;
import io.medusajava.mock.http.FaultKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The second test must not see what the first one left behind. */
@MedusaMockTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MedusaMockExtensionTest {
  private static MedusaMockServer seenBeforeAll;
  private static String cartFromFirstTest;

  @BeforeAll
  static void serverIsInjectedIntoLifecycleMethods(MedusaMockServer server) {
    seenBeforeAll = server;
  }

  @Test
  @Order(1)
  void leavesACartAndAFault(MedusaMockServer server) {
    assertSame(seenBeforeAll, server, "one server per class");
    assertTrue(server.port() > 0);
    cartFromFirstTest =
        new TestHttp(server.baseUrl()).post("/store/carts", "{}").json().at("/cart/id").asText();
    server.faults().fault("GET", "/health", FaultKind.EMPTY_RESPONSE, 5);
  }

  @Test
  @Order(2)
  void startsClean(MedusaMockServer server) {
    assertTrue(server.faults().rules().isEmpty());
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(200, http.get("/health").status());
    assertEquals(404, http.get("/store/carts/" + cartFromFirstTest).status());
  }

  @Test
  @Order(3)
  void resetRestoresTheStoreAfterAWireMockReset(MedusaMockServer server) {
    server.wireMock().resetAll();
    server.reset();
    assertEquals(200, new TestHttp(server.baseUrl()).get("/health").status());
  }
}
