package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.errors.ConnectionException;
import io.medusajava.model.Region;
import io.medusajava.testing.Transcripts;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * A store built without an OkHttp client of the application's makes its TLS machinery at the first
 * https connection, not at {@code build()}: https must still trust exactly what the platform
 * trusts, and plain http must not need it. The platform's trust is the JVM's trust store, so the
 * tests that need a trusted server point {@code javax.net.ssl.trustStore} at a store holding only a
 * test CA while the store is built.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class HttpsTest {
  private static final String TRUST_STORE_PASSWORD = "changeit";

  private final HeldCertificate testCa =
      new HeldCertificate.Builder().certificateAuthority(0).build();
  private MockWebServer https;
  private MockWebServer http;

  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    https = new MockWebServer();
    https.start();
    HeldCertificate serverCertificate =
        new HeldCertificate.Builder()
            .addSubjectAlternativeName(https.getHostName())
            .signedBy(testCa)
            .build();
    HandshakeCertificates serverSide =
        new HandshakeCertificates.Builder()
            .heldCertificate(serverCertificate, testCa.certificate())
            .build();
    https.useHttps(serverSide.sslSocketFactory(), false);
    http = new MockWebServer();
    http.start();
  }

  @AfterEach
  void stop() throws Exception {
    https.shutdown();
    http.shutdown();
  }

  private static MedusaStore.Builder builder(String baseUrl) {
    return MedusaStore.builder().baseUrl(baseUrl).maxRetries(0);
  }

  private static MockResponse regions() {
    return new MockResponse()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(Transcripts.get("06-").body());
  }

  /**
   * Builds a store while the JVM's trust store holds only the test CA; the JVM's own settings come
   * back after.
   */
  private MedusaStore buildTrustingTestCa(MedusaStore.Builder builder) throws Exception {
    KeyStore trustStore = KeyStore.getInstance("PKCS12");
    trustStore.load(null, null);
    trustStore.setCertificateEntry("test-ca", testCa.certificate());
    Path file = dir.resolve("trust.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      trustStore.store(out, TRUST_STORE_PASSWORD.toCharArray());
    }
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("javax.net.ssl.trustStore", file.toString());
    settings.put("javax.net.ssl.trustStoreType", "PKCS12");
    settings.put("javax.net.ssl.trustStorePassword", TRUST_STORE_PASSWORD);
    Map<String, String> before = new LinkedHashMap<>();
    for (Map.Entry<String, String> s : settings.entrySet()) {
      before.put(s.getKey(), System.getProperty(s.getKey()));
      System.setProperty(s.getKey(), s.getValue());
    }
    try {
      return builder.build();
    } finally {
      for (Map.Entry<String, String> s : before.entrySet()) {
        if (s.getValue() == null) {
          System.clearProperty(s.getKey());
        } else {
          System.setProperty(s.getKey(), s.getValue());
        }
      }
    }
  }

  private static RecordedRequest taken(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(request, "the server received no request");
    return request;
  }

  @Test
  void httpsToAServerThePlatformTrustsWorks() throws Exception {
    https.enqueue(regions());
    try (MedusaStore store = buildTrustingTestCa(builder(https.url("/").toString()))) {
      Page<Region> page = store.regions().list().execute();
      assertEquals(2, page.items().size());
    }
    RecordedRequest request = taken(https);
    assertEquals("/store/regions", request.getPath());
    assertNotNull(request.getHandshake(), "the request came over TLS");
  }

  @Test
  void httpsToAServerThePlatformDoesNotTrustFailsWithAnSslError() {
    https.enqueue(regions());
    try (MedusaStore store = builder(https.url("/").toString()).build()) {
      ConnectionException e =
          assertThrows(ConnectionException.class, () -> store.regions().list().execute());
      assertTrue(hasCause(e, SSLException.class), () -> "not an SSL failure: " + e);
    }
    assertEquals(0, https.getRequestCount(), "no request may reach an untrusted server");
  }

  @Test
  void plainHttpWorks() throws Exception {
    http.enqueue(regions());
    try (MedusaStore store = builder(http.url("/").toString()).build()) {
      assertEquals(2, store.regions().list().execute().items().size());
    }
    assertNotNull(taken(http));
  }

  @Test
  void aRedirectFromHttpToHttpsIsFollowedOverTls() throws Exception {
    http.enqueue(
        new MockResponse().setResponseCode(302).setHeader("Location", https.url("/store/regions")));
    https.enqueue(regions());
    try (MedusaStore store = buildTrustingTestCa(builder(http.url("/").toString()))) {
      assertEquals(2, store.regions().list().execute().items().size());
    }
    assertEquals("/store/regions", taken(http).getPath());
    assertNotNull(taken(https).getHandshake(), "the redirect was followed over TLS");
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
