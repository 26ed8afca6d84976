package io.medusajava.android;

import io.medusajava.mock.MedusaMockServer;

/**
 * One mock Store API for the whole test JVM: starting WireMock per test would dominate the run
 * time.
 */
final class MockServerRule {
  private static MedusaMockServer server;

  private MockServerRule() {}

  static synchronized String baseUrl() {
    if (server == null) {
      server = new MedusaMockServer().start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server.baseUrl();
  }
}
